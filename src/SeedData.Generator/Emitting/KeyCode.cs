using System.Linq;
using SeedData.Generator.Declarations;

namespace SeedData.Generator.Emitting;

/// <summary>
/// The generated code of keys, in one place: a key's C# type, its canonical text from a record or from a typed key
/// value (what lookups find records by), and the name of its lookup.
/// </summary>
internal static class KeyCode
{
    /// <summary>The key's C# type: <c>string</c> for an Id, a field's type, or a tuple of the fields (<c>(string Region, int Code)</c>).</summary>
    public static string TypeName(KeyShape key)
        => key.IsId ? "string"
            : key.Fields.Count == 1 ? key.Fields[0].Type.TypeName
            : "(" + string.Join(", ", key.Fields.Items.Select(f => f.Type.TypeName + " " + CSharpNames.Identifier(f.Parameter))) + ")";

    /// <summary>The canonical text of the key of <paramref name="record"/> (not null).</summary>
    public static string OfRecord(KeyShape key, string record)
        => key.IsId ? record + ".Id" : Join(key, f => record + "." + CSharpNames.Identifier(f.Parameter));

    /// <summary>The canonical text of <paramref name="value"/>, a key of <see cref="TypeName"/>.</summary>
    public static string OfValue(KeyShape key, string value)
        => key.IsId ? value : key.Fields.Count == 1 ? Text(key.Fields[0], value) : Join(key, f => value + "." + CSharpNames.Identifier(f.Parameter));

    private static string Join(KeyShape key, System.Func<KeyField, string> access)
        => key.Fields.Count == 1
            ? Text(key.Fields[0], access(key.Fields[0]))
            : "string.Concat(new string[] { " + string.Join(", \"\\u001f\", ", key.Fields.Items.Select(f => Text(f, access(f)))) + " })";

    private static string Text(KeyField field, string value) => field.Type.Kind.KeyTextCode(field.Type, value);

    /// <summary>The lookup's name: <c>FindByCode</c>, <c>FindByRegionAndCode</c>; <c>FindById</c> for an Id.</summary>
    public static string FindName(KeyShape key) => "FindBy" + (key.IsId ? "Id" : string.Join("And", key.Fields.Items.Select(f => f.Parameter)));

    /// <summary>The key as a parameter's documentation names it.</summary>
    public static string Described(KeyShape key) => key.IsId ? "id" : key.Fields.Count == 1 ? key.Fields[0].Key : "key (" + key.Words + ")";
}
