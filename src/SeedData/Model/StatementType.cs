namespace SeedData;

/// <summary>
/// What a <see cref="Statement"/> does, in the spirit of the PLOVER event ontology.
/// YAML/JSON: the kebab-case name (<c>deny</c>).
/// </summary>
public enum StatementType
{
    /// <summary>Asserts or describes something without a stronger act (also used for analysis).</summary>
    Statement,

    /// <summary>Sets a condition or requires something of another party.</summary>
    Demand,

    /// <summary>Asks for something.</summary>
    Request,

    /// <summary>Suggests or offers a course of action, a meeting or a text.</summary>
    Propose,

    /// <summary>Accepts or announces agreement.</summary>
    Agree,

    /// <summary>Refuses a proposal, a term or a course of action.</summary>
    Reject,

    /// <summary>Says that a report or a claim is false.</summary>
    Deny,

    /// <summary>Criticises or blames another party.</summary>
    Accuse,

    /// <summary>Announces a negative consequence the speaker would bring about.</summary>
    Threaten,

    /// <summary>Points out a risk the speaker does not control.</summary>
    Warn,

    /// <summary>Yields ground, relaxes a condition or a deadline.</summary>
    Concede,

    /// <summary>Reports consultation between parties.</summary>
    Consult,

    /// <summary>Reassures or promises support.</summary>
    Assure,
}
