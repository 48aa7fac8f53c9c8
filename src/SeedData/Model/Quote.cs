using System;

namespace SeedData;

/// <summary>A speaker's words as the article prints them in quotation marks (without the quotation marks).</summary>
/// <param name="Article">The article that prints the quote.</param>
/// <param name="Text">The quoted words, verbatim (typographic quotes and dashes folded to ASCII).</param>
public sealed partial record Quote(Article Article, string Text)
{
}
