namespace SeedData;

/// <summary>What sort of thing an <see cref="Event"/> is. YAML/JSON: kebab-case.</summary>
public enum EventKind
{
    /// <summary>A military strike or barrage.</summary>
    Strike,

    /// <summary>An invasion or the start of a war or conflict.</summary>
    WarMilestone,

    /// <summary>An order or instruction by a leader (sending an envoy, tasking an official).</summary>
    Directive,

    /// <summary>A document handed over or shared.</summary>
    DocumentShared,

    /// <summary>A party did not respond to a request for comment.</summary>
    NoResponse,
}
