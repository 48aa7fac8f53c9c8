using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Xunit;

namespace SeedData.Tests;

public class IntegrityTests
{
    private static readonly Regex Slug = new("^[a-z0-9]+(-[a-z0-9]+)*$");

    /// <summary>Every evidence phrase of the dataset with the record that carries it.</summary>
    internal static IEnumerable<(string Owner, Evidence Evidence)> AllEvidence()
    {
        foreach (var r in Dataset.Roles) foreach (var e in r.Evidence) yield return ("roles/" + r.Id, e);
        foreach (var m in Dataset.Mentions) foreach (var e in m.Evidence) yield return ("mentions/" + m.Id, e);
        foreach (var s in Dataset.Statements) foreach (var e in s.Evidence) yield return ("statements/" + s.Id, e);
        foreach (var m in Dataset.Meetings) foreach (var e in m.Evidence) yield return ("meetings/" + m.Id, e);
        foreach (var p in Dataset.Proposals)
        {
            foreach (var e in p.Evidence) yield return ("proposals/" + p.Id, e);
            foreach (var t in p.Terms) foreach (var e in t.Evidence) yield return ("proposals/" + p.Id + "/terms", e);
            foreach (var r in p.Relations) foreach (var e in r.Evidence) yield return ("proposals/" + p.Id + "/relations", e);
        }

        foreach (var x in Dataset.Positions) foreach (var e in x.Evidence) yield return ("positions/" + x.Id, e);
        foreach (var f in Dataset.Figures) foreach (var e in f.Evidence) yield return ("figures/" + f.Id, e);
        foreach (var v in Dataset.Events) foreach (var e in v.Evidence) yield return ("events/" + v.Id, e);
    }

    /// <summary>A phrase names the actor when it holds its name or an alias as a whole word (case as printed).</summary>
    internal static bool Names(Actor actor, string phrase)
        => actor.AllNames.Any(n => Regex.IsMatch(phrase, @"(?<!\w)" + Regex.Escape(n) + @"(?!\w)"));

    private static IEnumerable<(string Collection, string Id)> AllIds()
        => Dataset.Actors.Select(x => ("actors", x.Id))
            .Concat(Dataset.Articles.Select(x => ("articles", x.Id)))
            .Concat(Dataset.Roles.Select(x => ("roles", x.Id)))
            .Concat(Dataset.Mentions.Select(x => ("mentions", x.Id)))
            .Concat(Dataset.Statements.Select(x => ("statements", x.Id)))
            .Concat(Dataset.Meetings.Select(x => ("meetings", x.Id)))
            .Concat(Dataset.Proposals.Select(x => ("proposals", x.Id)))
            .Concat(Dataset.Positions.Select(x => ("positions", x.Id)))
            .Concat(Dataset.Figures.Select(x => ("figures", x.Id)))
            .Concat(Dataset.Events.Select(x => ("events", x.Id)));

