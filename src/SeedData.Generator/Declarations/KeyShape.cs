using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>
/// The key of a [SeedRecord] type: its <c>string Id</c> (no fields), or its [SeedKey] parameters in key order. Data
/// files refer to a record by its key: a scalar for one field, a mapping of the fields for several. Every key has one
/// text, its canonical text (the fields' canonical texts, joined with <see cref="Separator"/>): what the linker
/// matches references against, and what lookups find records by.
/// </summary>
internal sealed record KeyShape(EquatableArray<KeyField> Fields)
{
    /// <summary>Joins the canonical texts of a composite key's fields: a character no data file writes in a key.</summary>
    public const char Separator = '\u001f';

    public static readonly KeyShape Id = new(EquatableArray<KeyField>.Empty);

    /// <summary>True for the <c>string Id</c> key of a record without [SeedKey].</summary>
    public bool IsId => Fields.Count == 0;

    /// <summary>True when the key is one text (the Id or one string field): it names the records' members and keeps the indexer by text.</summary>
    public bool IsText => IsId || Fields.Count == 1 && Fields[0].Type.Kind.KeyIsText;

    /// <summary>What a key is, for messages: "id", "code" or "region and code".</summary>
    public string Words => IsId ? "id" : string.Join(" and ", Fields.Items.Select(f => f.Key));

    /// <summary>A canonical key text as messages show it: a composite key's fields joined with '/'.</summary>
    public static string Display(string canonical) => canonical.Replace(Separator, '/');
}

/// <summary>
/// One field of a key: the parameter (its C# name), its key in data files (in the dataset's key naming, as exports and
/// the schema write it), its type, and its <c>[SeedField("...")]</c> spelling (null for none).
/// </summary>
internal sealed record KeyField(string Parameter, string Key, TypeShape Type, string? Field = null)
{
    /// <summary>The key in a file that spells its keys in <paramref name="naming"/>.</summary>
    public string KeyIn(KeyNaming naming) => Field ?? naming.KeyOf(Parameter);
}
