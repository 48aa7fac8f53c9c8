using System;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>
/// Where the articles name an actor: the evidence for an <see cref="Actor"/>, which cannot carry it itself
/// (an article references its publisher, authors and cited outlets, so an actor citing that article would be a
/// reference cycle). One record per actor, with a phrase from each article that names or clearly refers to it,
/// usually where the article first names it; <see cref="Actor.Evidence"/> reads it.
/// </summary>
/// <param name="Id">Stable kebab-case id: the actor's id + <c>-mentions</c>, <c>marco-rubio-mentions</c>.</param>
/// <param name="Actor">The actor named.</param>
/// <param name="Evidence">Verbatim phrases naming the actor, from each article that names or clearly refers to it (a byline or credit line for an author, a copyright line for a holder).</param>
/// <param name="Note">Remarks, e.g. an article that refers to the actor without naming it, or one that names it only in a way not counted.</param>
[SeedRecord("mentions")]
public sealed partial record Mention(
    string Id,
    Actor Actor,
    ImmutableArray<Evidence> Evidence,
    string? Note = null) : ISeedRecord
{
}
