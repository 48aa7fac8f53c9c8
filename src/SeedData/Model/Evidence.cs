using System;

namespace SeedData;

/// <summary>
/// Where a record comes from: an article and a short phrase (at most about 25 words) that occurs verbatim in it.
/// Typographic quotes and dashes are stored folded to ASCII (' " -); matching also collapses white space.
/// </summary>
/// <param name="Article">The article the phrase is taken from.</param>
/// <param name="Phrase">The exact phrase, as evidence only (never a paragraph).</param>
public sealed partial record Evidence(Article Article, string Phrase)
{
}
