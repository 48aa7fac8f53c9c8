namespace SeedData;

/// <summary>How precisely the speaker of a <see cref="Statement"/> is identified. YAML/JSON: kebab-case.</summary>
public enum Specificity
{
    /// <summary>A named person or a named institution ("Marco Rubio", "the Kremlin").</summary>
    Named,

    /// <summary>An anonymous source described by role or affiliation ("a European diplomat", "US officials").</summary>
    DescribedAnonymous,

    /// <summary>No source given at all ("it was suggested"), or the article's own voice.</summary>
    Unnamed,
}