    [Fact]
    public void Every_record_has_evidence()
    {
        var missing = new List<string>();
        missing.AddRange(Dataset.Actors.Where(x => x.Evidence.IsDefaultOrEmpty).Select(x => "actors/" + x.Id + " (no mention)"));
        missing.AddRange(Dataset.Mentions.Where(x => x.Evidence.IsDefaultOrEmpty).Select(x => "mentions/" + x.Id));
        missing.AddRange(Dataset.Roles.Where(x => x.Evidence.IsDefaultOrEmpty).Select(x => "roles/" + x.Id));
        missing.AddRange(Dataset.Statements.Where(x => x.Evidence.IsDefaultOrEmpty).Select(x => "statements/" + x.Id));
        missing.AddRange(Dataset.Meetings.Where(x => x.Evidence.IsDefaultOrEmpty).Select(x => "meetings/" + x.Id));
        missing.AddRange(Dataset.Proposals.Where(x => x.Evidence.IsDefaultOrEmpty).Select(x => "proposals/" + x.Id));
        missing.AddRange(Dataset.Proposals.SelectMany(p => p.Terms.Where(t => t.Evidence.IsDefaultOrEmpty).Select(t => "proposals/" + p.Id + ": " + t.Text)));
        missing.AddRange(Dataset.Figures.Where(x => x.Evidence.IsDefaultOrEmpty).Select(x => "figures/" + x.Id));
        missing.AddRange(Dataset.Events.Where(x => x.Evidence.IsDefaultOrEmpty).Select(x => "events/" + x.Id));
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_actor_has_one_mention_named_after_it()
    {
        // Actors cannot carry evidence (an article references its publisher and authors), so each has exactly
        // one Mention record, '<actor-id>-mentions', and no mention is left without its actor.
        Assert.Equal(
            Dataset.Actors.Select(a => a.Id + "-mentions").ToArray(),
            Dataset.Mentions.Select(m => m.Id).ToArray());
        Assert.All(Dataset.Mentions, m => Assert.Equal(m.Actor.Id + "-mentions", m.Id));
        Assert.All(Dataset.Actors, a => Assert.Equal(Dataset.Mentions.ByActor(a).Single().Evidence.ToArray(), a.Evidence.ToArray()));
    }

    [Fact]
    public void Mention_phrases_name_their_actor_or_say_why_not()
    {
        // Each mention has at least one phrase that names its actor; a phrase that only refers to the actor
        // ('Ukraine's leader') needs a note.
        Assert.All(Dataset.Mentions, m =>
        {
            Assert.True(m.Evidence.Any(e => Names(m.Actor, e.Phrase)), m.Id + " has no phrase with the actor's name or an alias");
            Assert.True(m.Evidence.All(e => Names(m.Actor, e.Phrase)) || m.Note is not null, m.Id + " has a phrase without the name but no note");
        });
    }

    [Fact]
    public void An_article_mentions_its_publisher_authors_contributors_cited_outlets_and_copyright_holder()
    {
        var missing = new List<string>();
        foreach (var a in Dataset.Articles)
        {
            var named = a.Records.Actors;
            var origin = a.Authors.Concat(a.Contributors).Concat(a.CitedOutlets)
                .Concat(new[] { a.Publisher, a.CopyrightHolder }.OfType<Actor>());
            missing.AddRange(origin.Where(x => !named.Contains(x)).Select(x => a.Id + ": " + x.Id));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_article_states_where_its_origin_fields_come_from()
    {
        foreach (var a in Dataset.Articles)
        {
            Assert.False(a.Phrases.IsDefaultOrEmpty, a.Id + " has no supporting phrases");
            Assert.Matches("^[0-9a-f]{64}$", a.Sha256);
            Assert.Matches(@"^\d{3}_[0-9a-f]{16}\.txt$", a.SeedFile);
        }
    }

    [SourcesFact]
    public void Every_evidence_phrase_occurs_verbatim_in_its_article()
    {
        var texts = Dataset.Articles.ToDictionary(a => a.Id, a => Sources.Fold(Sources.Text(a)));
        var missing = AllEvidence()
            .Where(x => !texts[x.Evidence.Article.Id].Contains(Sources.Fold(x.Evidence.Phrase), StringComparison.Ordinal))
            .Select(x => $"{x.Owner}: \"{x.Evidence.Phrase}\" not in {x.Evidence.Article.Id}")
            .ToList();
        Assert.Empty(missing);
    }

    [SourcesFact]
    public void Every_quote_occurs_verbatim_in_its_article()
    {
        var texts = Dataset.Articles.ToDictionary(a => a.Id, a => Sources.Fold(Sources.Text(a)));
        var missing = Dataset.Statements
            .SelectMany(s => s.Quotes.Select(q => (s.Id, q)))
            .Where(x => !texts[x.q.Article.Id].Contains(Sources.Fold(x.q.Text), StringComparison.Ordinal))
            .Select(x => $"statements/{x.Id}: \"{x.q.Text}\" not in {x.q.Article.Id}")
            .ToList();
        Assert.Empty(missing);
    }

    [SourcesFact]
    public void Every_article_phrase_occurs_verbatim_in_its_own_text()
    {
        var missing = Dataset.Articles
            .SelectMany(a => a.Phrases.Select(p => (a, p)))
            .Where(x => !Sources.Fold(Sources.Text(x.a)).Contains(Sources.Fold(x.p), StringComparison.Ordinal))
            .Select(x => $"{x.a.Id}: \"{x.p}\"")
            .ToList();
        Assert.Empty(missing);
        foreach (var a in Dataset.Articles.Where(a => a.Title is not null))
        {
            Assert.Contains(Sources.Fold(a.Title!), Sources.Fold(Sources.Text(a)), StringComparison.Ordinal);
        }
    }

    [SourcesFact]
    public void Every_article_sha256_matches_its_seed_file()
    {
        foreach (var a in Dataset.Articles)
        {
            Assert.Equal(a.Sha256, Convert.ToHexStringLower(SHA256.HashData(Sources.Bytes(a))));
        }
    }

    [SourcesFact]
    public void Every_seed_file_has_an_article()
    {
        var files = Directory.GetFiles(Sources.Folder, "*.txt").Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(files, Dataset.Articles.Select(a => a.SeedFile).Order().ToArray());
    }

    [Fact]
    public void Evidence_phrases_are_short()
    {
        var tooLong = AllEvidence()
            .Where(x => x.Evidence.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 25)
            .Select(x => x.Owner + ": " + x.Evidence.Phrase)
            .ToList();
        Assert.Empty(tooLong);
    }

    [Fact]
    public void Evidence_is_stored_folded_to_ascii_quotes_and_dashes()
    {
        var typographic = AllEvidence().Select(x => x.Evidence.Phrase)
            .Concat(Dataset.Statements.SelectMany(s => s.Quotes).Select(q => q.Text))
            .Where(p => p.IndexOfAny(['\u2018', '\u2019', '\u201C', '\u201D', '\u2013', '\u2014']) >= 0)
            .ToList();
        Assert.Empty(typographic);
    }

    [Fact]
    public void Start_is_not_after_end()
    {
        foreach (var m in Dataset.Meetings.Where(m => m.Start is not null && m.End is not null))
        {
            Assert.True(m.Start!.Earliest <= m.End!.Latest, "meetings/" + m.Id);
        }

        foreach (var e in Dataset.Events.Where(e => e.Start is not null && e.End is not null))
        {
            Assert.True(e.Start!.Earliest <= e.End!.Latest, "events/" + e.Id);
        }

        Assert.All(Dataset.Meetings.Where(m => m.End is not null), m => Assert.NotNull(m.Start));
        Assert.All(Dataset.Events.Where(e => e.End is not null), e => Assert.NotNull(e.Start));
    }

    [Fact]
    public void An_inferred_date_has_a_date_and_a_basis()
    {
        foreach (var s in Dataset.Statements) Assert.False(s.SaidOnInferredFrom is not null && s.SaidOn is null, s.Id);
        foreach (var m in Dataset.Meetings)
        {
            Assert.False(m.StartInferredFrom is not null && m.Start is null, m.Id);
            Assert.False(m.EndInferredFrom is not null && m.End is null, m.Id);
        }

        foreach (var p in Dataset.Proposals) Assert.False(p.DateInferredFrom is not null && p.Date is null, p.Id);
        foreach (var f in Dataset.Figures)
        {
            Assert.False(f.DateValueInferredFrom is not null && f.DateValue is null, f.Id);
            Assert.False(f.AsOfInferredFrom is not null && f.AsOf is null, f.Id);
        }

        foreach (var e in Dataset.Events) Assert.False(e.StartInferredFrom is not null && e.Start is null, e.Id);
        foreach (var a in Dataset.Articles) Assert.False(a.PublishedOnInferredFrom is not null && a.PublishedOn is null, a.Id);
    }

    [Fact]
    public void Dates_are_only_inferred_for_an_article_with_a_date_line_or_with_a_cross_reference()
    {
        // A relative day ('on Tuesday') can only be resolved against a date line or a bound the text gives:
        // every inference basis therefore names the date it starts from. Page chrome (article 001's clock and
        // weather box) is no date line, so no basis may call an article 'dated'.
        var bases = Dataset.Timeline.Where(t => t.IsInferred).Select(t => t.InferredFrom!).ToList();
        Assert.NotEmpty(bases);
        Assert.All(bases, b => Assert.Matches(@"\d{4}(-\d{2}){0,2}", b));
        Assert.All(bases, b => Assert.DoesNotMatch(@"article \d{3},? dated|date line of article", b));
    }

    [Fact]
    public void Ids_are_stable_kebab_case_slugs()
    {
        var bad = AllIds().Where(x => !Slug.IsMatch(x.Id)).ToList();
        Assert.Empty(bad);
        foreach (var group in AllIds().GroupBy(x => x.Collection))
        {
            Assert.Equal(group.Count(), group.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void No_alias_is_shared_by_two_actors()
    {
        var clashes = Dataset.Actors
            .SelectMany(a => a.AllNames.Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (Name: n, a.Id)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(x => x.Id).Distinct().Count() > 1)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(x => x.Id)))
            .ToList();
        Assert.Empty(clashes);
    }

    [Fact]
    public void Identifiers_have_their_formats()
    {
        Assert.All(Dataset.Actors.Where(a => a.WikidataId is not null), a => Assert.Matches("^Q[1-9][0-9]*$", a.WikidataId));
        Assert.All(Dataset.Actors.Where(a => a.Country is not null), a => Assert.Matches("^[A-Z]{2}$", a.Country));
        Assert.Equal(
            Dataset.Actors.Count(a => a.WikidataId is not null),
            Dataset.Actors.Where(a => a.WikidataId is not null).Select(a => a.WikidataId).Distinct().Count());
        Assert.Matches("^[0-9a-f]{64}$", Dataset.ContentHash);
    }

    [Fact]
    public void Statements_are_consistent_with_their_attribution_and_specificity()
    {
        foreach (var s in Dataset.Statements)
        {
            if (s.Attribution is Attribution.DirectQuote or Attribution.PartialQuote)
            {
                Assert.False(s.Quotes.IsDefaultOrEmpty, s.Id + " is a quote without quoted words");
            }
            else if (s.Attribution is Attribution.Paraphrase or Attribution.Editorial)
            {
                Assert.True(s.Quotes.IsDefaultOrEmpty, s.Id + " has quotes but is a paraphrase");
            }

            switch (s.Specificity)
            {
                case Specificity.Named:
                    Assert.False(s.Speakers.IsDefaultOrEmpty, s.Id + " is named but has no speaker");
                    Assert.Contains(s.Speakers, a => a.Kind != ActorKind.UnnamedGroup);
                    break;
                case Specificity.DescribedAnonymous:
                    Assert.True(
                        s.SpeakerDescription is not null || s.Speakers.All(a => a.Kind == ActorKind.UnnamedGroup) && !s.Speakers.IsDefaultOrEmpty,
                        s.Id + " is anonymous but neither described nor an unnamed group");
                    break;
                case Specificity.Unnamed:
                    Assert.True(s.Speakers.IsDefaultOrEmpty, s.Id + " is unnamed but has speakers");
                    break;
            }

            if (s.Attribution == Attribution.Editorial)
            {
                Assert.Equal(Specificity.Unnamed, s.Specificity);
            }

            Assert.All(s.ReportedVia, a => Assert.Equal(ActorKind.Outlet, a.Kind));
            Assert.DoesNotContain(s.Links, l => l.Target.Id == s.Id);
        }
    }

    [Fact]
    public void Term_statuses_name_who_rejected_or_agreed()
    {
        foreach (var p in Dataset.Proposals)
        {
            foreach (var t in p.Terms)
            {
                Assert.Equal(t.Status == TermStatus.Rejected, !t.RejectedBy.IsDefaultOrEmpty);
                Assert.Equal(t.Status == TermStatus.Agreed, !t.AgreedBy.IsDefaultOrEmpty);
            }
        }
    }

    [Fact]
    public void Figures_have_a_value_or_a_date()
    {
        Assert.All(Dataset.Figures, f =>
        {
            Assert.True(f.Value is not null || f.DateValue is not null, f.Id);
            Assert.Equal(f.Value is not null, f.Unit is not null);
        });
    }

    [Fact]
    public void Outlets_cited_by_articles_are_outlets_or_organisations()
    {
        Assert.All(Dataset.Articles.SelectMany(a => a.CitedOutlets), a => Assert.Contains(a.Kind, new[] { ActorKind.Outlet, ActorKind.Organisation }));
        Assert.All(Dataset.Articles.Where(a => a.Publisher is not null), a => Assert.Equal(ActorKind.Outlet, a.Publisher!.Kind));
    }
}
