namespace SeedData;

/// <summary>What sort of encounter a <see cref="Meeting"/> is. YAML/JSON: kebab-case.</summary>
public enum MeetingKind
{
    /// <summary>A call between two or more parties.</summary>
    Call,

    /// <summary>Negotiations or talks, possibly over several sessions.</summary>
    Talks,

    /// <summary>A visit by one party to another.</summary>
    Visit,

    /// <summary>
    /// An encounter the text gives only as the occasion of a remark ("told his European counterparts on Thursday"),
    /// without saying whether it was a call, talks or a visit.
    /// </summary>
    Unspecified,
}
