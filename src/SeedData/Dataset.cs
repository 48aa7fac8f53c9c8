using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SeedData;

/// <summary>
/// The dataset: typed, evidence-backed records extracted from five news articles on the 2025-2026
/// US-Ukraine talks on security guarantees. The collections (<c>Actors</c>, <c>Articles</c>, <c>Roles</c>,
/// <c>Mentions</c>, <c>Statements</c>, <c>Meetings</c>, <c>Proposals</c>, <c>Figures</c>, <c>Events</c>,
/// <c>Positions</c>), their
/// named members (<c>Dataset.Actors.MarcoRubio</c>), reverse lookups (<c>Dataset.Statements.BySpeakers(actor)</c>,
/// <c>Dataset.Mentions.ByActor(actor)</c>) and <c>ContentHash</c> are generated at build time from the YAML files
/// in <c>seeds/</c>.
/// </summary>
[SeedDataset]
public static partial class Dataset
{
    private static readonly Lazy<ImmutableArray<TimelineEntry>> TimelineValue = new(BuildTimeline);
    private static readonly Lazy<DatasetSnapshot> SnapshotValue = new(ToSnapshot);

    /// <summary>The dataset version (the package version, e.g. <c>0.3.0</c>). Pin <c>ContentHash</c> to pin the data itself.</summary>
    public static string Version { get; } =
        typeof(Dataset).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SeedDataVersion")?.Value ?? "0.0.0";

    /// <summary>
    /// The whole dataset as one value (the records of every collection, with version and hash), made once; <c>ToSnapshot()</c>
    /// makes a new one. <see cref="DatasetSnapshot"/>, its JSON read and write, and <c>Dataset.WriteJson</c> and
    /// <c>Dataset.ReadJson</c> are generated from the records.
    /// </summary>
    public static DatasetSnapshot Snapshot => SnapshotValue.Value;

    /// <summary>
    /// Every dated fact in date order: statements (<c>saidOn</c>), meetings (<c>start</c>, <c>end</c>),
    /// proposals (<c>date</c>), figures (<c>dateValue</c>, <c>asOf</c>), events (<c>start</c>, <c>end</c>) and
    /// articles (<c>publishedOn</c>). Ordered by <see cref="PartialDate.CompareTo(PartialDate?)"/> (earliest
    /// possible day, then latest), then by collection and id. Undated records are not on it.
    /// </summary>
    public static ImmutableArray<TimelineEntry> Timeline => TimelineValue.Value;

    /// <summary>The statements <paramref name="actor"/> made, alone or with others.</summary>
    /// <param name="actor">The speaker.</param>
    /// <returns>The statements, in data file order.</returns>
    public static ImmutableArray<Statement> StatementsBy(Actor actor) => Statements.BySpeakers(actor);

    /// <summary>The meetings <paramref name="actor"/> took part in (or was to take part in).</summary>
    /// <param name="actor">The participant.</param>
    /// <returns>The meetings, in data file order.</returns>
    public static ImmutableArray<Meeting> MeetingsOf(Actor actor) => Meetings.ByParticipantsActor(actor);

    /// <summary>The records that have evidence (or quotes) from <paramref name="article"/>, including the mentions of the actors it names.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The records, by collection.</returns>
    public static ArticleRecords RecordsFrom(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleRecords(
            article,
            Statements.ByEvidenceArticle(article).Union(Statements.ByQuotesArticle(article)).Distinct().ToImmutableArray(),
            Meetings.ByEvidenceArticle(article),
            Proposals.ByEvidenceArticle(article).Union(Proposals.ByTermsEvidenceArticle(article))
                .OrderBy(p => Proposals.IndexOf(p.Id)).ToImmutableArray(),
            Figures.ByEvidenceArticle(article),
            Events.ByEvidenceArticle(article),
            Roles.ByEvidenceArticle(article),
            Mentions.ByEvidenceArticle(article),
            Positions.ByArticle(article));
    }

    private static ImmutableArray<TimelineEntry> BuildTimeline()
    {
        var entries = new List<TimelineEntry>();

        void Add(PartialDate? date, string? inferredFrom, string collection, string field, string label, ISeedRecord record)
        {
            if (date is not null)
            {
                entries.Add(new TimelineEntry(date, inferredFrom, collection, field, label, record));
            }
        }

        foreach (var a in Articles)
        {
            Add(a.PublishedOn, a.PublishedOnInferredFrom, "articles", "publishedOn", a.Title ?? a.Id, a);
        }

        foreach (var s in Statements)
        {
            Add(s.SaidOn, s.SaidOnInferredFrom, "statements", "saidOn", s.Summary, s);
        }

        foreach (var m in Meetings)
        {
            Add(m.Start, m.StartInferredFrom, "meetings", "start", m.Name, m);
            Add(m.End, m.EndInferredFrom, "meetings", "end", m.Name, m);
        }

        foreach (var p in Proposals)
        {
            Add(p.Date, p.DateInferredFrom, "proposals", "date", p.Name, p);
        }

        foreach (var f in Figures)
        {
            Add(f.DateValue, f.DateValueInferredFrom, "figures", "dateValue", f.Measure, f);
            Add(f.AsOf, f.AsOfInferredFrom, "figures", "asOf", f.Measure, f);
        }

        foreach (var e in Events)
        {
            Add(e.Start, e.StartInferredFrom, "events", "start", e.Name, e);
            Add(e.End, e.EndInferredFrom, "events", "end", e.Name, e);
        }

        string[] order = ["articles", "events", "proposals", "meetings", "statements", "figures"];
        return entries
            .OrderBy(e => e.Date)
            .ThenBy(e => Array.IndexOf(order, e.Collection))
            .ThenBy(e => e.Record.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Field, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <content>Convenience lookups over the generated statements collection.</content>
    public sealed partial class StatementsCollection
    {
        /// <summary>The statements <paramref name="speaker"/> made, alone or with others (same as <c>BySpeakers</c>).</summary>
        /// <param name="speaker">The speaker.</param>
        /// <returns>The statements, in data file order.</returns>
        public ImmutableArray<Statement> BySpeaker(Actor speaker) => BySpeakers(speaker);

        /// <summary>The statements tagged with <paramref name="topic"/>.</summary>
        /// <param name="topic">The topic.</param>
        /// <returns>The statements, in data file order.</returns>
        public ImmutableArray<Statement> ByTopic(Topic topic)
            => this.Where(s => !s.Topics.IsDefaultOrEmpty && s.Topics.Contains(topic)).ToImmutableArray();

        /// <summary>The statements that link to <paramref name="target"/> (deny, dispute, confirm, answer or qualify it).</summary>
        /// <param name="target">The statement linked to.</param>
        /// <returns>The statements, in data file order.</returns>
        public ImmutableArray<Statement> LinkingTo(Statement target) => ByLinksTarget(target);
    }
}
