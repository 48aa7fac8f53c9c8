using System;

namespace SeedData;

/// <summary>
/// A typed link from one statement to another. Links point from the later or answering statement to the
/// earlier or answered one (never both ways), so conflicting reports stay separate records.
/// </summary>
/// <param name="Kind">How this statement relates to the target.</param>
/// <param name="Target">The statement linked to.</param>
/// <param name="Note">Why the link was made, in our own words.</param>
public sealed partial record StatementLink(LinkKind Kind, Statement Target, string? Note = null)
{
}
