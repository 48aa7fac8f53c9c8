using System;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>How one <see cref="Proposal"/> relates to another: the lineage of the plans and documents.</summary>
/// <param name="Kind">What the relation is.</param>
/// <param name="Target">The other proposal.</param>
/// <param name="Stated">True when an article states the relation (then <paramref name="Evidence"/> holds its words); false when it is our reading of the texts, explained in <paramref name="Note"/>.</param>
/// <param name="Note">The relation in our own words, and its basis.</param>
/// <param name="Evidence">The article's words that state it, when <paramref name="Stated"/>.</param>
public sealed partial record ProposalRelation(
    ProposalRelationKind Kind,
    Proposal Target,
    bool Stated,
    string Note,
    ImmutableArray<Evidence> Evidence = default)
{
}

/// <summary>The kind of a <see cref="ProposalRelation"/>, read from this proposal to its target. YAML/JSON: kebab-case.</summary>
public enum ProposalRelationKind
{
    /// <summary>A new version of the target: rewritten, cut or extended.</summary>
    Revises,

    /// <summary>A separate document meant to go with the target (a security framework beside a peace plan).</summary>
    Complements,

    /// <summary>Takes effect only together with, or after, the target.</summary>
    ConditionalOn,

    /// <summary>About the same matter as the target; the texts do not say how the two are linked.</summary>
    Related,
}
