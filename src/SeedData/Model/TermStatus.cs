namespace SeedData;

/// <summary>Where one term of a <see cref="Proposal"/> stood (<see cref="ProposalTerm"/>). YAML/JSON: kebab-case.</summary>
public enum TermStatus
{
    /// <summary>In the text put forward; no reported reaction.</summary>
    Proposed,

    /// <summary>Rejected by a party (see <see cref="ProposalTerm.RejectedBy"/>).</summary>
    Rejected,

    /// <summary>Agreed by the parties (see <see cref="ProposalTerm.AgreedBy"/>).</summary>
    Agreed,

    /// <summary>Only one option being weighed, or the article's speculation about the content.</summary>
    Considered,
}
