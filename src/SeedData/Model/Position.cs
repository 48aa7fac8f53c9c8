using System;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>
/// One actor's answer, in one source, to the central question of the talks, coded as one comparable variable:
/// when do security guarantees come relative to a peace deal? One record per actor and per source (an article's
/// report, through the outlets it credits), so positions can be compared across actors and across articles.
/// </summary>
/// <param name="Id">Stable kebab-case id: holder + timing + article number, <c>marco-rubio-after-deal-002</c>.</param>
/// <param name="Holder">Whose position it is.</param>
/// <param name="Timing">When guarantees come relative to a deal, in this source.</param>
/// <param name="Article">The article the position is coded from.</param>
/// <param name="Summary">The position in our own words.</param>
/// <param name="Evidence">Verbatim phrases from <paramref name="Article"/> that state it.</param>
/// <param name="Via">The outlets the article credits for it (Politico), first reporter first; empty when the article reports it itself.</param>
/// <param name="Statement">The statement the position is read from, when there is one.</param>
/// <param name="Note">How it was coded, where the text leaves room.</param>
[SeedRecord("positions")]
public sealed partial record Position(
    string Id,
    Actor Holder,
    GuaranteeTiming Timing,
    Article Article,
    string Summary,
    ImmutableArray<Evidence> Evidence,
    ImmutableArray<Actor> Via = default,
    Statement? Statement = null,
    string? Note = null) : ISeedRecord
{
    /// <summary>The question every position answers.</summary>
    public const string Question = "When do security guarantees for Ukraine come relative to a peace deal?";
}

/// <summary>When security guarantees come relative to a peace deal (<see cref="Position"/>). YAML/JSON: kebab-case.</summary>
public enum GuaranteeTiming
{
    /// <summary>Guarantees must be in place before a deal is signed.</summary>
    BeforeDeal,

    /// <summary>Guarantees must be part of the deal itself.</summary>
    PartOfDeal,

    /// <summary>Guarantees come after a deal: a deal first, guarantees negotiated or given later.</summary>
    AfterDeal,

    /// <summary>The actor wants or offers guarantees but the source does not say when, relative to a deal.</summary>
    Unspecified,
}
