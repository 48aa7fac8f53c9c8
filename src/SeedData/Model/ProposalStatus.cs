namespace SeedData;

/// <summary>Where a <see cref="Proposal"/> stood when the articles reported it. YAML/JSON: kebab-case.</summary>
public enum ProposalStatus
{
    /// <summary>Put forward, under negotiation.</summary>
    Proposed,

    /// <summary>Weighed or discussed; nobody has put it forward formally.</summary>
    UnderConsideration,

    /// <summary>Reported as ready but not yet signed.</summary>
    AwaitingSignature,

    /// <summary>Reported as agreed by its parties.</summary>
    Agreed,

    /// <summary>Set up and operating.</summary>
    InEffect,

    /// <summary>Rejected by a party whose consent it needs.</summary>
    Rejected,

    /// <summary>Replaced by a later version (see <see cref="Proposal.Supersedes"/>).</summary>
    Superseded,
}
