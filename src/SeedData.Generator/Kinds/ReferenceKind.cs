using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Kinds;

/// <summary>
/// A [SeedRecord] type: written as the key of one of its records (its id, its [SeedKey] field, or a mapping of its
/// [SeedKey] fields), and built as that record itself. Compared, hashed and printed by its key. A target whose
/// declaration lacks its key (an error reported there) is never asked for it, or one mistake would become many
/// compiler errors.
/// </summary>
internal sealed class ReferenceKind : ValueKind
{
    public override string Name => "reference";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
    {
        if (type is not INamedTypeSymbol named || scope.CollectionOf(named) is not { } collection) return null;
        var keyParameters = KeyReader.KeyParameters(named);
        KeyShape? key = null;
        bool hasKey;
        if (keyParameters.Count == 0)
        {
            hasKey = named.GetMembers("Id").OfType<IPropertySymbol>().Any(p => p.Type.SpecialType == SpecialType.System_String);
        }
        else
        {
            var fields = new List<KeyField>();
            foreach (var parameter in keyParameters)
            {
                // The target's own declaration reports a key it cannot have; here, such a key only keeps the reference from being read.
                if (scope.Classify(parameter.Type) is not { Kind.IsKeyKind: true } shape) break;
                string? field = RecordShapeReader.SpelledField(parameter);
                fields.Add(new KeyField(parameter.Name, field ?? Naming.ToCamelCase(parameter.Name), shape, field));
            }
            hasKey = fields.Count == keyParameters.Count;
            key = hasKey ? new KeyShape(fields.ToEquatableArray()) : null;
        }
        return new TypeShape(this, scope.TypeName(type), scope.DisplayName(type), null, EquatableArray<EnumMemberShape>.Empty, collection, hasKey, TargetKey: key);
    }

    public override string Expectation(TypeShape type)
        => type.Key.IsId || type.Key.Fields.Count == 1
            ? $"the {type.Key.Words} of a record in '{type.Collection}'"
            : $"the key of a record in '{type.Collection}', a mapping of its {type.Key.Words}";

    public override IEnumerable<ReferencePath> ReferencePaths(TypeShape type, ReferenceWalk walk)
    {
        // A lookup finds its target by key; a target without one has an error of its own and gets no lookup.
        if (type.TargetHasId) yield return new ReferencePath(walk.Path, type.Collection!, walk.Reached);
    }

    public override bool Bind(DataNode node, TypeShape type, string key, IBindScope scope)
    {
        var target = type.Key;
        if (target.IsId)
        {
            if (node.Kind != DataNodeKind.Scalar) return scope.WrongType(node, type, key, "Write the id of the record, e.g. 'marco-rubio'.");
            return scope.BindReference(node, type, node.Value ?? string.Empty);
        }
        if (!type.TargetHasId) return false;
        if (target.Fields.Count == 1)
        {
            var field = target.Fields[0];
            return field.Type.Kind.KeyText(node, field.Type) is { } text
                ? scope.BindReference(node, type, text)
                : scope.WrongType(node, type, key, "Write the " + scope.KeyOf(field) + " of the record: " + field.Type.Expectation + ".");
        }
        // The fields are spelled in the file's key naming, as its records' own keys are.
        if (node.Kind != DataNodeKind.Mapping || node.Entries.Length != target.Fields.Count)
            return scope.WrongType(node, type, key, "Write the key as a mapping of its fields: {" + string.Join(", ", target.Fields.Items.Select(f => scope.KeyOf(f) + ": ...")) + "}.");
        var parts = new List<string>();
        foreach (var field in target.Fields)
        {
            if (node.Get(scope.KeyOf(field)) is not { } part || field.Type.Kind.KeyText(part, field.Type) is not { } text)
                return scope.WrongType(node, type, key, "Write the key as a mapping of its fields: {" + string.Join(", ", target.Fields.Items.Select(f => scope.KeyOf(f) + ": ...")) + "}, each " + field.Type.Expectation + ".");
            parts.Add(text);
        }
        return scope.BindReference(node, type, string.Join(KeyShape.Separator.ToString(), parts));
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => scope.Records(type.Collection!) + "[reader.Reference()]";

    public override bool MayBeNull(TypeShape type) => true;

    public override string WriteJson(TypeShape type, string value, IJsonScope scope)
    {
        if (!type.TargetHasId) return "throw new global::System.NotSupportedException(\"" + type.DisplayName + " cannot be written.\");";
        var target = type.Key;
        if (target.IsId) return "WriteText(writer, " + value + ".Id);";
        if (target.Fields.Count == 1) return scope.Write(target.Fields[0].Type, value + "." + CSharpNames.Identifier(target.Fields[0].Parameter));
        return "{ writer.WriteStartObject(); "
            + string.Concat(target.Fields.Items.Select(f => "writer.WritePropertyName(" + CSharpNames.StringLiteral(f.Key) + "); " + scope.Write(f.Type, value + "." + CSharpNames.Identifier(f.Parameter)) + " "))
            + "writer.WriteEndObject(); }";
    }

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope)
    {
        string collection = scope.CollectionIndex(type.Collection!).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "Reference<" + type.TypeName + ">(" + collection + ", " + KeyOf(type.Key, element, path, scope) + ", " + path + ")";
    }

