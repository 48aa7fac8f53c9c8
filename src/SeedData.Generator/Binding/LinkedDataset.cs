using System.Linq;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Binding;

/// <summary>
/// Every data file linked into one dataset: what the generated API needs (<see cref="Api"/>), the data image
/// (<see cref="Image"/>) and the data diagnostics, each its own part so that each output is re-emitted only when
/// its part changes.
/// </summary>
/// <param name="FileCount">How many data files reached the generator.</param>
/// <param name="MemberPlaces">
/// Per collection, where each of its named records is in its data file, in the order of
/// <see cref="CollectionApi.NamedRecords"/>: the named members' <c>#line</c> directives. Apart from the API, since
/// editing a record's last value moves where it ends but changes no member.
/// </param>
/// <param name="Checks">Every value of a project scalar, for the check the build runs and for run-time failures.</param>
internal sealed record LinkedDataset(
    DatasetApi Api,
    DatasetImage Image,
    EquatableArray<DiagnosticInfo> Diagnostics,
    int FileCount,
    EquatableArray<EquatableArray<RecordPlace>> MemberPlaces = default,
    EquatableArray<CheckedValue> Checks = default);

/// <summary>A value of a project scalar: its type, the record that holds it, where it is written (<c>path(line,col)</c>), and its text.</summary>
internal sealed record CheckedValue(string TypeName, string Collection, string RecordId, string Location, string Value);

/// <summary>What the generated API depends on in the data: record counts and named members.</summary>
/// <param name="HasErrors">True when the data or declarations have errors: the API is generated, the data is not.</param>
internal sealed record DatasetApi(
    bool HasErrors,
    EquatableArray<CollectionApi> Collections);

/// <summary>One collection's records as the API sees them.</summary>
/// <param name="NamedMembersOmitted">True when the collection has more records than its named-member limit.</param>
/// <param name="NamedRecords">The records that get a named member, in collection order.</param>
/// <param name="Listed">
/// Every record's id and title, in collection order, where the collection is small enough for named members (empty
/// where it is not): the ids the schema lists, those without a named member (SD0021) too.
/// </param>
/// <param name="KeySlice">The part of each key its hash table hashes (see <c>KeySliceChooser</c>): it changes only when keys do.</param>
internal sealed record CollectionApi(
    int Count,
    bool NamedMembersOmitted,
    EquatableArray<NamedRecord> NamedRecords,
    EquatableArray<ListedId> Listed = default,
    int KeySlice = 0);

/// <param name="Index">The record's position in its collection.</param>
/// <param name="Title">Text for the member's XML doc: the record's name, title or summary field.</param>
/// <param name="Source">File name and line, for the member's doc.</param>
internal sealed record NamedRecord(int Index, string Id, string MemberName, string? Title, string Source);

/// <summary>
/// Where a record is in its data file, by 0-based lines and columns alone: an edit that only moves characters within
/// earlier lines leaves it, and the generated API, equal.
/// </summary>
internal readonly record struct RecordPlace(string FilePath, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static RecordPlace Of(string path, SourceSpan span) => new(path, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn);
}

/// <summary>
/// The data image, in chunks of at most about <see cref="ChunkLength"/> bytes, each carried as the text they are the UTF-8 of: the records in build order (each
/// with its key's text), where each record starts (its locator), each collection's keys as a hash table, and each
/// index in its order; empty when the data has errors. No record spans two chunks. A lookup reads the chunks that
/// hold what it needs: a key slot, a locator, a record. With the content hash, the only part of the output that
/// changes when data changes but no record is added, removed or renamed.
/// </summary>
/// <param name="ContentSha256">The dataset's content hash: SHA-256 over the collections' names and each record's place, key and values.</param>
/// <param name="RecordChunks">The records, in runs of one collection (see <c>DatasetLinker.WriteRecords</c>).</param>
/// <param name="LocatorChunks">Each collection's locators: record chunk and offset, fixed-width.</param>
/// <param name="KeySlotChunks">Each collection's key slots (see <c>KeyHash</c>).</param>
/// <param name="IndexChunks">Each collection's indexes (see <c>DatasetLinker.WriteIndexes</c>), in collection and then index order.</param>
internal sealed record DatasetImage(string ContentSha256, EquatableArray<string> RecordChunks, EquatableArray<EquatableArray<string>> LocatorChunks,
    EquatableArray<EquatableArray<string>> KeySlotChunks, EquatableArray<EquatableArray<EquatableArray<string>>> IndexChunks)
{
    /// <summary>
    /// A chunk ends before the record that would take it past this length (one longer record is a chunk of its own).
    /// 32 Ki bytes (held a byte to a character while written) keeps each chunk, and the builder it is written in, under the 85,000 bytes that put an object
    /// on the large object heap: a run then allocates no memory that only a full collection gives back.
    /// </summary>
    public const int ChunkLength = 32 * 1024;

    public static DatasetImage Empty { get; } = new(string.Empty, default, default, default, default);
}

/// <summary>
/// The ids the schema lists for references to one collection, with each record's title: those of a collection
/// small enough to have named members. Record values are not here, so editing one leaves the schema alone.
/// </summary>
internal sealed record ListedIds(string Collection, EquatableArray<ListedId> Records)
{
    public static EquatableArray<ListedIds> From(DatasetApi api, Declarations.DatasetDeclarations declarations)
    {
        var listed = new System.Collections.Generic.List<ListedIds>();
        for (int c = 0; c < declarations.Collections.Count && c < api.Collections.Count; c++)
        {
            var collection = api.Collections[c];
            if (collection.NamedMembersOmitted) continue;
            listed.Add(new ListedIds(declarations.Collections[c].Name, collection.Listed));
        }
        return listed.ToEquatableArray();
    }
}

internal sealed record ListedId(string Id, string? Title);
