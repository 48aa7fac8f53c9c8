using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;

namespace SeedData.Generator.Kinds;

/// <summary><c>string</c>: any scalar, as it is written (a plain <c>42</c> is the text "42").</summary>
internal sealed class StringKind : ScalarKind
{
    public override string Name => "string";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.SpecialType == SpecialType.System_String ? TypeShape.Simple(this, scope.TypeName(type), "string") : null;

    public override string Expectation(TypeShape type) => "text";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        image.WriteString(text);
        return ScalarResult.Ok;
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (value is not string text) return false;
        image.WriteString(text);
        return true;
    }

    public override string? ConstantJson(object value, TypeShape type) => value is string text ? JsonText.Quote(text) : null;

    public override string ReadImage(TypeShape type, IStoreScope scope) => "reader.String()";

    public override bool MayBeNull(TypeShape type) => true;

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "WriteText(writer, " + value + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => scope.Helper("ReadString", element, path);

    // Any scalar is text to the generator: a plain 42 or true is read as "42" or "true".
    public override JsonText Schema(TypeShape type, ISchemaScope scope) => AnyScalar();

    internal static JsonText AnyScalar() => JsonText.Object().Set("type", JsonText.Array().Item("string").Item("number").Item("boolean"));

    // Empty text prints as "", so it differs from a missing value.
    public override string Print(TypeShape type, string value) => "(" + value + " is { Length: 0 } ? \"\\\"\\\"\" : " + value + ")";

    public override string? Text(TypeShape type, string value) => value;

    public override bool IsKeyKind => true;

    public override bool KeyIsText => true;

    protected override string? KeyText(string text, bool plain, TypeShape type) => text;

    public override string KeyTextCode(TypeShape type, string value) => value;

    public override bool IsOrdered => true;

    public override bool IndexedInPlace(TypeShape type) => true;

    // Ordinal, or ordinal ignoring case: the comparisons that order text the same on every machine.
    public override string IndexComparer(TypeShape type, bool ignoreCase) => "global::System.StringComparer." + (ignoreCase ? "OrdinalIgnoreCase" : "Ordinal");

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => OrderValue.OfText(text);
}
