using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Kinds;

/// <summary>
/// A map with text keys, <c>ImmutableDictionary&lt;string, T&gt;</c> or <c>IReadOnlyDictionary&lt;string, T&gt;</c> (one
/// instance each), of any kind <c>T</c> (records and references too): a mapping, each key once. Keys compare
/// ordinally. The image holds the entries in key order (ordinal), so the order they are written in changes neither
/// the data nor the content hash; JSON writes them in that order. Printed as <c>{key: value, ...}</c>, compared entry
/// by entry (an omitted map equals an empty one), hashed by its count. An omitted <c>ImmutableDictionary</c> is empty.
/// </summary>
internal sealed class MapKind : ValueKind, IContainerKind
{
    private readonly string _metadataName;
    private readonly bool _immutable;

    public MapKind(string name, string metadataName, bool immutable)
    {
        Name = name;
        _metadataName = metadataName;
        _immutable = immutable;
    }

    public override string Name { get; }

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
    {
        if (type.OriginalDefinition.ToDisplayString() != _metadataName) return null;
        var arguments = ((INamedTypeSymbol)type).TypeArguments;
        if (arguments[0].SpecialType != SpecialType.System_String)
        {
            scope.Why = "a map's keys must be string, as the keys of a YAML or JSON mapping are text. Declare it with string keys.";
            return null;
        }
        TypeShape? value = scope.Classify(arguments[1]);
        return value is null ? null : new TypeShape(this, scope.TypeName(type), scope.DisplayName(type), value, Model.EquatableArray<EnumMemberShape>.Empty, null);
    }

    public override string Expectation(TypeShape type) => $"a mapping from text keys to {type.Element!.Expectation}";

    public override IEnumerable<ReferencePath> ReferencePaths(TypeShape type, ReferenceWalk walk)
        => type.Element!.Kind.ReferencePaths(type.Element, walk.Through(LookupContainer.MapValues));

