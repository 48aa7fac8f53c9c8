using System;
using System.Text;

namespace SeedData;

/// <summary>An actor's part in a <see cref="Meeting"/>.</summary>
/// <param name="Actor">The participant.</param>
/// <param name="Role">The part it played.</param>
/// <param name="Note">Detail, e.g. "reported as present at the previous round".</param>
public sealed partial record Participation(Actor Actor, ParticipantRole Role, string? Note = null)
{
    /// <inheritdoc />
    public bool Equals(Participation? other)
        => other is not null && RecordSupport.SameRef(Actor, other.Actor) && Role == other.Role && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Actor?.Id, Role);

    private bool PrintMembers(StringBuilder builder)
        => new RecordSupport.Printer(builder).Ref("Actor", Actor).Value("Role", Role).Text("Note", Note).Done();
}
