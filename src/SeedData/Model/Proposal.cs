using System;
using System.Collections.Immutable;
using System.Text;

namespace SeedData;

/// <summary>A peace plan, framework, guarantee document, programme or set of options, with its terms.</summary>
/// <param name="Id">Stable kebab-case id: author + gist, <c>us-28-point-peace-plan</c>.</param>
/// <param name="Name">A short name in our own words.</param>
/// <param name="Kind">What sort of proposal.</param>
/// <param name="Status">Where it stood in the latest report.</param>
/// <param name="Summary">What it is, in our own words.</param>
/// <param name="Evidence">Verbatim phrases from each article that reports it.</param>
/// <param name="Authors">Who drew it up or put it forward.</param>
/// <param name="Points">The number of points, when the text gives one (28, 22).</param>
/// <param name="Supersedes">The earlier version this one replaced (the 22-point draft supersedes the 28-point plan).</param>
/// <param name="Terms">Its terms, each with status and who rejected or agreed to it.</param>
/// <param name="Date">When it was put forward or shared, as precisely as the text supports.</param>
/// <param name="DateInferredFrom">The basis when <paramref name="Date"/> is worked out rather than printed.</param>
/// <param name="Note">Remarks.</param>
[SeedRecord("proposals")]
public sealed partial record Proposal(
    string Id,
    string Name,
    ProposalKind Kind,
    ProposalStatus Status,
    string Summary,
    ImmutableArray<Evidence> Evidence,
    ImmutableArray<Actor> Authors = default,
    int? Points = null,
    Proposal? Supersedes = null,
    ImmutableArray<ProposalTerm> Terms = default,
    PartialDate? Date = null,
    string? DateInferredFrom = null,
    string? Note = null) : ISeedRecord
{
    /// <inheritdoc />
    public bool Equals(Proposal? other)
        => other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind
        && Status == other.Status && Summary == other.Summary
        && RecordSupport.SameValues(Evidence, other.Evidence) && RecordSupport.SameRefs(Authors, other.Authors)
        && Points == other.Points && RecordSupport.SameRef(Supersedes, other.Supersedes)
        && RecordSupport.SameValues(Terms, other.Terms) && Date == other.Date
        && DateInferredFrom == other.DateInferredFrom && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Status);

    private bool PrintMembers(StringBuilder builder) => new RecordSupport.Printer(builder)
        .Value("Id", Id).Text("Name", Name).Value("Kind", Kind).Value("Status", Status).Refs("Authors", Authors)
        .Value("Points", Points).Ref("Supersedes", Supersedes).Value("Date", Date)
        .Text("DateInferredFrom", DateInferredFrom).Text("Summary", Summary).Values("Terms", Terms)
        .Values("Evidence", Evidence).Text("Note", Note).Done();
}
