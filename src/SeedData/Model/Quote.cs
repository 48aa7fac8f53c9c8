using System;
using System.Text;

namespace SeedData;

/// <summary>A speaker's words as the article prints them in quotation marks (without the quotation marks).</summary>
/// <param name="Article">The article that prints the quote.</param>
/// <param name="Text">The quoted words, verbatim (typographic quotes and dashes folded to ASCII).</param>
public sealed partial record Quote(Article Article, string Text)
{
    /// <inheritdoc />
    public bool Equals(Quote? other)
        => other is not null && RecordSupport.SameRef(Article, other.Article) && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Article?.Id, Text);

    private bool PrintMembers(StringBuilder builder)
        => new RecordSupport.Printer(builder).Ref("Article", Article).Text("Text", Text).Done();
}
