namespace SeedData;

/// <summary>What a statement, meeting or proposal is about. YAML/JSON: kebab-case (<c>security-guarantees</c>).</summary>
public enum Topic
{
    /// <summary>Security guarantees or assurances for Ukraine, and when they would be given.</summary>
    SecurityGuarantees,

    /// <summary>A peace plan, deal, settlement or framework as a whole.</summary>
    PeacePlan,

    /// <summary>Territory: concessions, Donbas, territorial integrity.</summary>
    Territory,

    /// <summary>Ukraine's membership of NATO.</summary>
    NatoMembership,

    /// <summary>Limits on the size of armed forces.</summary>
    MilitaryLimits,

    /// <summary>Sanctions against Russia.</summary>
    Sanctions,

    /// <summary>Frozen Russian assets.</summary>
    FrozenAssets,

    /// <summary>Military aid to Ukraine.</summary>
    MilitaryAid,

    /// <summary>Intelligence sharing with Ukraine.</summary>
    IntelligenceSharing,

    /// <summary>A ceasefire.</summary>
    Ceasefire,

    /// <summary>A deadline or timeline.</summary>
    Deadline,

    /// <summary>Mediation and the mediator's neutrality.</summary>
    Mediation,

    /// <summary>Human rights and humanitarian law.</summary>
    HumanRights,

    /// <summary>International law and its principles.</summary>
    InternationalLaw,

    /// <summary>Foreign (European) troops in Ukraine.</summary>
    ForeignTroops,

    /// <summary>A meeting of leaders or a leader's visit.</summary>
    LeaderMeeting,

    /// <summary>Sovereignty and independence.</summary>
    Sovereignty,

    /// <summary>Deterrence capabilities against renewed aggression.</summary>
    Deterrence,

    /// <summary>The military situation, strikes and casualties.</summary>
    Battlefield,

    /// <summary>The conduct and progress of negotiations.</summary>
    Negotiations,
}
