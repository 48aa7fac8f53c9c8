using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>
/// Everything the declarations say, as one location-free model: the dataset class, the collections with their
/// record shapes and reverse lookups, the inline record shapes, and the records whose members the generator
/// writes. Moving a declaration or adding a blank line above it leaves this model equal, so nothing
/// downstream of it runs again.
/// </summary>
/// <param name="Dataset">The one valid [SeedDataset] class, or null.</param>
/// <param name="Collections">The collections, by name (ordinal).</param>
/// <param name="NestedShapes">The inline (non-[SeedRecord]) records, by type name.</param>
/// <param name="MemberShapes">The records whose PrintMembers or equality members the generator writes.</param>
/// <param name="UnusableCollections">
/// The names [SeedRecord]s declare that make no collection, since they make no usable property (SD0046 to SD0048),
/// by name (ordinal). The declaration has the error; data under such a name gets none of its own.
/// </param>
internal sealed record DatasetDeclarations(
    DatasetInfo? Dataset,
    EquatableArray<CollectionDeclaration> Collections,
    EquatableArray<RecordShape> NestedShapes,
    EquatableArray<RecordShape> MemberShapes,
    EquatableArray<string> UnusableCollections)
{
    /// <summary>
    /// True when some record holds a value that the project's own code reads (a project scalar's <c>Parse</c>): the
    /// dataset then carries the table of those values and builds its collections so that one failure breaks only the
    /// collections that reach it.
    /// </summary>
    public bool HasValuesReadByProjectCode
    {
        get
        {
            var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            return Collections.Items.Any(c => ReadsByProjectCode(c.Shape, seen));
        }
    }

    private bool ReadsByProjectCode(RecordShape shape, System.Collections.Generic.HashSet<string> seen)
        => seen.Add(shape.TypeName) && shape.Parameters.Items.Any(p => ReadsByProjectCode(p.Type, seen));

    private bool ReadsByProjectCode(TypeShape type, System.Collections.Generic.HashSet<string> seen)
        => type.Kind.ReadByProjectCode
            || type.Element is { } element && ReadsByProjectCode(element, seen)
            || NestedShapes.Items.FirstOrDefault(n => n.TypeName == type.TypeName) is { } nested && ReadsByProjectCode(nested, seen);

    public int IndexOfCollection(string name)
    {
        for (int i = 0; i < Collections.Count; i++)
        {
            if (Collections[i].Name == name) return i;
        }
        return -1;
    }
}

/// <summary>The [SeedDataset] class the data is generated into.</summary>
/// <param name="HasVersion">True when the class declares a static string <c>Version</c>, which exports carry.</param>
/// <param name="HasSnapshot">False when the snapshot type's name is taken (SD0070): no JSON read and write is generated.</param>
/// <param name="InstanceNameTaken">True when a type of the project has the dataset object's name (SD0070): the object takes another, so that nothing else fails.</param>
/// <param name="KeyNaming">How the dataset's files spell keys unless a file's metadata says otherwise.</param>
internal sealed record DatasetInfo(string? Namespace, string ClassName, bool IsPublic, bool HasVersion, bool HasSnapshot = true, bool InstanceNameTaken = false,
    KeyNaming KeyNaming = KeyNaming.CamelCase)
{
    /// <summary>The snapshot type: every record as plain values, what JSON exports write and read.</summary>
    public string SnapshotName => ClassName + "Snapshot";

    /// <summary>The dataset as an object: the build's records, a loaded document's, or a changed copy.</summary>
    public string InstanceName => ClassName + (InstanceNameTaken ? "DatasetInstance" : "Instance");

    /// <summary>The fully qualified name, with <c>global::</c>.</summary>
    public string TypeName => "global::" + (Namespace is null ? string.Empty : Namespace + ".") + ClassName;
}

/// <summary>A collection: the records of one [SeedRecord] type.</summary>
/// <param name="Name">The collection name used in data files.</param>
/// <param name="PropertyName">The dataset property, e.g. <c>Actors</c>.</param>
/// <param name="ClassName">The collection class, e.g. <c>ActorsCollection</c>.</param>
/// <param name="IsValid">
/// False when the record declaration has errors: its records are still listed (so their ids resolve and their
/// named members exist), but their values are not read, since every one would fail the same way.
/// </param>
internal sealed record CollectionDeclaration(
    string Name,
    string PropertyName,
    string ClassName,
    RecordShape Shape,
    bool IsValid,
    EquatableArray<ReverseLookup> Lookups)
{
    public string RecordTypeName => Shape.TypeName;
}

/// <summary>
/// A reverse navigation member: the records of this collection that reference a record of the target
/// collection through <paramref name="Path"/>, found by walking <paramref name="Steps"/> on first use.
/// </summary>
internal sealed record ReverseLookup(
    string MethodName,
    string Path,
    int TargetCollection,
    EquatableArray<LookupStep> Steps)
{
    /// <summary>The member path as code reads it, with <c>[]</c> for each list: <c>Participants[].Actor</c>.</summary>
    public string MemberPath
    {
        get
        {
            var path = new System.Text.StringBuilder();
            foreach (var step in Steps)
            {
                if (step.Member.Length > 0) path.Append(path.Length > 0 ? "." : string.Empty).Append(step.Member);
                if (step.Container != LookupContainer.Single) path.Append("[]");
            }
            return path.ToString();
        }
    }

    /// <summary>True when the path goes through a list, so a record matches when any item does.</summary>
    public bool ThroughList => Steps.Items.Any(s => s.Container != LookupContainer.Single);
}

/// <summary>One member access on the way to a reference (none where <paramref name="Member"/> is empty: the items of the container before); a list's items are visited one by one.</summary>
internal sealed record LookupStep(string Member, LookupContainer Container);

internal enum LookupContainer
{
    Single,
    ImmutableArray,
    ReadOnlyList,
    /// <summary>The values of a map.</summary>
    MapValues,
}