    /// <summary>The canonical text of a reference's key, read from <paramref name="element"/>.</summary>
    private static string KeyOf(KeyShape key, string element, string path, IJsonScope scope)
    {
        if (key.IsId) return scope.Helper("ReadString", element, path);
        if (key.Fields.Count == 1) return key.Fields[0].Type.Kind.KeyTextCode(key.Fields[0].Type, scope.Read(key.Fields[0].Type, element, path));
        string fields = scope.Helper("KeyObject", new[] { element, path }.Concat(key.Fields.Items.Select(f => CSharpNames.StringLiteral(f.Key))).ToArray());
        var parts = key.Fields.Items.Select(f => f.Type.Kind.KeyTextCode(f.Type,
            scope.Read(f.Type, scope.Helper("Field", fields, path, CSharpNames.StringLiteral(f.Key)), path + " + " + CSharpNames.StringLiteral("." + f.Key))));
        return "string.Concat(new string[] { " + string.Join(", \"\\u001f\", ", parts) + " })";
    }

    public override JsonText Schema(TypeShape type, ISchemaScope scope) => scope.Ref(scope.Reference(type.Collection ?? string.Empty, type));

    public override PackageField PackageField(TypeShape type)
        => type.Key.IsId || type.Key.Fields.Count == 1
            ? new("string", PackageCell.Text, Description: "The " + type.Key.Words + " of a record in '" + type.Collection + "'.", References: type.Collection)
            : new("object", PackageCell.Json, Description: "The key of a record in '" + type.Collection + "': its " + type.Key.Words + ".");

    public override bool JoinsInLists => true;

    public override string Print(TypeShape type, string value) => type.TargetHasId ? "(" + value + " is { } __ref ? " + KeyPrinted(type, "__ref") + " : null)" : base.Print(type, value);

    // The local is known not to be null here, so a reference prints its key directly.
    public override string PrintKnownNotNull(TypeShape type, string local) => type.TargetHasId ? KeyPrinted(type, local) : base.Print(type, local);

    /// <summary>How a reference prints: its id, its key field as that field prints, or its key fields joined with '/'.</summary>
    private static string KeyPrinted(TypeShape type, string record)
    {
        var key = type.Key;
        if (key.IsId) return record + ".Id";
        var parts = key.Fields.Items.Select(f => f.Type.Kind.Print(f.Type, record + "." + CSharpNames.Identifier(f.Parameter))).ToList();
        return parts.Count == 1 ? parts[0] : "string.Join(\"/\", new string?[] { " + string.Join(", ", parts) + " })";
    }

    public override string Equal(TypeShape type, string comparedType, string left, string right, string suffix, IMembersScope scope)
        => type.TargetHasId
            ? "string.Equals(" + KeyOf(type, left, "__l" + suffix) + ", " + KeyOf(type, right, "__r" + suffix) + ", global::System.StringComparison.Ordinal)"
            : base.Equal(type, comparedType, left, right, suffix, scope);

    public override string Hash(TypeShape type, string access, string suffix)
        => type.TargetHasId
            ? "(" + KeyOf(type, access, "__id" + suffix) + " is { } __key" + suffix + " ? global::System.StringComparer.Ordinal.GetHashCode(__key" + suffix + ") : 0)"
            : base.Hash(type, access, suffix);

    // "x is { } r ? <key of r> : null" reads the key of a class or struct reference, nullable or not. Pattern
    // variables of an if condition share the method's scope, so each gets a unique name.
    private static string KeyOf(TypeShape type, string value, string variable)
        => "(" + value + " is { } " + variable + " ? " + KeyCode.OfRecord(type.Key, variable) + " : null)";
}
