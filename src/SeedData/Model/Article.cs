using System;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>
/// One source text (a seed file in the shared sources folder) and what the text itself says about its origin.
/// Nothing here is taken from outside the text: a missing title, publisher or date is left empty.
/// </summary>
/// <param name="Id">Stable kebab-case id: <c>article-</c> + the seed number + a short slug of the subject.</param>
/// <param name="SeedFile">The file name of the source text, e.g. <c>001_e0d0ef1a082ec79e.txt</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's raw bytes.</param>
/// <param name="Summary">What the article reports, in our own words.</param>
/// <param name="Title">The headline as printed, or none when the text has no headline.</param>
/// <param name="Subtitle">A second headline or standfirst, as printed.</param>
/// <param name="Publisher">The publisher or site, when the text names it (an outlet); none if the text does not say.</param>
/// <param name="Authors">The byline's authors (people or a staff group).</param>
/// <param name="Contributors">People the text credits as contributing to the report.</param>
/// <param name="PublishedOn">The publication date, only when the text has a date line.</param>
/// <param name="PublishedOnInferredFrom">The basis, when <paramref name="PublishedOn"/> is worked out rather than printed.</param>
/// <param name="CitedOutlets">Outlets and institutions the article cites as sources (Politico, CNN, Reuters, TASS, ...).</param>
/// <param name="CopyrightHolder">The holder named in a copyright line, if any.</param>
/// <param name="Phrases">Verbatim phrases of the text supporting the fields above (date line, byline, self-references).</param>
/// <param name="Note">How the page was read: page furniture ignored, why no date, and so on.</param>
/// <param name="Publication">When it was published, as far as the text shows: known, no later than a day, or unknown; the date of report that its events are placed against.</param>
/// <param name="BasedOn">Outlets whose report the article relays as its own story ("Politico reported that..."): its derivation. Outlets cited for a single point are in <paramref name="CitedOutlets"/> only.</param>
[SeedRecord("articles")]
public sealed partial record Article(
    string Id,
    string SeedFile,
    string Sha256,
    string Summary,
    string? Title = null,
    string? Subtitle = null,
    Actor? Publisher = null,
    ImmutableArray<Actor> Authors = default,
    ImmutableArray<Actor> Contributors = default,
    PartialDate? PublishedOn = null,
    string? PublishedOnInferredFrom = null,
    ImmutableArray<Actor> CitedOutlets = default,
    Actor? CopyrightHolder = null,
    ImmutableArray<string> Phrases = default,
    string? Note = null,
    Publication? Publication = null,
    ImmutableArray<Actor> BasedOn = default) : ISeedRecord
{
    /// <summary>The records with evidence or quotes from this article (see <see cref="Dataset.RecordsFrom(Article)"/>).</summary>
    public ArticleRecords Records => Dataset.RecordsFrom(this);
}
