namespace FixturesDemo;

/// <summary>
/// The code under test: a small search over statements, as an application might have. The tests feed it
/// the real, typed records of the SeedData dataset instead of hand-made fakes.
/// </summary>
public static class StatementSearch
{
    /// <summary>The statements whose summary, quotes or evidence mention <paramref name="word"/> (case-insensitive).</summary>
    public static IEnumerable<Statement> Mentioning(IEnumerable<Statement> statements, string word)
        => statements.Where(s =>
            s.Summary.Contains(word, StringComparison.OrdinalIgnoreCase)
            || (!s.Quotes.IsDefaultOrEmpty && s.Quotes.Any(q => q.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))
            || s.Evidence.Any(e => e.Phrase.Contains(word, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The statements in date order: by the earliest day their date can mean; undated ones last.</summary>
    public static IReadOnlyList<Statement> InDateOrder(IEnumerable<Statement> statements)
        => statements.OrderBy(s => s.SaidOn is null).ThenBy(s => s.SaidOn).ToList();
}
