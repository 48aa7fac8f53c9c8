using System;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>One term (point, provision, option) of a <see cref="Proposal"/>, with where it stood.</summary>
/// <param name="Text">The term in our own words.</param>
/// <param name="Status">Proposed, rejected, agreed or only considered.</param>
/// <param name="Topics">What the term is about.</param>
/// <param name="Evidence">Where the term (and its status) is reported.</param>
/// <param name="RejectedBy">Who rejected it, when <paramref name="Status"/> is rejected.</param>
/// <param name="AgreedBy">Who agreed to it, when <paramref name="Status"/> is agreed.</param>
/// <param name="Note">Remarks, e.g. uncertainty about which version of a plan the term belongs to.</param>
public sealed partial record ProposalTerm(
    string Text,
    TermStatus Status,
    ImmutableArray<Topic> Topics,
    ImmutableArray<Evidence> Evidence,
    ImmutableArray<Actor> RejectedBy = default,
    ImmutableArray<Actor> AgreedBy = default,
    string? Note = null)
{
}
