namespace SeedData;

/// <summary>What sort of thing a <see cref="Proposal"/> is. YAML/JSON: kebab-case.</summary>
public enum ProposalKind
{
    /// <summary>A plan to end the war.</summary>
    PeacePlan,

    /// <summary>An agreed or proposed framework (of security arrangements, of talks).</summary>
    Framework,

    /// <summary>A document setting out security guarantees.</summary>
    GuaranteeDocument,

    /// <summary>A programme or policy of support (aid, weapons purchases, use of assets).</summary>
    Programme,

    /// <summary>A deployment being weighed (troops on the ground).</summary>
    Deployment,

    /// <summary>A range of options under consideration, none chosen.</summary>
    Options,
}
