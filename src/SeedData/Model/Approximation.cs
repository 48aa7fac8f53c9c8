namespace SeedData;

/// <summary>How exact a <see cref="Figure"/>'s value is, as the text words it. YAML/JSON: kebab-case.</summary>
public enum Approximation
{
    /// <summary>Given as an exact number ("653 drones").</summary>
    Exact,

    /// <summary>"about", "around", "some".</summary>
    About,

    /// <summary>"nearly", "almost": a little below the value.</summary>
    Nearly,

    /// <summary>"at least".</summary>
    AtLeast,

    /// <summary>"over", "more than".</summary>
    MoreThan,

    /// <summary>"up to", "at most".</summary>
    UpTo,
}
