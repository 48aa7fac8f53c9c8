using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Binding;

/// <summary>
/// One data file, parsed and checked against the declarations: its records already encoded in the data image
/// format, with references left as placeholders for the linker (a file cannot know the index of a record in
/// another file). The output of the per-file step, so editing one file re-parses and re-binds only that file.
/// </summary>
/// <param name="IsComplete">False when the file could not be parsed whole, so some of its records are missing.</param>
/// <param name="Records">The records in file order.</param>
/// <param name="References">Every reference of every valid record, in record order.</param>
/// <param name="Names">
/// The records' ids and titles and the references' target ids, back to back (<see cref="NameSlice"/>), in pieces cut
/// as the image's are. A few strings per file, not one per name: a build keeps every file's model, and 100,000 small
/// strings kept alive cost the collector more than the parse that made them.
/// </param>
/// <param name="Checks">The values of project scalars in the file's valid records, in file order (see <see cref="ValueCheck"/>).</param>
/// <param name="Image">
/// The encoded records, back to back, in the image's characters, cut between records into pieces of about
/// <see cref="PieceLength"/> characters (<see cref="RecordEntry.Piece"/>, <see cref="RecordEntry.Offset"/>).
/// </param>
internal sealed record BoundFile(
    string Path,
    bool IsComplete,
    EquatableArray<RecordEntry> Records,
    EquatableArray<ReferenceEntry> References,
    EquatableArray<string> Names,
    EquatableArray<string> Image,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<ValueCheck> Checks = default,
    EquatableArray<IndexEntry> IndexEntries = default)
{
    /// <summary>
    /// A piece of a file's image ends after the record that takes it past this length. Pieces rather than one string:
    /// a large file's image would be one object on the large object heap, memory that only a full collection frees.
    /// </summary>
    public const int PieceLength = 16 * 1024;

    public string IdOf(in RecordEntry record) => NameOf(record.Id);

    public string IdOf(in ReferenceEntry reference) => NameOf(reference.Id);

    public string? TitleOf(in RecordEntry record) => record.Title.IsNone ? null : NameOf(record.Title);

    private string NameOf(NameSlice name) => Names[name.Piece].Substring(name.Start, name.Length);
}

/// <summary>Where an id or title is in its file's <see cref="BoundFile.Names"/>.</summary>
internal readonly record struct NameSlice(int Piece, int Start, int Length)
{
    /// <summary>No name (a record without a title).</summary>
    public static NameSlice None => new(-1, 0, 0);

    public bool IsNone => Piece < 0;
}

/// <summary>One record of a file.</summary>
/// <param name="Collection">The collection's index in the declarations.</param>
/// <param name="Piece">The piece of the file's image that holds the record; <paramref name="Offset"/> is within it.</param>
/// <param name="Line">The 1-based line where the record starts, for the docs of its named member.</param>
/// <param name="Title">The record's name, title or summary, for the docs of its named member.</param>
/// <param name="IsValid">False when its values had errors: the id still counts, the values are not encoded.</param>
/// <param name="IsRecovered">
/// True for an id found in the text of a file that failed to parse (<see cref="IdRecovery"/>): it counts for references
/// and named members, and is never itself reported as a duplicate or a bad name.
/// </param>
/// <param name="Span">
/// The record's place in its file (its mapping, its key and mapping, or its CSV row), where its named member's
/// <c>#line</c> maps; empty for a recovered id, which maps to <paramref name="IdSpan"/>.
/// </param>
internal readonly record struct RecordEntry(
    int Collection,
    NameSlice Id,
    SourceSpan IdSpan,
    int Line,
    NameSlice Title,
    int Piece,
    int Offset,
    int Length,
    int FirstReference,
    int ReferenceCount,
    bool IsValid,
    bool IsRecovered = false,
    SourceSpan Span = default)
{
    /// <summary>Where the record is: its <see cref="Span"/>, or its id where it has none.</summary>
    public SourceSpan Place => Span.Length > 0 ? Span : IdSpan;
}

/// <summary>
/// A value of a project's own scalar type (a type with <c>Parse</c>), which only its own code can check: where it is
/// and in which record, so that the build can run that code on it once compiled, and a failure at run time can say
/// where the value is written.
/// </summary>
internal sealed record ValueCheck(string TypeName, string Value, SourceSpan Span, int Collection, string RecordId);

/// <summary>
/// The values of one index's parts in one valid record: as the build orders them, and their image in the index (text
/// as its place in the record's image, which holds it once).
/// </summary>
/// <param name="Record">The record's position in its file's <see cref="BoundFile.Records"/>.</param>
/// <param name="Index">The index's position in its record shape's indexes.</param>
internal sealed record IndexEntry(int Record, int Index, EquatableArray<OrderValue> Values, string Image);

/// <summary>A reference written as an id, to resolve against the ids of every file.</summary>
/// <param name="Offset">Where in its record's piece of the file's image the target's index goes.</param>
internal readonly record struct ReferenceEntry(int Collection, NameSlice Id, SourceSpan Span, int Offset);
