using System.Globalization;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary>
/// <c>decimal</c>: a plain number held exactly (up to 28 digits after the point, 29 in all: none is rounded away). The
/// image keeps its scale, so <c>2.50</c> stays <c>2.50</c>.
/// </summary>
internal sealed class DecimalKind : ScalarKind
{
    public override string Name => "decimal";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.SpecialType == SpecialType.System_Decimal ? TypeShape.Simple(this, scope.TypeName(type), "decimal") : null;

    public override string Expectation(TypeShape type) => "a number (decimal)";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Decimal(text, plain, out decimal value);
        if (check == ScalarCheck.Ok) image.WriteDecimal(value);
        return Checked(check, plain ? "Write a number such as 1.5." : Unquote, "it does not fit in a decimal (about ±7.9e28, 28 digits after the point, 29 in all).");
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (value is not decimal number) return false;
        image.WriteDecimal(number);
        return true;
    }

    public override string? ConstantJson(object value, TypeShape type) => value is decimal number ? number.ToString(CultureInfo.InvariantCulture) : null;

    public override string ReadImage(TypeShape type, IStoreScope scope) => "reader.Decimal()";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteNumberValue(" + value + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => Checked(scope, "ReadDecimal", type, element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "number")
            .Set("minimum", new JsonText.Raw(decimal.MinValue.ToString(CultureInfo.InvariantCulture)))
            .Set("maximum", new JsonText.Raw(decimal.MaxValue.ToString(CultureInfo.InvariantCulture)));

    public override PackageField PackageField(TypeShape type) => new("number", PackageCell.Text);

    public override string? Text(TypeShape type, string value) => value + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)";

    public override bool IsOrdered => true;

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Decimal(text, plain, out decimal value) == ScalarCheck.Ok ? OrderValue.Of(value) : null;
}
