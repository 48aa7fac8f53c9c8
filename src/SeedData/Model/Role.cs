using System;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>A title an article gives an actor, as printed, with the organisation it belongs to.</summary>
/// <param name="Id">Stable kebab-case id: holder id + title, <c>marco-rubio-secretary-of-state</c>.</param>
/// <param name="Holder">Who holds the role.</param>
/// <param name="Title">The title as printed ("US Secretary of State", "Senior News Editor").</param>
/// <param name="Evidence">Where the title is printed.</param>
/// <param name="Organisation">The organisation or state the role belongs to, if the text gives or implies it.</param>
/// <param name="Note">Remarks, e.g. when a title as printed conflicts with other articles.</param>
[SeedRecord("roles")]
public sealed partial record Role(
    string Id,
    Actor Holder,
    string Title,
    ImmutableArray<Evidence> Evidence,
    Actor? Organisation = null,
    string? Note = null) : ISeedRecord
{
}
