namespace SeedData;

/// <summary>How one <see cref="Statement"/> relates to another (<see cref="StatementLink"/>). YAML/JSON: kebab-case.</summary>
public enum LinkKind
{
    /// <summary>Says the other statement (or the report of it) is false.</summary>
    Denies,

    /// <summary>Contradicts or contests the other statement without a formal denial.</summary>
    Disputes,

    /// <summary>Supports or restates the other statement.</summary>
    Confirms,

    /// <summary>Answers the other statement.</summary>
    RespondsTo,

    /// <summary>Adds a condition, nuance or detail to the other statement.</summary>
    Qualifies,

    /// <summary>A differing report of the same or a closely related statement; both are kept.</summary>
    ConflictsWith,
}
