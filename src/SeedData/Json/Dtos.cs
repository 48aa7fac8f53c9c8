using System.Text.Json.Serialization;

// The JSON shapes of the dataset document. References are ids, enums kebab-case strings, dates EDTF
// strings; empty lists and nulls are omitted. Property order here is the order in the document.
namespace SeedData.Json;

internal sealed class DocumentDto
{
    public string Version { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public ActorDto[]? Actors { get; set; }
    public ArticleDto[]? Articles { get; set; }
    public RoleDto[]? Roles { get; set; }
    public MentionDto[]? Mentions { get; set; }
    public StatementDto[]? Statements { get; set; }
    public MeetingDto[]? Meetings { get; set; }
    public ProposalDto[]? Proposals { get; set; }
    public FigureDto[]? Figures { get; set; }
    public EventDto[]? Events { get; set; }
}

internal sealed class ActorDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string[]? Aliases { get; set; }
    public string? Country { get; set; }
    public string? WikidataId { get; set; }
    public string? PartOf { get; set; }
    public string Summary { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class EvidenceDto
{
    public string Article { get; set; } = "";
    public string Phrase { get; set; } = "";
}

internal sealed class QuoteDto
{
    public string Article { get; set; } = "";
    public string Text { get; set; } = "";
}

internal sealed class RoleDto
{
    public string Id { get; set; } = "";
    public string Holder { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Organisation { get; set; }
    public string? Note { get; set; }
    public EvidenceDto[]? Evidence { get; set; }
}

internal sealed class MentionDto
{
    public string Id { get; set; } = "";
    public string Actor { get; set; } = "";
    public string? Note { get; set; }
    public EvidenceDto[]? Evidence { get; set; }
}

internal sealed class ArticleDto
{
    public string Id { get; set; } = "";
    public string SeedFile { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Publisher { get; set; }
    public string[]? Authors { get; set; }
    public string[]? Contributors { get; set; }
    public string? PublishedOn { get; set; }
    public string? PublishedOnInferredFrom { get; set; }
    public string[]? CitedOutlets { get; set; }
    public string? CopyrightHolder { get; set; }
    public string[]? Phrases { get; set; }
    public string Summary { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class StatementLinkDto
{
    public string Kind { get; set; } = "";
    public string Target { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class StatementDto
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string Attribution { get; set; } = "";
    public string Specificity { get; set; } = "";
    public string[]? Speakers { get; set; }
    public string? SpeakerDescription { get; set; }
    public string? SpeakerAffiliation { get; set; }
    public string? Source { get; set; }
    public string[]? ReportedVia { get; set; }
    public string[]? Audience { get; set; }
    public string? SaidOn { get; set; }
    public string? SaidOnInferredFrom { get; set; }
    public string? At { get; set; }
    public string[]? Topics { get; set; }
    public string[]? Proposals { get; set; }
    public string Summary { get; set; } = "";
    public QuoteDto[]? Quotes { get; set; }
    public StatementLinkDto[]? Links { get; set; }
    public string? Note { get; set; }
    public EvidenceDto[]? Evidence { get; set; }
}

internal sealed class ParticipationDto
{
    public string Actor { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class MeetingDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Format { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Place { get; set; }
    public string? Start { get; set; }
    public string? StartInferredFrom { get; set; }
    public string? End { get; set; }
    public string? EndInferredFrom { get; set; }
    public ParticipationDto[]? Participants { get; set; }
    public string[]? Topics { get; set; }
    public string Summary { get; set; } = "";
    public string? Outcome { get; set; }
    public string[]? Proposals { get; set; }
    public string? FollowUpTo { get; set; }
    public string? Note { get; set; }
    public EvidenceDto[]? Evidence { get; set; }
}

internal sealed class ProposalTermDto
{
    public string Text { get; set; } = "";
    public string Status { get; set; } = "";
    public string[]? Topics { get; set; }
    public string[]? RejectedBy { get; set; }
    public string[]? AgreedBy { get; set; }
    public string? Note { get; set; }
    public EvidenceDto[]? Evidence { get; set; }
}

internal sealed class ProposalDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Status { get; set; } = "";
    public string[]? Authors { get; set; }
    public int? Points { get; set; }
    public string? Supersedes { get; set; }
    public string? Date { get; set; }
    public string? DateInferredFrom { get; set; }
    public string Summary { get; set; } = "";
    public ProposalTermDto[]? Terms { get; set; }
    public string? Note { get; set; }
    public EvidenceDto[]? Evidence { get; set; }
}

internal sealed class FigureDto
{
    public string Id { get; set; } = "";
    public string Measure { get; set; } = "";
    public string Approximation { get; set; } = "";
    public decimal? Value { get; set; }
    public string? Unit { get; set; }
    public string? DateValue { get; set; }
    public string? DateValueInferredFrom { get; set; }
    public string? AsOf { get; set; }
    public string? AsOfInferredFrom { get; set; }
    public string About { get; set; } = "";
    public string[]? Actors { get; set; }
    public string? Proposal { get; set; }
    public string? Note { get; set; }
    public EvidenceDto[]? Evidence { get; set; }
}

internal sealed class EventDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Start { get; set; }
    public string? StartInferredFrom { get; set; }
    public string? End { get; set; }
    public string? EndInferredFrom { get; set; }
    public string? Place { get; set; }
    public string[]? Actors { get; set; }
    public string[]? Figures { get; set; }
    public string? Meeting { get; set; }
    public string Summary { get; set; } = "";
    public string? Note { get; set; }
    public EvidenceDto[]? Evidence { get; set; }
}

/// <summary>The System.Text.Json source-generated metadata for the dataset document (no reflection).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DocumentDto))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext
{
}
