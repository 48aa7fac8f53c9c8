using System;

namespace SeedData;

/// <summary>
/// When an article was published, as far as its own text shows: known, known only as an upper bound ("no later
/// than"), or unknown. Event dates in the article are read relative to it (see <see cref="ReportedTime"/>).
/// </summary>
/// <param name="Kind">Whether the date is known, a bound, or unknown.</param>
/// <param name="Basis">What the text shows about it, in our own words (a date line, page chrome, the latest event it reports).</param>
/// <param name="Date">The publication date when <paramref name="Kind"/> is known; the latest possible day when it is no-later-than; none when unknown.</param>
/// <param name="NotBefore">The earliest possible day, when the events the article reports as past fix one (inferred: see <paramref name="Basis"/>).</param>
public sealed partial record Publication(PublicationDateKind Kind, string Basis, PartialDate? Date = null, PartialDate? NotBefore = null)
{
}

/// <summary>How much of an article's publication date is known (<see cref="Publication"/>). YAML/JSON: kebab-case.</summary>
public enum PublicationDateKind
{
    /// <summary>The text prints a date line: the publication date is known.</summary>
    Known,

    /// <summary>The text shows only that it existed by a day (a page viewed on that day): published on it or earlier.</summary>
    NoLaterThan,

    /// <summary>Nothing in the text dates its publication.</summary>
    Unknown,
}

/// <summary>
/// Report time against event time: when an article places something relative to its own publication, in its own
/// words ("overnight", "on Sunday", "last weekend"). The event's calendar date, where one can be worked out, is in
/// the record's own date field with its basis; this records what the article itself says.
/// </summary>
/// <param name="Article">The article whose words these are.</param>
/// <param name="Phrase">The article's time expression, verbatim ("on a Tuesday call", "the preceding Sunday").</param>
/// <param name="Relation">Whether that time is before, around or after the article's publication.</param>
public sealed partial record ReportedTime(Article Article, string Phrase, TimeRelation Relation)
{
}

/// <summary>Where a <see cref="ReportedTime"/> falls relative to the article's publication. YAML/JSON: kebab-case.</summary>
public enum TimeRelation
{
    /// <summary>Before publication: it had happened ("last weekend", "overnight").</summary>
    BeforePublication,

    /// <summary>Around publication: ongoing as the article was written ("ongoing discussions").</summary>
    AroundPublication,

    /// <summary>After publication: planned or expected ("talks to resume Saturday").</summary>
    AfterPublication,
}
