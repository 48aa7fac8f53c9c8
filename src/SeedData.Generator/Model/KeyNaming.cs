namespace SeedData.Generator.Model;

/// <summary>How a data file spells a record's keys, from its parameter names.</summary>
internal enum KeyNaming
{
    /// <summary><c>WikidataId</c> is <c>wikidataId</c>: the default.</summary>
    CamelCase,

    /// <summary><c>WikidataId</c> is <c>wikidata_id</c>.</summary>
    SnakeCase,

    /// <summary><c>WikidataId</c> is <c>wikidata-id</c>.</summary>
    KebabCase,

    /// <summary><c>WikidataId</c> is <c>WikidataId</c>, the parameter name as declared.</summary>
    Exact,
}

/// <summary>The spellings of <see cref="KeyNaming"/> in item metadata and in <c>[SeedDataset(KeyNaming = ...)]</c>.</summary>
internal static class KeyNamings
{
    /// <summary>The four spellings, for messages.</summary>
    public const string Spellings = "camelCase, snake_case, kebab-case or exact";

    /// <summary>Reads one of the four spellings (case-insensitively, surrounding spaces ignored); false for any other text.</summary>
    public static bool TryParse(string text, out KeyNaming naming)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "camelcase":
                naming = KeyNaming.CamelCase;
                return true;
            case "snake_case":
                naming = KeyNaming.SnakeCase;
                return true;
            case "kebab-case":
                naming = KeyNaming.KebabCase;
                return true;
            case "exact":
                naming = KeyNaming.Exact;
                return true;
            default:
                naming = KeyNaming.CamelCase;
                return false;
        }
    }

    public static string Spelling(this KeyNaming naming) => naming switch
    {
        KeyNaming.SnakeCase => "snake_case",
        KeyNaming.KebabCase => "kebab-case",
        KeyNaming.Exact => "exact",
        _ => "camelCase",
    };

    /// <summary>The key of the parameter <paramref name="parameterName"/> in this naming.</summary>
    public static string KeyOf(this KeyNaming naming, string parameterName) => naming switch
    {
        KeyNaming.SnakeCase => Naming.ToKebabCase(parameterName).Replace('-', '_'),
        KeyNaming.KebabCase => Naming.ToKebabCase(parameterName),
        KeyNaming.Exact => parameterName,
        _ => Naming.ToCamelCase(parameterName),
    };
}
