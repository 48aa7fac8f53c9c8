using System;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>
/// How one article reports a <see cref="Statement"/>: the source chain from the speaker to the reader. The
/// speaker (<see cref="Statement.Speakers"/>) said it; the <see cref="Relays"/> passed it on; the outlets in
/// <see cref="Via"/> reported it; <see cref="Article"/> republishes that report, or reports it itself when
/// <see cref="Via"/> is empty. Three articles that relay one Politico report are one source
/// (<see cref="Statement.IndependentReports"/>).
/// </summary>
/// <param name="Article">The article that carries the statement (one report per article with evidence for it).</param>
/// <param name="Via">The outlets this article credits for the statement ("Politico reported that..."), first reporter first; empty when the article reports it on its own account.</param>
/// <param name="Relays">The anonymous intermediaries who passed the words on, as the article describes them ("a European diplomat").</param>
/// <param name="Hedges">The article's certainty markers for this statement ("allegedly", "reportedly", "not independently verified", "according to").</param>
/// <param name="Note">How the chain was read, where the text leaves room.</param>
public sealed partial record StatementReport(
    Article Article,
    ImmutableArray<Actor> Via = default,
    ImmutableArray<Relay> Relays = default,
    ImmutableArray<Hedge> Hedges = default,
    string? Note = null)
{
}

/// <summary>
/// One independent report behind a statement (<see cref="Statement.IndependentReports"/>): an outlet's report
/// that articles relay, or an article's own reporting.
/// </summary>
/// <param name="Outlet">The outlet whose report it is, or null for an article's own reporting.</param>
/// <param name="Article">The article that reports it on its own account, or null for an outlet's report.</param>
public sealed record ReportOrigin(Actor? Outlet, Article? Article)
{
    /// <summary>The outlet's name, or the article's id.</summary>
    public override string ToString() => Outlet?.Name ?? Article?.Id ?? string.Empty;
}

/// <summary>An anonymous intermediary in a source chain: the people an article says passed a statement on.</summary>
/// <param name="Description">How the article describes them, verbatim ("a European diplomat", "two of the European diplomats").</param>
/// <param name="Affiliation">The state, bloc or body the description places them in, when it does (European diplomats: the EU is not implied, so none).</param>
/// <param name="Count">How many, when the description says ("two of the European diplomats" is 2; "diplomats" is none).</param>
public sealed partial record Relay(string Description, Actor? Affiliation = null, int? Count = null)
{
}

/// <summary>A certainty marker: how the article hedges a statement it reports.</summary>
/// <param name="Kind">What sort of hedge.</param>
/// <param name="Phrase">The words of the article that carry it, verbatim ("has not been independently verified").</param>
public sealed partial record Hedge(HedgeKind Kind, string Phrase)
{
}

/// <summary>What sort of certainty marker a <see cref="Hedge"/> is. YAML/JSON: kebab-case.</summary>
public enum HedgeKind
{
    /// <summary>"allegedly", "alleged": the article does not vouch for it.</summary>
    Allegedly,

    /// <summary>"reportedly", "as reported", "reported by": it rests on another outlet's report.</summary>
    Reportedly,

    /// <summary>"not independently verified": the article says it could not check it.</summary>
    NotIndependentlyVerified,

    /// <summary>"according to", "X said", "sources say": attributed, not asserted.</summary>
    AccordingTo,

    /// <summary>"it was suggested", "officials suggest": put forward rather than stated.</summary>
    Suggested,

    /// <summary>"claiming", "claimed": the speaker's claim, which the article sets apart.</summary>
    Claimed,

    /// <summary>"if accurate", "if true": the article makes its reading conditional.</summary>
    IfAccurate,

    /// <summary>"ostensibly", "appears", "seems": how things look, not how they are.</summary>
    Apparently,
}
