using System;
using System.Collections.Immutable;
using System.Text;

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
    string? Note = null) : ISeedRecord
{
    /// <inheritdoc />
    public bool Equals(Figure? other)
        => other is not null && Id == other.Id && Measure == other.Measure
        && Approximation == other.Approximation && About == other.About
        && RecordSupport.SameValues(Evidence, other.Evidence) && Value == other.Value && Unit == other.Unit
        && DateValue == other.DateValue && DateValueInferredFrom == other.DateValueInferredFrom
        && AsOf == other.AsOf && AsOfInferredFrom == other.AsOfInferredFrom
        && RecordSupport.SameRefs(Actors, other.Actors) && RecordSupport.SameRef(Proposal, other.Proposal)
        && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Measure, Value);

    private bool PrintMembers(StringBuilder builder) => new RecordSupport.Printer(builder)
        .Value("Id", Id).Text("Measure", Measure).Value("Approximation", Approximation).Value("Value", Value)
        .Text("Unit", Unit).Value("DateValue", DateValue).Text("DateValueInferredFrom", DateValueInferredFrom)
        .Value("AsOf", AsOf).Text("AsOfInferredFrom", AsOfInferredFrom).Text("About", About)
        .Refs("Actors", Actors).Ref("Proposal", Proposal).Values("Evidence", Evidence).Text("Note", Note).Done();
}
