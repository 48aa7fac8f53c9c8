namespace SeedData;

/// <summary>How a <see cref="Statement"/> reaches the article. YAML/JSON: the kebab-case name (<c>direct-quote</c>).</summary>
public enum Attribution
{
    /// <summary>The speaker's words in quotation marks, whole sentences (see <see cref="Statement.Quotes"/>).</summary>
    DirectQuote,

    /// <summary>A paraphrase with a few words in quotation marks.</summary>
    PartialQuote,

    /// <summary>The speaker's position in the reporter's or a source's words.</summary>
    Paraphrase,

    /// <summary>An official written statement or readout (a ministry's statement after a meeting).</summary>
    OfficialReadout,

    /// <summary>The content of a document (a plan, a draft).</summary>
    Document,

    /// <summary>The article's own assessment, not attributed to anyone else.</summary>
    Editorial,
}
