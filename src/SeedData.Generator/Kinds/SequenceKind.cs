using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Kinds;

/// <summary>
/// A list, <c>ImmutableArray&lt;T&gt;</c> or <c>IReadOnlyList&lt;T&gt;</c> (one instance each), of any other kind but
/// a list: a YAML sequence or JSON array. Printed as its items, compared item by item (an omitted list equals an
/// empty one), hashed by its count. An omitted <c>ImmutableArray</c> is empty, never default.
/// </summary>
internal sealed class SequenceKind : ValueKind, IContainerKind
{
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    private readonly string _metadataName;
    private readonly bool _immutable;

    public SequenceKind(string name, string metadataName, bool immutable)
    {
        Name = name;
        _metadataName = metadataName;
        _immutable = immutable;
    }

    public override string Name { get; }

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
    {
        if (type.OriginalDefinition.ToDisplayString() != _metadataName) return null;
        TypeShape? element = scope.Classify(((INamedTypeSymbol)type).TypeArguments[0]);
        if (element is null) return null;
        if (element.Kind is SequenceKind)
        {
            scope.Why = "lists of lists are not supported; wrap the inner list in a record.";
            return null;
        }
        return new TypeShape(this, scope.TypeName(type), scope.DisplayName(type), element, Model.EquatableArray<EnumMemberShape>.Empty, null);
    }

    public override string Expectation(TypeShape type) => $"a list of {type.Element!.Expectation}";

    public override TypeShape? ListElement(TypeShape type, out bool immutableArray)
    {
        immutableArray = _immutable;
        return type.Element;
    }

    public override IEnumerable<ReferencePath> ReferencePaths(TypeShape type, ReferenceWalk walk)
        => type.Element!.Kind.ReferencePaths(type.Element, walk.Through(_immutable ? LookupContainer.ImmutableArray : LookupContainer.ReadOnlyList));

    public override bool Bind(DataNode node, TypeShape type, string key, IBindScope scope)
    {
        if (node.Kind != DataNodeKind.Sequence) return scope.WrongType(node, type, key, "Write a list: '[a, b]' or one '- item' per line.");
        scope.Image.WriteVarint((ulong)node.Items.Length);
        bool ok = true;
        foreach (var item in node.Items) ok &= scope.Bind(item, type.Element!, key);
        return ok;
    }

