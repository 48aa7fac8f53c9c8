using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emitting;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Kinds;

/// <summary>
/// A <c>[Flags]</c> enum: a list of member spellings (<c>[read, write]</c>), combined; <c>[]</c> is no flag. Written back
/// as its single-bit members in declaration order, then any combined members that cover what is left, largest
/// first. The image holds the combined value.
/// </summary>
internal sealed class FlagsEnumKind : ValueKind, ITextHelperKind
{
    public override string Name => "flags-enum";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType || !EnumKind.IsFlags(enumType)) return null;
        var fields = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToList();
        scope.DescribeEnum(enumType, fields);
        return new TypeShape(this, scope.TypeName(type), scope.DisplayName(type), null, EnumKind.Members(fields), null);
    }

    public override string Expectation(TypeShape type) => $"a list of {type.DisplayName} values";

    public override bool IsWrittenAsList => true;

    public override bool Bind(DataNode node, TypeShape type, string key, IBindScope scope)
    {
        if (node.Kind != DataNodeKind.Sequence) return scope.WrongType(node, type, key, "Write the values as a list, e.g. [" + Example(type) + "].");
        long value = 0;
        bool ok = true;
        foreach (var item in node.Items)
        {
            var member = item.Kind == DataNodeKind.Scalar ? type.EnumMembers.Items.FirstOrDefault(m => m.Spelling == item.Value) : null;
            if (member is not null)
            {
                value |= member.Value;
                continue;
            }
            ok = false;
            if (item.Kind != DataNodeKind.Scalar)
            {
                scope.WrongType(item, type, key, "Each item is one value's spelling, e.g. " + Example(type) + ".");
                continue;
            }
            var spellings = type.EnumMembers.Items.Select(m => m.Spelling).ToList();
            scope.Report(DiagnosticDescriptors.UnknownEnumMember, item, item.Value ?? string.Empty, type.DisplayName,
                Suggestions.List(spellings, shown: 40) + Suggestions.DidYouMean(item.Value ?? string.Empty, spellings));
        }
        if (ok) scope.Image.WriteZigZag(value);
        return ok;
    }

    private static string Example(TypeShape type) => string.Join(", ", type.EnumMembers.Items.Where(m => m.Value != 0).Take(2).Select(m => m.Spelling));

    public override bool WriteConstant(object? value, TypeShape type, Image.ImageWriter image)
    {
        if (!Constants.IsIntegral(value)) return false;
        image.WriteZigZag(Constants.Bits(value!));
        return true;
    }

    public override string? ConstantJson(object value, TypeShape type)
    {
        long rest = Constants.Bits(value);
        var spelled = new List<string>();
        foreach (var member in Spelling(type))
        {
            if ((rest & member.Value) != member.Value) continue;
            spelled.Add("\"" + member.Spelling + "\"");
            rest &= ~member.Value;
        }
        return rest == 0 ? "[" + string.Join(", ", spelled) + "]" : null;
    }

    /// <summary>The members a value is written with, in the order they are tried: single bits in declaration order, then combinations, largest first.</summary>
    private static IEnumerable<EnumMemberShape> Spelling(TypeShape type)
    {
        var distinct = type.EnumMembers.Items.Where(m => m.Value != 0).GroupBy(m => m.Value).Select(g => g.First()).ToList();
        bool SingleBit(EnumMemberShape m) => (m.Value & (m.Value - 1)) == 0;
        return distinct.Where(SingleBit).Concat(distinct.Where(m => !SingleBit(m)).OrderByDescending(m => unchecked((ulong)m.Value)));
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => "unchecked((" + type.TypeName + ")reader.Int64())";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope)
        => "{ writer.WriteStartArray(); foreach (string __flag in " + scope.Speller(type) + "(" + value + ")) writer.WriteStringValue(__flag); writer.WriteEndArray(); }";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => scope.Parser(type) + "(" + element + ", " + path + ")";

    public override JsonText Schema(TypeShape type, ISchemaScope scope) => JsonText.Object().Set("type", "array").Set("items", scope.Ref(scope.Enum(type)));

    public void WriteSpeller(SourceWriter writer, string name, TypeShape type)
    {
        writer.Line();
        writer.Open("private static global::System.Collections.Generic.List<string> " + name + "(" + type.TypeName + " value)");
        writer.Line("var spellings = new global::System.Collections.Generic.List<string>();");
        foreach (var member in Spelling(type))
        {
            string flag = type.TypeName + "." + CSharpNames.Identifier(member.Name);
            writer.Line("if ((value & " + flag + ") == " + flag + ") { spellings.Add(" + CSharpNames.StringLiteral(member.Spelling) + "); value &= ~" + flag + "; }");
        }
        writer.Line("if (value != 0) throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"No " + type.DisplayName + " members make this value.\");");
        writer.Line("return spellings;");
        writer.Close();
    }

    public void WriteParser(SourceWriter writer, string name, TypeShape type)
    {
        writer.Line();
        writer.Open("private static " + type.TypeName + " " + name + "(global::System.Text.Json.JsonElement value, string path)");
        writer.Line("if (value.ValueKind != global::System.Text.Json.JsonValueKind.Array) throw Fail(path, " + CSharpNames.StringLiteral(type.Expectation) + ", value);");
        writer.Line(type.TypeName + " flags = default;");
        writer.Line("int i = 0;");
        writer.Open("foreach (var item in value.EnumerateArray())");
        writer.Line("string at = path + \"[\" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\";");
        writer.Line("string text = ReadString(item, at);");
        writer.Line("flags |= text switch");
        writer.Line("{");
        foreach (var member in type.EnumMembers) writer.Line("    " + CSharpNames.StringLiteral(member.Spelling) + " => " + type.TypeName + "." + CSharpNames.Identifier(member.Name) + ",");
        writer.Line("    _ => throw new global::System.Text.Json.JsonException(at + \": '\" + text + \"' is not one of " + string.Join(", ", type.EnumMembers.Select(m => m.Spelling)).Replace("\"", "\\\"") + ".\", at, null, null),");
        writer.Line("};");
        writer.Line("i++;");
        writer.Close();
        writer.Line("return flags;");
        writer.Close();
    }

    public override PackageField PackageField(TypeShape type)
        => new("string", PackageCell.Join, Description: "Values joined with ';'; empty: none. Each one of: " + string.Join(", ", type.EnumMembers.Items.Select(m => m.Spelling)) + ".");
}
