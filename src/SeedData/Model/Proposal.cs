using System;
using System.Collections.Immutable;

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
/// <param name="Relations">Its lineage: the other proposals it revises, complements, depends on or relates to, each with the kind of relation and its basis.</param>
/// <param name="ReportedWhen">When each article places it relative to its own publication, in the article's words.</param>
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
    string? Note = null,
    ImmutableArray<ProposalRelation> Relations = default,
    ImmutableArray<ReportedTime> ReportedWhen = default) : ISeedRecord
{
}
