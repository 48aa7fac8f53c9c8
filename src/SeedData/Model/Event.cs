using System;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>Something that happened that is not a statement, meeting or proposal (an overnight strike, a directive), with its figures.</summary>
/// <param name="Id">Stable kebab-case id: what + when or what + figure, <c>overnight-strike-653-drones-51-missiles</c>.</param>
/// <param name="Name">A short name in our own words.</param>
/// <param name="Kind">What sort of event.</param>
/// <param name="Summary">What happened, in our own words.</param>
/// <param name="Evidence">Verbatim phrases from each article that reports it.</param>
/// <param name="Start">When it happened or began, as precisely as the text supports.</param>
/// <param name="StartInferredFrom">The basis when <paramref name="Start"/> is worked out rather than printed.</param>
/// <param name="End">When it ended, if known and different from the start.</param>
/// <param name="EndInferredFrom">The basis when <paramref name="End"/> is worked out rather than printed.</param>
/// <param name="Place">Where, as the text gives it.</param>
/// <param name="Actors">Who acted or was acted upon.</param>
/// <param name="Figures">Numbers reported for the event.</param>
/// <param name="Meeting">A meeting the event led to or belongs to.</param>
/// <param name="Note">Remarks.</param>
/// <param name="ReportedWhen">When each article places it relative to its own publication, in the article's words.</param>
[SeedRecord("events")]
public sealed partial record Event(
    string Id,
    string Name,
    EventKind Kind,
    string Summary,
    ImmutableArray<Evidence> Evidence,
    PartialDate? Start = null,
    string? StartInferredFrom = null,
    PartialDate? End = null,
    string? EndInferredFrom = null,
    string? Place = null,
    ImmutableArray<Actor> Actors = default,
    ImmutableArray<Figure> Figures = default,
    Meeting? Meeting = null,
    string? Note = null,
    ImmutableArray<ReportedTime> ReportedWhen = default) : ISeedRecord
{
}
