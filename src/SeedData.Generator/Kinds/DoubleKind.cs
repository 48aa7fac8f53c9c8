using System.Globalization;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;

namespace SeedData.Generator.Kinds;

/// <summary><c>double</c>: a plain number, finite; the image keeps its 64 bits, so every value (and -0) round-trips.</summary>
internal sealed class DoubleKind : ScalarKind
{
    public override string Name => "double";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.SpecialType == SpecialType.System_Double ? TypeShape.Simple(this, scope.TypeName(type), "double") : null;

    public override string Expectation(TypeShape type) => "a number (double)";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        if (!plain || !ScalarText.IsReal(text)) return ScalarResult.WrongType(plain ? "Write a number such as 1.5." : Unquote);
        double d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(d)) return ScalarResult.OutOfRange("it is too large for a double.");
        image.WriteDouble(d);
        return ScalarResult.Ok;
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (value is not double number) return false;
        image.WriteDouble(number);
        return true;
    }

    public override string? ConstantJson(object value, TypeShape type)
        => value is double number && !double.IsNaN(number) && !double.IsInfinity(number) ? number.ToString("R", CultureInfo.InvariantCulture) : null;

    public override string ReadImage(TypeShape type, IStoreScope scope) => "reader.Double()";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteNumberValue(" + value + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => scope.Helper("ReadDouble", element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope) => JsonText.Object().Set("type", "number");
}
