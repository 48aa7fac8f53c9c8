using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Binding;

/// <summary>Everything the emitter needs, and every diagnostic of the build, as equatable data.</summary>
/// <param name="Dataset">Null when no valid [SeedDataset] class was declared.</param>
/// <param name="PrintableRecords">Records whose PrintMembers or equality members the generator writes.</param>
internal sealed record GenerationModel(
    DatasetModel? Dataset,
    EquatableArray<RecordShape> PrintableRecords,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <param name="ContentSha256">SHA-256 over the data files' contents, in path order.</param>
/// <param name="BuildOrder">Every record, each after the records it references.</param>
/// <param name="HasErrors">True when data errors were reported: the API is generated, the data is not.</param>
internal sealed record DatasetModel(
    string? Namespace,
    string ClassName,
    bool IsPublic,
    string ContentSha256,
    EquatableArray<CollectionModel> Collections,
    EquatableArray<RecordSlot> BuildOrder,
    bool HasErrors);

/// <param name="Name">The collection name used in data files.</param>
/// <param name="PropertyName">The dataset property, e.g. <c>Actors</c>.</param>
/// <param name="ClassName">The collection class, e.g. <c>ActorsCollection</c>.</param>
internal sealed record CollectionModel(
    string Name,
    string PropertyName,
    string ClassName,
    string RecordTypeName,
    bool IsPublic,
    EquatableArray<RecordEntry> Records,
    EquatableArray<ReverseLookup> Lookups);

/// <param name="MemberName">The named member, or null when the id cannot become one.</param>
/// <param name="Title">Text for the member's XML doc: the record's name, title or summary field.</param>
/// <param name="Value">The constructed record; null when it had errors.</param>
/// <param name="Source">File name and line, for the member's doc.</param>
internal sealed record RecordEntry(
    string Id,
    string? MemberName,
    string? Title,
    string Source,
    BoundRecord? Value);

internal readonly record struct RecordSlot(int Collection, int Index);

/// <summary>
/// A reverse navigation member: the records of this collection that reference a record of the target
/// collection through <paramref name="Path"/>, found by walking <paramref name="Steps"/> on first use.
/// </summary>
internal sealed record ReverseLookup(
    string MethodName,
    string Path,
    int TargetCollection,
    EquatableArray<LookupStep> Steps);

/// <summary>A reference reachable from a record, found from the declared shapes.</summary>
internal sealed record LookupPath(string Path, string Collection, System.Collections.Immutable.ImmutableArray<LookupStep> Steps);

/// <summary>One member access on the way to a reference; a list's items are visited one by one.</summary>
internal sealed record LookupStep(string Member, LookupContainer Container);

internal enum LookupContainer
{
    Single,
    ImmutableArray,
    ReadOnlyList,
}
