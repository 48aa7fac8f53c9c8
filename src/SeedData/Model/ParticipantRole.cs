namespace SeedData;

/// <summary>The part an actor played in a <see cref="Meeting"/> (<see cref="Participation"/>). YAML/JSON: kebab-case.</summary>
public enum ParticipantRole
{
    /// <summary>Led the meeting or a delegation, or initiated the call.</summary>
    Lead,

    /// <summary>A member of a delegation.</summary>
    Delegate,

    /// <summary>Received the visit or hosted the talks.</summary>
    Host,

    /// <summary>Brokered talks between other parties.</summary>
    Mediator,

    /// <summary>Took part, with no more specific role reported.</summary>
    Participant,
}
