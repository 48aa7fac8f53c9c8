using System;
using System.Collections.Immutable;
using System.Text;

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
    /// <inheritdoc />
    public bool Equals(Role? other)
        => other is not null && Id == other.Id
        && RecordSupport.SameRef(Holder, other.Holder) && Title == other.Title
        && RecordSupport.SameValues(Evidence, other.Evidence)
        && RecordSupport.SameRef(Organisation, other.Organisation) && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title);

    private bool PrintMembers(StringBuilder builder) => new RecordSupport.Printer(builder)
        .Value("Id", Id).Ref("Holder", Holder).Text("Title", Title).Ref("Organisation", Organisation)
        .Values("Evidence", Evidence).Text("Note", Note).Done();
}
