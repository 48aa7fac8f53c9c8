using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary>
/// <c>char</c>: text of one UTF-16 code unit. A digit is written quoted (<c>'5'</c>), as a plain <c>5</c> is a number
/// to JSON and to editors. The image holds the code unit.
/// </summary>
internal sealed class CharKind : ScalarKind
{
    public override string Name => "char";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.SpecialType == SpecialType.System_Char ? TypeShape.Simple(this, scope.TypeName(type), "char") : null;

    public override string Expectation(TypeShape type) => "one character";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Char(text, plain);
        if (check == ScalarCheck.Ok) image.WriteVarint(text[0]);
        return Checked(check, text.Length == 1 ? "Write a digit in quotes: '" + text + "'." : "Write exactly one character.", string.Empty);
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (value is not char c) return false;
        image.WriteVarint(c);
        return true;
    }

    public override string? ConstantJson(object value, TypeShape type) => value is char c ? JsonText.Quote(c.ToString()) : null;

    public override string ReadImage(TypeShape type, IStoreScope scope) => "unchecked((char)reader.Varint())";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "WriteText(writer, " + value + ".ToString());";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => Checked(scope, "ReadChar", type, element, path);

    // One UTF-16 code unit, as .NET's regex counts (a pattern's '.' in JSON Schema validators that run on UTF-16).
    public override JsonText Schema(TypeShape type, ISchemaScope scope) => JsonText.Object().Set("type", "string").Set("pattern", "^[\\s\\S]$");

    public override string? Text(TypeShape type, string value) => value + ".ToString()";

    public override bool IsKeyKind => true;

    protected override string? KeyText(string text, bool plain, TypeShape type) => ScalarRules.Char(text, plain) == ScalarCheck.Ok ? text : null;

    public override string KeyTextCode(TypeShape type, string value) => "(" + value + ").ToString()";

    public override bool IsOrdered => true;

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Char(text, plain) == ScalarCheck.Ok ? OrderValue.Of(text[0]) : null;
}
