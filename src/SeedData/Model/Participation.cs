using System;

namespace SeedData;

/// <summary>An actor's part in a <see cref="Meeting"/>.</summary>
/// <param name="Actor">The participant.</param>
/// <param name="Role">The part it played.</param>
/// <param name="Note">Detail, e.g. "reported as present at the previous round".</param>
public sealed partial record Participation(Actor Actor, ParticipantRole Role, string? Note = null)
{
}
