namespace SeedData;

/// <summary>Whether a <see cref="Meeting"/> happened, as the articles report it. YAML/JSON: kebab-case.</summary>
public enum MeetingStatus
{
    /// <summary>It took place (or was under way).</summary>
    Held,

    /// <summary>It was scheduled or announced.</summary>
    Planned,

    /// <summary>One party suggested it; nothing was scheduled.</summary>
    Proposed,
}
