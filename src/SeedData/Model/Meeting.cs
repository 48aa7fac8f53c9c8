using System;
using System.Collections.Immutable;
using System.Text;

namespace SeedData;

/// <summary>A call, a round of talks or a visit: held, planned or only proposed.</summary>
/// <param name="Id">Stable kebab-case id: who + what + where or when, <c>rubio-call-european-officials-2025-11-25</c>.</param>
/// <param name="Name">A short name in our own words.</param>
/// <param name="Kind">Call, talks or visit.</param>
/// <param name="Format">In person, phone, video, or a call of unstated medium.</param>
/// <param name="Status">Held, planned or proposed.</param>
/// <param name="Summary">What the articles say about it, in our own words.</param>
/// <param name="Evidence">Verbatim phrases from each article that reports it.</param>
/// <param name="Place">Where, as the text gives it ("Geneva", "Abu Dhabi").</param>
/// <param name="Start">When it started (or the day it took place), as precisely as the text supports.</param>
/// <param name="StartInferredFrom">The basis when <paramref name="Start"/> is worked out rather than printed.</param>
/// <param name="End">When it ended, if different from the start and known.</param>
/// <param name="EndInferredFrom">The basis when <paramref name="End"/> is worked out rather than printed.</param>
/// <param name="Participants">Who took part and in what role.</param>
/// <param name="Topics">What was discussed.</param>
/// <param name="Outcome">What came of it, in our own words.</param>
/// <param name="Proposals">Proposals discussed or produced.</param>
/// <param name="FollowUpTo">The earlier meeting this one continues (a next round).</param>
/// <param name="Note">Remarks on identification or dating.</param>
[SeedRecord("meetings")]
public sealed partial record Meeting(
    string Id,
    string Name,
    MeetingKind Kind,
    MeetingFormat Format,
    MeetingStatus Status,
    string Summary,
    ImmutableArray<Evidence> Evidence,
    string? Place = null,
    PartialDate? Start = null,
    string? StartInferredFrom = null,
    PartialDate? End = null,
    string? EndInferredFrom = null,
    ImmutableArray<Participation> Participants = default,
    ImmutableArray<Topic> Topics = default,
    string? Outcome = null,
    ImmutableArray<Proposal> Proposals = default,
    Meeting? FollowUpTo = null,
    string? Note = null) : ISeedRecord
{
    /// <inheritdoc />
    public bool Equals(Meeting? other)
        => other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind
        && Format == other.Format && Status == other.Status && Summary == other.Summary
        && RecordSupport.SameValues(Evidence, other.Evidence) && Place == other.Place
        && Start == other.Start && StartInferredFrom == other.StartInferredFrom
        && End == other.End && EndInferredFrom == other.EndInferredFrom
        && RecordSupport.SameValues(Participants, other.Participants) && RecordSupport.SameValues(Topics, other.Topics)
        && Outcome == other.Outcome && RecordSupport.SameRefs(Proposals, other.Proposals)
        && RecordSupport.SameRef(FollowUpTo, other.FollowUpTo) && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Status);

    private bool PrintMembers(StringBuilder builder) => new RecordSupport.Printer(builder)
        .Value("Id", Id).Text("Name", Name).Value("Kind", Kind).Value("Format", Format).Value("Status", Status)
        .Text("Place", Place).Value("Start", Start).Text("StartInferredFrom", StartInferredFrom)
        .Value("End", End).Text("EndInferredFrom", EndInferredFrom).Values("Participants", Participants)
        .Values("Topics", Topics).Text("Summary", Summary).Text("Outcome", Outcome).Refs("Proposals", Proposals)
        .Ref("FollowUpTo", FollowUpTo).Values("Evidence", Evidence).Text("Note", Note).Done();
}