    public override bool Bind(DataNode node, TypeShape type, string key, IBindScope scope)
    {
        if (node.Kind != DataNodeKind.Mapping) return scope.WrongType(node, type, key, "Write a mapping: one 'key: value' per line, or {key: value}.");
        var entries = new List<DataEntry>(node.Entries.Length);
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        bool ok = true;
        foreach (var entry in node.Entries)
        {
            // A list or mapping as a key was reported by the parser (SD0006).
            if (entry.Key.Kind != DataNodeKind.Scalar)
            {
                ok = false;
                continue;
            }
            if (!seen.Add(entry.Key.Value ?? string.Empty))
            {
                scope.Report(DiagnosticDescriptors.DuplicateKey, entry.Key, entry.Key.Value ?? string.Empty);
                ok = false;
                continue;
            }
            entries.Add(entry);
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Key.Value, b.Key.Value));
        scope.Image.WriteVarint((ulong)entries.Count);
        foreach (var entry in entries)
        {
            scope.Image.WriteString(entry.Key.Value ?? string.Empty);
            ok &= scope.Bind(entry.Value, type.Element!, key);
        }
        return ok;
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (!_immutable || value is not null) return false;
        image.WriteVarint(0);
        return true;
    }

    private static string ValueType(TypeShape map) => map.Element!.TypeName;

    private string Empty(TypeShape map) => "global::System.Collections.Immutable.ImmutableDictionary<string, " + ValueType(map) + ">.Empty";

    public override string? LeftOutValue(TypeShape type) => _immutable ? Empty(type) : null;

    private string MapType(TypeShape map)
        => (_immutable ? "global::System.Collections.Immutable.ImmutableDictionary" : "global::System.Collections.Generic.IReadOnlyDictionary") + "<string, " + ValueType(map) + ">";

    public override string ReadImage(TypeShape type, IStoreScope scope) => scope.ListReader(type) + "(ref reader)";

    public void WriteImageReader(SourceWriter writer, string name, TypeShape map, IStoreScope scope)
    {
        writer.Line(StoreEmitter.Optimized);
        writer.Open("private static " + MapType(map) + " " + name + "(ref DataImageReader reader)");
        writer.Line("int count = reader.Count();");
        OpenEntries(writer, map, "count");
        writer.Open("for (int i = 0; i < count; i++)");
        writer.Line("string key = reader.String();");
        writer.Line("entries.Add(key, " + scope.Read(map.Element!) + ");");
        writer.Close();
        CloseEntries(writer, map);
        writer.Close();
    }

    public void WriteJsonReader(SourceWriter writer, string name, TypeShape map, IJsonScope scope)
    {
        writer.Line();
        writer.Open("private " + MapType(map) + " " + name + "(global::System.Text.Json.JsonElement value, string path)");
        writer.Line("if (value.ValueKind != global::System.Text.Json.JsonValueKind.Object) throw Fail(path, " + CSharpNames.StringLiteral(map.Expectation) + ", value);");
        OpenEntries(writer, map, "0");
        writer.Open("foreach (var property in value.EnumerateObject())");
        writer.Line("string at = path + \".\" + property.Name;");
        writer.Line("if (entries.ContainsKey(property.Name)) throw Fail(at, \"each key once\", property.Value);");
        writer.Line("entries.Add(property.Name, " + scope.Read(map.Element!, "property.Value", "at") + ");");
        writer.Close();
        CloseEntries(writer, map);
        writer.Close();
    }

    private void OpenEntries(SourceWriter writer, TypeShape map, string count)
        => writer.Line(_immutable
            ? "var entries = global::System.Collections.Immutable.ImmutableDictionary.CreateBuilder<string, " + ValueType(map) + ">(global::System.StringComparer.Ordinal);"
            : "var entries = new global::System.Collections.Generic.Dictionary<string, " + ValueType(map) + ">(" + count + ", global::System.StringComparer.Ordinal);");

    private void CloseEntries(SourceWriter writer, TypeShape map)
        => writer.Line(_immutable ? "return entries.ToImmutable();" : "return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, " + ValueType(map) + ">(entries);");

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => scope.ListReader(type) + "(" + element + ", " + path + ")";

    public override bool MayBeNull(TypeShape type) => true;

    // The locals are named after the value, so that a map of maps names each level's apart.
    public override string WriteJson(TypeShape type, string value, IJsonScope scope)
    {
        string entry = "__" + value.Replace(".", "_").TrimStart('_') + "_entry", item = "__" + value.Replace(".", "_").TrimStart('_') + "_value";
        return "{ writer.WriteStartObject(); foreach (var " + entry + " in global::System.Linq.Enumerable.OrderBy(" + value + ", static __e => __e.Key, global::System.StringComparer.Ordinal)) "
            + "{ writer.WritePropertyName(" + entry + ".Key); var " + item + " = " + entry + ".Value; " + scope.Write(type.Element!, item) + " } writer.WriteEndObject(); }";
    }

    public override JsonText Schema(TypeShape type, ISchemaScope scope) => JsonText.Object().Set("type", "object").Set("additionalProperties", scope.Value(type.Element!));

    public override string Print(TypeShape type, string value)
        => "(\"{\" + string.Join(\", \", global::System.Linq.Enumerable.Select(global::System.Linq.Enumerable.OrderBy(" + value
            + ", static __e => __e.Key, global::System.StringComparer.Ordinal), static __e => __e.Key + \": \" + " + type.Element!.Kind.Print(type.Element, "__e.Value") + ")) + \"}\")";

    // An empty map is left out, as an empty list is: an omitted map equals an empty one.
    public override void PrintParameter(SourceWriter writer, ParameterShape parameter, TypeShape type, string access, string local)
    {
        writer.Open("if (" + access + " is { Count: > 0 } " + local + ")");
        writer.Line("builder.Append(any ? \", \" : string.Empty).Append(\"" + parameter.Name + " = \").Append(" + Print(type, local) + ");");
        writer.Line("any = true;");
        writer.Close();
    }

    public override string Equal(TypeShape type, string comparedType, string left, string right, string suffix, IMembersScope scope)
    {
        scope.UseSameEntries();
        var element = type.Element!;
        return "SameEntries<" + element.TypeName + ">(" + left + ", " + right + ", static (__a" + suffix + ", __b" + suffix + ") => "
            + element.Kind.Equal(element, element.TypeName, "__a" + suffix, "__b" + suffix, suffix + "i", scope) + ")";
    }

    public override string Hash(TypeShape type, string access, string suffix) => "(" + access + " is { } __map" + suffix + " ? __map" + suffix + ".Count : 0)";
}
