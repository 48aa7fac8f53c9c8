using System.Linq;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>A positional record parameter: the key it is read from and the type it accepts.</summary>
/// <param name="Name">The parameter name as declared (used for named arguments).</param>
/// <param name="Key">
/// The key in data files: <paramref name="Field"/> where it is given, else the parameter name in the dataset's key
/// naming (camelCase unless <c>[SeedDataset(KeyNaming = ...)]</c> says otherwise).
/// </param>
/// <param name="DefaultValue">
/// For an optional parameter, its default as a C# expression (<c>"none"</c>, <c>5</c>, <c>default!</c>), used when
/// the data leaves the key out; null for a required parameter.
/// </param>
/// <param name="DefaultImage">
/// For an optional parameter, its default as the data image writes it (see <c>ImageWriter</c>), or null when it has
/// no such form. The binder writes a value equal to it as left out, so that a key written with its default value and
/// a key left out make the same image, and the same content hash.
/// </param>
/// <param name="DefaultJson">For an optional parameter with a constant default, that default as a JSON literal (the schema's <c>default</c>).</param>
/// <param name="Field">The key's exact spelling from <c>[SeedField("...")]</c>, the same in every key naming; null for none.</param>
internal sealed record ParameterShape(
    string Name,
    string Key,
    TypeShape Type,
    string? DefaultValue,
    string? DefaultImage = null,
    string? DefaultJson = null,
    string? Field = null)
{
    public bool IsOptional => DefaultValue is not null;

    /// <summary>The key in a file that spells its keys in <paramref name="naming"/>.</summary>
    public string KeyIn(KeyNaming naming) => Field ?? naming.KeyOf(Name);
}

/// <summary>A record type the generator constructs, as plain data: no symbol and no location.</summary>
/// <param name="Collection">The [SeedRecord] collection name, or null for a record written inline.</param>
/// <param name="NamedMemberLimit">
/// The most records the collection may have and still get a named member per record (<c>Data.Actors.MarcoRubio</c>).
/// </param>
/// <param name="GeneratePrintMembers">
/// True for partial, top-level records that do not print themselves: the generator writes PrintMembers.
/// </param>
/// <param name="GenerateEquality">
/// True for partial, top-level records that define neither Equals nor GetHashCode: the generator writes them.
/// </param>
/// <param name="Key">For a [SeedRecord] with [SeedKey] parameters, its key; null for the <c>string Id</c>.</param>
/// <param name="Indexes">For a [SeedRecord], its secondary indexes ([SeedIndex] on its parameters and its inline records').</param>
internal sealed record RecordShape(
    string TypeName,
    string Name,
    string? Namespace,
    string? Collection,
    int NamedMemberLimit,
    EquatableArray<ParameterShape> Parameters,
    bool IsPublic,
    bool IsValueType,
    bool IsSealed,
    bool GeneratePrintMembers,
    bool GenerateEquality,
    KeyShape? Key = null,
    EquatableArray<IndexShape> Indexes = default)
{
    /// <summary>The record's key: its [SeedKey] parameters, or its <c>string Id</c>.</summary>
    public KeyShape RecordKey => Key ?? KeyShape.Id;
}

/// <summary>
/// What the declaration step yields for one [SeedRecord] type: its shape, the shapes of the inline records it
/// reaches, any declaration errors, and where it is declared. Only the diagnostics step reads the location, so
/// moving the declaration changes nothing downstream of the shapes.
/// </summary>
/// <param name="Docs">The XML documentation of the record and of the inline records it reaches, kept apart from the
/// shapes so that editing a doc comment re-emits the schema and nothing else.</param>
internal sealed record DeclaredRecord(
    RecordShape Shape,
    EquatableArray<RecordShape> NestedShapes,
    EquatableArray<DiagnosticInfo> Diagnostics,
    SourceLocation? Location,
    EquatableArray<RecordDocs> Docs)
{
    public bool HasErrors => Diagnostics.Items.Any(d => d.IsError);
}

/// <summary>A record's XML documentation: its summary and each parameter's text.</summary>
internal sealed record RecordDocs(string TypeName, string? Summary, EquatableArray<ParameterDoc> Parameters)
{
    public string? Of(string parameter) => Parameters.Items.FirstOrDefault(p => p.Name == parameter)?.Text;
}

internal sealed record ParameterDoc(string Name, string Text);
