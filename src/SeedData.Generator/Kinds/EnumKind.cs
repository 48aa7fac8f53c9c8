using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Kinds;

/// <summary>An enum: one member, written as the kebab case of its name (<c>UnnamedGroup</c> is <c>unnamed-group</c>).</summary>
internal sealed class EnumKind : ScalarKind, ITextHelperKind
{
    public override string Name => "enum";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
    {
        // A [Flags] enum is FlagsEnumKind's, tried first.
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType || IsFlags(enumType)) return null;
        var fields = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToList();
        scope.DescribeEnum(enumType, fields);
        return new TypeShape(this, scope.TypeName(type), scope.DisplayName(type), null, Members(fields), null);
    }

    internal static bool IsFlags(INamedTypeSymbol type) => type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");

    internal static EquatableArray<EnumMemberShape> Members(IEnumerable<IFieldSymbol> fields)
        => fields.Select(f => new EnumMemberShape(f.Name, Naming.ToKebabCase(f.Name), Constants.Bits(f.ConstantValue!))).ToEquatableArray();

    public override string Expectation(TypeShape type) => $"one of the {type.DisplayName} values";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        foreach (var member in type.EnumMembers)
        {
            if (member.Spelling == text)
            {
                image.WriteZigZag(member.Value);
                return ScalarResult.Ok;
            }
        }
        return ScalarResult.WrongType(string.Empty);
    }

    public override bool Bind(DataNode node, TypeShape type, string key, IBindScope scope)
    {
        if (node.Kind != DataNodeKind.Scalar) return scope.WrongType(node, type, key, string.Empty);
        if (Write(node.Value ?? string.Empty, node.Style == ScalarStyle.Plain, type, scope.Image).Problem == ScalarProblem.None) return true;
        var spellings = new List<string>();
        foreach (var member in type.EnumMembers) spellings.Add(member.Spelling);
        scope.Report(DiagnosticDescriptors.UnknownEnumMember, node, node.Value ?? string.Empty, type.DisplayName,
            Suggestions.List(spellings, shown: 40) + Suggestions.DidYouMean(node.Value ?? string.Empty, spellings));
        return false;
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (!Constants.IsIntegral(value)) return false;
        image.WriteZigZag(Constants.Bits(value!));
        return true;
    }

    public override string? ConstantJson(object value, TypeShape type)
    {
        long bits = Constants.Bits(value);
        var member = type.EnumMembers.Items.FirstOrDefault(m => m.Value == bits);
        return member is null ? null : "\"" + member.Spelling + "\"";
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => "unchecked((" + type.TypeName + ")reader.Int64())";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteStringValue(" + scope.Speller(type) + "(" + value + "));";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => scope.Parser(type) + "(" + element + ", " + path + ")";

    public override JsonText Schema(TypeShape type, ISchemaScope scope) => scope.Ref(scope.Enum(type));

    public void WriteSpeller(SourceWriter writer, string name, TypeShape type)
    {
        writer.Line();
        writer.Line("private static string " + name + "(" + type.TypeName + " value) => value switch");
        writer.Line("{");
        // Aliased members share a value: the first spelling stands for it, as in the data files.
        foreach (var member in type.EnumMembers.Items.GroupBy(m => m.Value).Select(g => g.First()))
        {
            writer.Line("    " + type.TypeName + "." + CSharpNames.Identifier(member.Name) + " => " + CSharpNames.StringLiteral(member.Spelling) + ",");
        }
        writer.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"No " + type.DisplayName + " member has this value.\"),");
        writer.Line("};");
    }

    public void WriteParser(SourceWriter writer, string name, TypeShape type)
    {
        JsonEmitter.OpenParser(writer, name, type);
        writer.Line("return text switch");
        writer.Line("{");
        foreach (var member in type.EnumMembers) writer.Line("    " + CSharpNames.StringLiteral(member.Spelling) + " => " + type.TypeName + "." + CSharpNames.Identifier(member.Name) + ",");
        writer.Line("    _ => throw new global::System.Text.Json.JsonException(path + \": '\" + text + \"' is not one of " + string.Join(", ", type.EnumMembers.Select(m => m.Spelling)).Replace("\"", "\\\"") + ".\", path, null, null),");
        writer.Line("};");
        writer.Close();
    }

    public override PackageField PackageField(TypeShape type) => new("string", PackageCell.Text, Values: type.EnumMembers.Items.Select(m => m.Spelling).ToEquatableArray());

    public override bool JoinsInLists => true;

    public override bool IsKeyKind => true;

    // An enum key's canonical text is its value, so that generated code makes it without a speller.
    protected override string? KeyText(string text, bool plain, TypeShape type)
        => type.EnumMembers.Items.FirstOrDefault(m => m.Spelling == text)?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string KeyTextCode(TypeShape type, string value) => "((long)(" + value + ")).ToString(global::System.Globalization.CultureInfo.InvariantCulture)";

    public override bool IsOrdered => true;

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => type.EnumMembers.Items.FirstOrDefault(m => m.Spelling == text) is { } member ? OrderValue.Of(member.Value) : null;
}
