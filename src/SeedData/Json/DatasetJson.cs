using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SeedData.Json;

/// <summary>Maps the records to and from the JSON document through <see cref="DatasetJsonContext"/>.</summary>
internal static class DatasetJson
{
    private static readonly byte[] NewLine = [(byte)'\n'];

    public static void Write(DatasetSnapshot snapshot, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stream);
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            JsonSerializer.Serialize(writer, ToDocument(snapshot), DatasetJsonContext.Default.DocumentDto);
        }

        stream.Write(NewLine, 0, NewLine.Length);
        stream.Flush();
    }

    public static DatasetSnapshot Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        DocumentDto? document;
        try
        {
            document = JsonSerializer.Deserialize(stream, DatasetJsonContext.Default.DocumentDto);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The stream is not a SeedData JSON document: " + ex.Message, ex);
        }

        return FromDocument(document ?? throw new FormatException("The stream holds JSON null, not a SeedData document."));
    }

    // ---- records -> document -------------------------------------------------------------------

    private static DocumentDto ToDocument(DatasetSnapshot s) => new()
    {
        Version = s.Version,
        ContentHash = s.ContentHash,
        Actors = s.Actors.Select(a => new ActorDto
        {
            Id = a.Id,
            Name = a.Name,
            Kind = EnumText.ToKebab(a.Kind),
            Aliases = Strings(a.Aliases),
            Country = a.Country,
            WikidataId = a.WikidataId,
            PartOf = a.PartOf?.Id,
            Summary = a.Summary,
            Note = a.Note,
        }).ToArray(),
        Articles = s.Articles.Select(a => new ArticleDto
        {
            Id = a.Id,
            SeedFile = a.SeedFile,
            Sha256 = a.Sha256,
            Title = a.Title,
            Subtitle = a.Subtitle,
            Publisher = a.Publisher?.Id,
            Authors = Ids(a.Authors),
            Contributors = Ids(a.Contributors),
            PublishedOn = a.PublishedOn?.ToString(),
            PublishedOnInferredFrom = a.PublishedOnInferredFrom,
            CitedOutlets = Ids(a.CitedOutlets),
            CopyrightHolder = a.CopyrightHolder?.Id,
            Phrases = Strings(a.Phrases),
            Summary = a.Summary,
            Note = a.Note,
        }).ToArray(),
        Roles = s.Roles.Select(r => new RoleDto
        {
            Id = r.Id,
            Holder = r.Holder.Id,
            Title = r.Title,
            Organisation = r.Organisation?.Id,
            Note = r.Note,
            Evidence = Evidence(r.Evidence),
        }).ToArray(),
        Mentions = s.Mentions.Select(m => new MentionDto
        {
            Id = m.Id,
            Actor = m.Actor.Id,
            Note = m.Note,
            Evidence = Evidence(m.Evidence),
        }).ToArray(),
        Statements = s.Statements.Select(x => new StatementDto
        {
            Id = x.Id,
            Type = EnumText.ToKebab(x.Type),
            Attribution = EnumText.ToKebab(x.Attribution),
            Specificity = EnumText.ToKebab(x.Specificity),
            Speakers = Ids(x.Speakers),
            SpeakerDescription = x.SpeakerDescription,
            SpeakerAffiliation = x.SpeakerAffiliation?.Id,
            Source = x.Source,
            ReportedVia = Ids(x.ReportedVia),
            Audience = Ids(x.Audience),
            SaidOn = x.SaidOn?.ToString(),
            SaidOnInferredFrom = x.SaidOnInferredFrom,
            At = x.At?.Id,
            Topics = Enums(x.Topics),
            Proposals = Ids(x.Proposals),
            Summary = x.Summary,
            Quotes = x.Quotes.IsDefaultOrEmpty ? null : x.Quotes.Select(q => new QuoteDto { Article = q.Article.Id, Text = q.Text }).ToArray(),
            Links = x.Links.IsDefaultOrEmpty ? null : x.Links.Select(l => new StatementLinkDto { Kind = EnumText.ToKebab(l.Kind), Target = l.Target.Id, Note = l.Note }).ToArray(),
            Note = x.Note,
            Evidence = Evidence(x.Evidence),
        }).ToArray(),
        Meetings = s.Meetings.Select(m => new MeetingDto
        {
            Id = m.Id,
            Name = m.Name,
            Kind = EnumText.ToKebab(m.Kind),
            Format = EnumText.ToKebab(m.Format),
            Status = EnumText.ToKebab(m.Status),
            Place = m.Place,
            Start = m.Start?.ToString(),
            StartInferredFrom = m.StartInferredFrom,
            End = m.End?.ToString(),
            EndInferredFrom = m.EndInferredFrom,
            Participants = m.Participants.IsDefaultOrEmpty ? null : m.Participants.Select(p => new ParticipationDto { Actor = p.Actor.Id, Role = EnumText.ToKebab(p.Role), Note = p.Note }).ToArray(),
            Topics = Enums(m.Topics),
            Summary = m.Summary,
            Outcome = m.Outcome,
            Proposals = Ids(m.Proposals),
            FollowUpTo = m.FollowUpTo?.Id,
            Note = m.Note,
            Evidence = Evidence(m.Evidence),
        }).ToArray(),
        Proposals = s.Proposals.Select(p => new ProposalDto
        {
            Id = p.Id,
            Name = p.Name,
            Kind = EnumText.ToKebab(p.Kind),
            Status = EnumText.ToKebab(p.Status),
            Authors = Ids(p.Authors),
            Points = p.Points,
            Supersedes = p.Supersedes?.Id,
            Date = p.Date?.ToString(),
            DateInferredFrom = p.DateInferredFrom,
            Summary = p.Summary,
            Terms = p.Terms.IsDefaultOrEmpty ? null : p.Terms.Select(t => new ProposalTermDto
            {
                Text = t.Text,
                Status = EnumText.ToKebab(t.Status),
                Topics = Enums(t.Topics),
                RejectedBy = Ids(t.RejectedBy),
                AgreedBy = Ids(t.AgreedBy),
                Note = t.Note,
                Evidence = Evidence(t.Evidence),
            }).ToArray(),
            Note = p.Note,
            Evidence = Evidence(p.Evidence),
        }).ToArray(),
        Figures = s.Figures.Select(f => new FigureDto
        {
            Id = f.Id,
            Measure = f.Measure,
            Approximation = EnumText.ToKebab(f.Approximation),
            Value = f.Value,
            Unit = f.Unit,
            DateValue = f.DateValue?.ToString(),
            DateValueInferredFrom = f.DateValueInferredFrom,
            AsOf = f.AsOf?.ToString(),
            AsOfInferredFrom = f.AsOfInferredFrom,
            About = f.About,
            Actors = Ids(f.Actors),
            Proposal = f.Proposal?.Id,
            Note = f.Note,
            Evidence = Evidence(f.Evidence),
        }).ToArray(),
        Events = s.Events.Select(e => new EventDto
        {
            Id = e.Id,
            Name = e.Name,
            Kind = EnumText.ToKebab(e.Kind),
            Start = e.Start?.ToString(),
            StartInferredFrom = e.StartInferredFrom,
            End = e.End?.ToString(),
            EndInferredFrom = e.EndInferredFrom,
            Place = e.Place,
            Actors = Ids(e.Actors),
            Figures = Ids(e.Figures),
            Meeting = e.Meeting?.Id,
            Summary = e.Summary,
            Note = e.Note,
            Evidence = Evidence(e.Evidence),
        }).ToArray(),
    };

    private static string[]? Ids<T>(ImmutableArray<T> records)
        where T : class, ISeedRecord
        => records.IsDefaultOrEmpty ? null : records.Select(r => r.Id).ToArray();

    private static string[]? Strings(ImmutableArray<string> values)
        => values.IsDefaultOrEmpty ? null : values.ToArray();

    private static string[]? Enums<T>(ImmutableArray<T> values)
        where T : struct, Enum
        => values.IsDefaultOrEmpty ? null : values.Select(EnumText.ToKebab).ToArray();

    private static EvidenceDto[]? Evidence(ImmutableArray<Evidence> evidence)
        => evidence.IsDefaultOrEmpty ? null : evidence.Select(e => new EvidenceDto { Article = e.Article.Id, Phrase = e.Phrase }).ToArray();

    // ---- document -> records -------------------------------------------------------------------

    private static DatasetSnapshot FromDocument(DocumentDto d)
    {
        Table<ActorDto, Actor>? actors = null;
        actors = new Table<ActorDto, Actor>("actors", d.Actors, x => x.Id, x => new Actor(
            x.Id,
            x.Name,
            EnumText.Parse<ActorKind>(x.Kind, "actors/" + x.Id + "/kind"),
            x.Summary,
            Strings(x.Aliases),
            x.Country,
            x.WikidataId,
            actors!.Optional(x.PartOf, x.Id),
            x.Note));

        var articles = new Table<ArticleDto, Article>("articles", d.Articles, x => x.Id, x => new Article(
            x.Id,
            x.SeedFile,
            x.Sha256,
            x.Summary,
            x.Title,
            x.Subtitle,
            actors.Optional(x.Publisher, x.Id),
            actors.Many(x.Authors, x.Id),
            actors.Many(x.Contributors, x.Id),
            Date(x.PublishedOn, x.Id),
            x.PublishedOnInferredFrom,
            actors.Many(x.CitedOutlets, x.Id),
            actors.Optional(x.CopyrightHolder, x.Id),
            Strings(x.Phrases),
            x.Note));

        ImmutableArray<Evidence> Evid(EvidenceDto[]? items, string owner)
            => items is null ? ImmutableArray<Evidence>.Empty
            : items.Select(e => new Evidence(articles.Get(e.Article, owner), e.Phrase)).ToImmutableArray();

        var roles = new Table<RoleDto, Role>("roles", d.Roles, x => x.Id, x => new Role(
            x.Id,
            actors.Get(x.Holder, x.Id),
            x.Title,
            Evid(x.Evidence, x.Id),
            actors.Optional(x.Organisation, x.Id),
            x.Note));

        var mentions = new Table<MentionDto, Mention>("mentions", d.Mentions, x => x.Id, x => new Mention(
            x.Id,
            actors.Get(x.Actor, x.Id),
            Evid(x.Evidence, x.Id),
            x.Note));

        Table<ProposalDto, Proposal>? proposals = null;
        proposals = new Table<ProposalDto, Proposal>("proposals", d.Proposals, x => x.Id, x => new Proposal(
            x.Id,
            x.Name,
            EnumText.Parse<ProposalKind>(x.Kind, x.Id),
            EnumText.Parse<ProposalStatus>(x.Status, x.Id),
            x.Summary,
            Evid(x.Evidence, x.Id),
            actors.Many(x.Authors, x.Id),
            x.Points,
            proposals!.Optional(x.Supersedes, x.Id),
            x.Terms is null ? ImmutableArray<ProposalTerm>.Empty : x.Terms.Select(t => new ProposalTerm(
                t.Text,
                EnumText.Parse<TermStatus>(t.Status, x.Id),
                Enums<Topic>(t.Topics, x.Id),
                Evid(t.Evidence, x.Id),
                actors.Many(t.RejectedBy, x.Id),
                actors.Many(t.AgreedBy, x.Id),
                t.Note)).ToImmutableArray(),
            Date(x.Date, x.Id),
            x.DateInferredFrom,
            x.Note));

        Table<MeetingDto, Meeting>? meetings = null;
        meetings = new Table<MeetingDto, Meeting>("meetings", d.Meetings, x => x.Id, x => new Meeting(
            x.Id,
            x.Name,
            EnumText.Parse<MeetingKind>(x.Kind, x.Id),
            EnumText.Parse<MeetingFormat>(x.Format, x.Id),
            EnumText.Parse<MeetingStatus>(x.Status, x.Id),
            x.Summary,
            Evid(x.Evidence, x.Id),
            x.Place,
            Date(x.Start, x.Id),
            x.StartInferredFrom,
            Date(x.End, x.Id),
            x.EndInferredFrom,
            x.Participants is null ? ImmutableArray<Participation>.Empty : x.Participants.Select(p => new Participation(
                actors.Get(p.Actor, x.Id), EnumText.Parse<ParticipantRole>(p.Role, x.Id), p.Note)).ToImmutableArray(),
            Enums<Topic>(x.Topics, x.Id),
            x.Outcome,
            proposals.Many(x.Proposals, x.Id),
            meetings!.Optional(x.FollowUpTo, x.Id),
            x.Note));

        var figures = new Table<FigureDto, Figure>("figures", d.Figures, x => x.Id, x => new Figure(
            x.Id,
            x.Measure,
            EnumText.Parse<Approximation>(x.Approximation, x.Id),
            x.About,
            Evid(x.Evidence, x.Id),
            x.Value,
            x.Unit,
            Date(x.DateValue, x.Id),
            x.DateValueInferredFrom,
            Date(x.AsOf, x.Id),
            x.AsOfInferredFrom,
            actors.Many(x.Actors, x.Id),
            proposals.Optional(x.Proposal, x.Id),
            x.Note));

        var events = new Table<EventDto, Event>("events", d.Events, x => x.Id, x => new Event(
            x.Id,
            x.Name,
            EnumText.Parse<EventKind>(x.Kind, x.Id),
            x.Summary,
            Evid(x.Evidence, x.Id),
            Date(x.Start, x.Id),
            x.StartInferredFrom,
            Date(x.End, x.Id),
            x.EndInferredFrom,
            x.Place,
            actors.Many(x.Actors, x.Id),
            figures.Many(x.Figures, x.Id),
            meetings.Optional(x.Meeting, x.Id),
            x.Note));

        Table<StatementDto, Statement>? statements = null;
        statements = new Table<StatementDto, Statement>("statements", d.Statements, x => x.Id, x => new Statement(
            x.Id,
            EnumText.Parse<StatementType>(x.Type, x.Id),
            EnumText.Parse<Attribution>(x.Attribution, x.Id),
            EnumText.Parse<Specificity>(x.Specificity, x.Id),
            x.Summary,
            Enums<Topic>(x.Topics, x.Id),
            Evid(x.Evidence, x.Id),
            actors.Many(x.Speakers, x.Id),
            x.SpeakerDescription,
            actors.Optional(x.SpeakerAffiliation, x.Id),
            x.Source,
            actors.Many(x.ReportedVia, x.Id),
            actors.Many(x.Audience, x.Id),
            Date(x.SaidOn, x.Id),
            x.SaidOnInferredFrom,
            meetings.Optional(x.At, x.Id),
            proposals.Many(x.Proposals, x.Id),
            x.Quotes is null ? ImmutableArray<Quote>.Empty : x.Quotes.Select(q => new Quote(articles.Get(q.Article, x.Id), q.Text)).ToImmutableArray(),
            x.Links is null ? ImmutableArray<StatementLink>.Empty : x.Links.Select(l => new StatementLink(
                EnumText.Parse<LinkKind>(l.Kind, x.Id), statements!.Get(l.Target, x.Id), l.Note)).ToImmutableArray(),
            x.Note));

        return new DatasetSnapshot(
            d.Version,
            d.ContentHash,
            actors.All(),
            articles.All(),
            roles.All(),
            mentions.All(),
            statements.All(),
            meetings.All(),
            proposals.All(),
            figures.All(),
            events.All());
    }

    private static ImmutableArray<string> Strings(string[]? values)
        => values is null ? ImmutableArray<string>.Empty : values.ToImmutableArray();

    private static ImmutableArray<T> Enums<T>(string[]? values, string owner)
        where T : struct, Enum
        => values is null ? ImmutableArray<T>.Empty : values.Select(v => EnumText.Parse<T>(v, owner)).ToImmutableArray();

    private static PartialDate? Date(string? text, string owner)
    {
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text, null, out var date)
            ? date
            : throw new FormatException($"{owner}: '{text}' is not a supported EDTF date.");
    }

    /// <summary>Builds the records of one collection on demand, so references resolve in any order; rejects unknown ids and cycles.</summary>
    private sealed class Table<TDto, TRecord>
        where TRecord : class
    {
        private readonly string name;
        private readonly TDto[] items;
        private readonly Func<TDto, string> idOf;
        private readonly Func<TDto, TRecord> build;
        private readonly Dictionary<string, TDto> byId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TRecord> built = new(StringComparer.Ordinal);
        private readonly HashSet<string> building = new(StringComparer.Ordinal);

        public Table(string name, TDto[]? items, Func<TDto, string> idOf, Func<TDto, TRecord> build)
        {
            this.name = name;
            this.items = items ?? [];
            this.idOf = idOf;
            this.build = build;
            foreach (var item in this.items)
            {
                if (!byId.TryAdd(idOf(item), item))
                {
                    throw new FormatException($"{name}: the id '{idOf(item)}' occurs twice.");
                }
            }
        }

        public TRecord Get(string id, string owner)
        {
            if (built.TryGetValue(id, out var record))
            {
                return record;
            }

            if (!byId.TryGetValue(id, out var dto))
            {
                throw new FormatException($"{owner}: no record in '{name}' has the id '{id}'.");
            }

            if (!building.Add(id))
            {
                throw new FormatException($"{owner}: the references through '{name}/{id}' form a cycle.");
            }

            record = build(dto);
            building.Remove(id);
            built[id] = record;
            return record;
        }

        public TRecord? Optional(string? id, string owner) => id is null ? null : Get(id, owner);

        public ImmutableArray<TRecord> Many(string[]? ids, string owner)
            => ids is null ? ImmutableArray<TRecord>.Empty : ids.Select(id => Get(id, owner)).ToImmutableArray();

        public ImmutableArray<TRecord> All() => items.Select(item => Get(idOf(item), name)).ToImmutableArray();
    }
}
