using System;

namespace SeedData;

/// <summary>
/// Where a record comes from: an article and a short phrase (at most about 25 words) that occurs verbatim in it,
/// anchored in the article's text as a W3C Web Annotation target would be (see <see cref="TextQuote"/> and
/// <see cref="TextPosition"/>). The phrase is stored with typographic quotes and dashes folded to ASCII (' " -);
/// matching also collapses white space. <c>seeds/tools/anchor-evidence.cs</c> writes the anchors.
/// </summary>
/// <param name="Article">The article the phrase is taken from.</param>
/// <param name="Phrase">The exact phrase, as evidence only (never a paragraph).</param>
/// <param name="TextQuote">The phrase as a W3C TextQuoteSelector: the text exactly as the article prints it, with the characters just before and after it.</param>
/// <param name="TextPosition">The phrase as a W3C TextPositionSelector: where it starts and ends in the article's text.</param>
public sealed partial record Evidence(Article Article, string Phrase, TextQuoteSelector TextQuote, TextPositionSelector TextPosition)
{
}

/// <summary>
/// A W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector): a span
/// of the article's text given by its own words and, to tell repeated words apart, up to 32 characters on each side.
/// </summary>
/// <param name="Exact">The span, exactly as the article's text has it (typographic quotes, dashes and line breaks included).</param>
/// <param name="Prefix">The up to 32 characters just before the span (fewer at the start of the text).</param>
/// <param name="Suffix">The up to 32 characters just after the span (fewer at the end of the text).</param>
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix)
{
    /// <summary>The W3C selector type name.</summary>
    public const string Type = "TextQuoteSelector";
}

/// <summary>
/// A W3C Web Annotation TextPositionSelector (https://www.w3.org/TR/annotation-model/#text-position-selector):
/// a span of the article's text by position, counted in Unicode code points from the start of the seed file's
/// text (UTF-8, no byte order mark, line breaks as stored).
/// </summary>
/// <param name="Start">The position of the span's first character.</param>
/// <param name="End">The position just after the span's last character.</param>
public sealed record TextPositionSelector(int Start, int End)
{
    /// <summary>The W3C selector type name.</summary>
    public const string Type = "TextPositionSelector";
}