    // A default of null: what the reader builds for an omitted ImmutableArray is an empty one.
    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (!_immutable || value is not null) return false;
        image.WriteVarint(0);
        return true;
    }

    private string Empty(TypeShape type) => ImmutableArray + "<" + type.Element!.TypeName + ">.Empty";

    public override string? LeftOutValue(TypeShape type) => _immutable ? Empty(type) : null;

    public override string ReadImage(TypeShape type, IStoreScope scope) => scope.ListReader(type) + "(ref reader)";

    private string ListType(TypeShape list)
        => (_immutable ? ImmutableArray : "global::System.Collections.Generic.IReadOnlyList") + "<" + list.Element!.TypeName + ">";

    public void WriteImageReader(SourceWriter writer, string name, TypeShape list, IStoreScope scope)
    {
        string element = list.Element!.TypeName;
        writer.Line(StoreEmitter.Optimized);
        writer.Open("private static " + ListType(list) + " " + name + "(ref DataImageReader reader)");
        writer.Line("int count = reader.Count();");
        writer.Line("if (count == 0) return " + (_immutable ? Empty(list) : "global::System.Array.Empty<" + element + ">()") + ";");
        writer.Line("var items = new " + element + "[count];");
        writer.Line("for (int i = 0; i < items.Length; i++) items[i] = " + scope.Read(list.Element) + ";");
        writer.Line(_immutable ? "return global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);" : "return items;");
        writer.Close();
    }

    public void WriteJsonReader(SourceWriter writer, string name, TypeShape list, IJsonScope scope)
    {
        string element = list.Element!.TypeName;
        writer.Line();
        writer.Open("private " + ListType(list) + " " + name + "(global::System.Text.Json.JsonElement value, string path)");
        writer.Line("if (value.ValueKind != global::System.Text.Json.JsonValueKind.Array) throw Fail(path, " + CSharpNames.StringLiteral(list.Expectation) + ", value);");
        writer.Line("var items = new " + element + "[value.GetArrayLength()];");
        writer.Line("int i = 0;");
        writer.Line("foreach (var item in value.EnumerateArray()) { items[i] = "
            + scope.Read(list.Element, "item", "path + \"[\" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\"") + "; i++; }");
        writer.Line(_immutable ? "return " + ImmutableArray + ".Create(items);" : "return items;");
        writer.Close();
    }

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => scope.ListReader(type) + "(" + element + ", " + path + ")";

    // Lists are written by their parameter (below); a list is never an item of another.
    public override string WriteJson(TypeShape type, string value, IJsonScope scope)
        => "throw new global::System.NotSupportedException(\"" + type.DisplayName + " cannot be written.\");";

    public override void WriteJsonParameter(SourceWriter writer, ParameterShape parameter, IJsonScope scope)
        => WriteJsonList(writer, parameter, parameter.Type, nullable: false, scope);

    /// <summary>
    /// A list parameter: left out where leaving it out reads back the same (an empty ImmutableArray of an optional
    /// parameter), null written where the default is not null, and an empty required list written.
    /// </summary>
    internal void WriteJsonList(SourceWriter writer, ParameterShape parameter, TypeShape list, bool nullable, IJsonScope scope)
    {
        string access = "record." + CSharpNames.Identifier(parameter.Name);
        string key = CSharpNames.StringLiteral(parameter.Key);
        // Pattern variables of an if condition share the method's scope: each list gets its own name.
        string items = JsonEmitter.Local(parameter);
        bool emptyWhenLeftOut = parameter.IsOptional && !nullable && _immutable;
        if (emptyWhenLeftOut)
        {
            // Left out reads back as an empty list, so an empty list is left out.
            writer.Open("if (" + access + " is { IsDefault: false } " + items + " && " + items + ".Length > 0)");
        }
        else if (parameter.IsOptional || nullable)
        {
            // Null is left out (or written, where the default is not null); an empty list is written, so it reads back empty.
            writer.Open("if (" + access + " is " + (_immutable ? "{ IsDefault: false } " : "{ } ") + items + ")");
        }
        else
        {
            // A required list is written even when empty, so that the file reads back.
            writer.Line("{");
            writer.Indent();
            writer.Line("var " + items + " = " + access + (_immutable
                ? ".IsDefault ? " + Empty(list) + " : " + access
                : " ?? global::System.Array.Empty<" + list.Element!.TypeName + ">()") + ";");
        }
        writer.Line("writer.WritePropertyName(" + key + ");");
        writer.Line("writer.WriteStartArray();");
        writer.Line("foreach (var item in " + items + ") " + scope.Write(list.Element!, "item"));
        writer.Line("writer.WriteEndArray();");
        writer.Close();
        if (!emptyWhenLeftOut && (parameter.IsOptional || nullable) && (!parameter.IsOptional || parameter.DefaultValue != "default!"))
        {
            writer.Open("else");
            writer.Line("writer.WriteNull(" + key + ");");
            writer.Close();
        }
    }

    public override JsonText Schema(TypeShape type, ISchemaScope scope) => JsonText.Object().Set("type", "array").Set("items", scope.Value(type.Element!));

    public override void PrintParameter(SourceWriter writer, ParameterShape parameter, TypeShape type, string access, string local)
    {
        // "is { } list" reads nullable and non-nullable lists alike; empty lists are left out.
        string count = _immutable ? ".Length" : ".Count";
        string present = (_immutable ? "!" + local + ".IsDefault && " : string.Empty) + local + count + " > 0";
        writer.Open("if (" + access + " is { } " + local + " && " + present + ")");
        writer.Line("builder.Append(any ? \", \" : string.Empty).Append(\"" + parameter.Name + " = \").Append('[');");
        writer.Open("for (int i = 0; i < " + local + count + "; i++)");
        writer.Line("if (i > 0) builder.Append(\", \");");
        writer.Line("builder.Append(" + type.Element!.Kind.Print(type.Element, local + "[i]") + ");");
        writer.Close();
        writer.Line("builder.Append(']');");
        writer.Line("any = true;");
        writer.Close();
    }

    public override string Equal(TypeShape type, string comparedType, string left, string right, string suffix, IMembersScope scope)
    {
        scope.UseSameItems(_immutable);
        var element = type.Element!;
        return "SameItems<" + element.TypeName + ">(" + left + ", " + right + ", static (__a" + suffix + ", __b" + suffix + ") => "
            + element.Kind.Equal(element, element.TypeName, "__a" + suffix, "__b" + suffix, suffix + "i", scope) + ")";
    }

    /// <summary>As <see cref="Equal"/>, for the values of a nullable list: a missing list equals an empty one.</summary>
    internal string EqualNullable(TypeShape list, string left, string right, string suffix, IMembersScope scope)
        => _immutable
            ? Equal(list, list.TypeName, left + " ?? default", right + " ?? default", suffix, scope)
            : Equal(list, list.TypeName, left, right, suffix, scope);

    // Only the count: items compare by their own rules, which the hash must not contradict.
    public override string Hash(TypeShape type, string access, string suffix)
        => "(" + access + (_immutable
            ? " is { IsDefault: false } __list" + suffix + " ? __list" + suffix + ".Length : 0)"
            : " is { } __list" + suffix + " ? __list" + suffix + ".Count : 0)");

    public override PackageField PackageField(TypeShape type)
    {
        var element = type.Element!;
        if (!element.Kind.JoinsInLists) return new("array", PackageCell.Json, Description: "A JSON array, as in the dataset's JSON document; empty: none.");
        var item = element.Kind.PackageField(element);
        return new("string", PackageCell.Join, Description: item.References is { } target
            ? "Ids of records in '" + target + "', joined with ';'; empty: none."
            : "Values joined with ';'; empty: none." + (item.Values.Count > 0 ? " Each one of: " + string.Join(", ", item.Values) + "." : string.Empty));
    }
}
