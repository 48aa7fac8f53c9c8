using System;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>
/// A number the articles claim (a troop cap, an aid total, a coalition's size, drones and missiles) or a
/// deadline, with how exact it is and what it is about.
/// </summary>
/// <param name="Id">Stable kebab-case id: what + value, <c>ukraine-military-cap-600000-troops</c>.</param>
/// <param name="Measure">What is measured, in our own words ("cap on the size of Ukraine's armed forces").</param>
/// <param name="Approximation">How exact the value is, as worded ("nearly $67 billion" is nearly).</param>
/// <param name="About">What the figure is about, in our own words.</param>
/// <param name="Evidence">Where the number is printed.</param>
/// <param name="Value">The number, for a count or amount.</param>
/// <param name="Unit">The unit of <paramref name="Value"/> ("troops", "USD", "nations", "points", "percent").</param>
/// <param name="DateValue">The date, for a deadline.</param>
/// <param name="DateValueInferredFrom">The basis when <paramref name="DateValue"/> is worked out rather than printed.</param>
/// <param name="AsOf">The date the figure refers to or was reported at, when the text supports one.</param>
/// <param name="AsOfInferredFrom">The basis when <paramref name="AsOf"/> is worked out rather than printed.</param>
/// <param name="Actors">Actors the figure concerns.</param>
/// <param name="Proposal">The proposal the figure belongs to, if any.</param>
/// <param name="Note">Remarks.</param>
/// <param name="ReportedWhen">When each article places the figure relative to its own publication, in the article's words.</param>
[SeedRecord("figures")]
public sealed partial record Figure(
    string Id,
    string Measure,
    Approximation Approximation,
    string About,
    ImmutableArray<Evidence> Evidence,
    decimal? Value = null,
    string? Unit = null,
    PartialDate? DateValue = null,
    string? DateValueInferredFrom = null,
    PartialDate? AsOf = null,
    string? AsOfInferredFrom = null,
    ImmutableArray<Actor> Actors = default,
    Proposal? Proposal = null,
    string? Note = null,
    ImmutableArray<ReportedTime> ReportedWhen = default) : ISeedRecord
{
}
