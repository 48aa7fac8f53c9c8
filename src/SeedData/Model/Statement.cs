using System;
using System.Collections.Immutable;
using System.Linq;

namespace SeedData;

/// <summary>
/// Something an actor said, or is reported to have said, or a position the articles attribute to it.
/// One real-world statement reported by several articles is one record with evidence from each;
/// differing reports are separate records joined by <see cref="Links"/>.
/// </summary>
/// <param name="Id">Stable kebab-case id: speaker + gist, <c>rubio-guarantees-only-after-peace-deal</c>.</param>
/// <param name="Type">What the statement does (PLOVER-style).</param>
/// <param name="Attribution">How it reaches the article: quote, paraphrase, readout, document or the article's own voice.</param>
/// <param name="Specificity">How precisely the speaker is identified.</param>
/// <param name="Summary">What was said, in our own words.</param>
/// <param name="Topics">What it is about.</param>
/// <param name="Evidence">Verbatim phrases from each article that reports it.</param>
/// <param name="Speakers">The speaking actor(s): a person, an institution or an unnamed group. Empty for an anonymous individual or the article's own voice.</param>
/// <param name="SpeakerDescription">The speaker as the article describes an anonymous one ("a senior Ukrainian official").</param>
/// <param name="SpeakerAffiliation">The state or body an anonymous speaker belongs to, when the description gives it.</param>
/// <param name="Source">Who relayed a named speaker's words, when anonymous ("a European diplomat and a person with knowledge of the conversations").</param>
/// <param name="ReportedVia">Outlets the articles say it was reported through (Politico, CNN, Reuters...): the outlets its <paramref name="Reports"/> credit.</param>
/// <param name="Audience">Who it was said to, as the statement's own evidence names them.</param>
/// <param name="SaidOn">When it was said, as precisely as the text supports; none when the text gives no date.</param>
/// <param name="SaidOnInferredFrom">The basis when <paramref name="SaidOn"/> is worked out from the text rather than printed ("'on Tuesday' in a piece dated Thursday 2025-11-27").</param>
/// <param name="At">The meeting or call it was said at.</param>
/// <param name="Proposals">Proposals it is about.</param>
/// <param name="Quotes">The speaker's words verbatim, for direct and partial quotes.</param>
/// <param name="Links">Links to earlier statements it denies, disputes, confirms, answers or qualifies.</param>
/// <param name="Note">Remarks on reliability, context or how the record was made.</param>
/// <param name="Reports">The source chain in each article that carries it: the outlets it credits, the anonymous relays, and its hedges (one report per article with evidence).</param>
/// <param name="Plover">The PLOVER event code (category, mode, context), where the statement's type has a PLOVER category (<see cref="PloverCodebook.CategoryOf(StatementType)"/>).</param>
/// <param name="ReportedWhen">When each article places it relative to its own publication, in the article's words.</param>
[SeedRecord("statements")]
public sealed partial record Statement(
    string Id,
    StatementType Type,
    Attribution Attribution,
    Specificity Specificity,
    string Summary,
    ImmutableArray<Topic> Topics,
    ImmutableArray<Evidence> Evidence,
    ImmutableArray<Actor> Speakers = default,
    string? SpeakerDescription = null,
    Actor? SpeakerAffiliation = null,
    string? Source = null,
    ImmutableArray<Actor> ReportedVia = default,
    ImmutableArray<Actor> Audience = default,
    PartialDate? SaidOn = null,
    string? SaidOnInferredFrom = null,
    Meeting? At = null,
    ImmutableArray<Proposal> Proposals = default,
    ImmutableArray<Quote> Quotes = default,
    ImmutableArray<StatementLink> Links = default,
    string? Note = null,
    ImmutableArray<StatementReport> Reports = default,
    PloverCode? Plover = null,
    ImmutableArray<ReportedTime> ReportedWhen = default) : ISeedRecord
{
    /// <summary>
    /// The independent reports that support the statement: each outlet an article credits for it, and each article
    /// that reports it on its own account. Three articles relaying one Politico report count once. An upper bound
    /// wherever an article names no outlet: such an article counts as its own report, though it may retell another
    /// outlet's without saying so; nor can it see one source behind two outlets.
    /// </summary>
    public ImmutableArray<ReportOrigin> IndependentReports =>
        (Reports.IsDefaultOrEmpty
            ? Evidence.Select(e => new ReportOrigin(null, e.Article))
            : Reports.SelectMany(r => r.Via.IsDefaultOrEmpty
                ? [new ReportOrigin(null, r.Article)]
                : r.Via.Select(outlet => new ReportOrigin(outlet, null))))
        .Distinct().ToImmutableArray();

    /// <summary>True when <see cref="SaidOn"/> was worked out from the text rather than printed.</summary>
    public bool IsSaidOnInferred => SaidOnInferredFrom is not null;
}
