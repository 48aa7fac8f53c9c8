using System;
using System.Collections.Immutable;
using System.Text;

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
    string? Note = null) : ISeedRecord
{
    /// <inheritdoc />
    public bool Equals(Event? other)
        => other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind
        && Summary == other.Summary && RecordSupport.SameValues(Evidence, other.Evidence)
        && Start == other.Start && StartInferredFrom == other.StartInferredFrom
        && End == other.End && EndInferredFrom == other.EndInferredFrom && Place == other.Place
        && RecordSupport.SameRefs(Actors, other.Actors) && RecordSupport.SameRefs(Figures, other.Figures)
        && RecordSupport.SameRef(Meeting, other.Meeting) && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind);

    private bool PrintMembers(StringBuilder builder) => new RecordSupport.Printer(builder)
        .Value("Id", Id).Text("Name", Name).Value("Kind", Kind).Value("Start", Start)
        .Text("StartInferredFrom", StartInferredFrom).Value("End", End).Text("EndInferredFrom", EndInferredFrom)
        .Text("Place", Place).Refs("Actors", Actors).Refs("Figures", Figures).Ref("Meeting", Meeting)
        .Text("Summary", Summary).Values("Evidence", Evidence).Text("Note", Note).Done();
}
