namespace SeedData;

/// <summary>How the participants of a <see cref="Meeting"/> met. YAML/JSON: kebab-case.</summary>
public enum MeetingFormat
{
    /// <summary>Face to face.</summary>
    InPerson,

    /// <summary>A telephone call.</summary>
    Phone,

    /// <summary>A video call.</summary>
    Video,

    /// <summary>A "call" whose medium (phone or video) the text does not give.</summary>
    RemoteUnspecified,

    /// <summary>The text does not say how the participants meet (talks announced in a headline only).</summary>
    Unspecified,
}
