using System;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>A call, a round of talks or a visit: held, planned or only proposed.</summary>
/// <param name="Id">Stable kebab-case id: who + what + where or when, <c>rubio-call-european-officials-2025-11-25</c>.</param>
/// <param name="Name">A short name in our own words.</param>
/// <param name="Kind">Call, talks or visit; unspecified where the text gives only the occasion of a remark.</param>
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
/// <param name="Plover">The PLOVER event code: CONSULT, with the mode (visit, third-party, multilateral, phone) where one applies.</param>
/// <param name="ReportedWhen">When each article places it relative to its own publication, in the article's words.</param>
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
    string? Note = null,
    PloverCode? Plover = null,
    ImmutableArray<ReportedTime> ReportedWhen = default) : ISeedRecord
{
}
