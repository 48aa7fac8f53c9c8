using System.Globalization;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary>
/// A binary floating-point number, <c>double</c> or <c>float</c> (one instance each): a plain number, finite, and
/// not a non-zero value that would round to 0. The image keeps the 64 bits of its double value (a float's is exact),
/// so every value, and -0, round-trips.
/// </summary>
internal sealed class RealKind : ScalarKind
{
    private readonly SpecialType _type;
    private readonly string _keyword;
    private readonly bool _single;
    private readonly string _limit;

    public RealKind(string name, SpecialType type, string keyword, bool single, string limit)
    {
        Name = name;
        _type = type;
        _keyword = keyword;
        _single = single;
        _limit = limit;
    }

    public override string Name { get; }

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.SpecialType == _type ? TypeShape.Simple(this, scope.TypeName(type), _keyword) : null;

    public override string Expectation(TypeShape type) => "a number (" + _keyword + ")";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Real(text, plain, _single, out double value);
        if (check == ScalarCheck.Ok) image.WriteDouble(value);
        return Checked(check, plain ? "Write a number such as 1.5." : Unquote,
            "a " + _keyword + " holds numbers from about -" + _limit + " to " + _limit + ", and none this close to 0 but 0 itself.");
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (value is not (double or float)) return false;
        image.WriteDouble(System.Convert.ToDouble(value, CultureInfo.InvariantCulture));
        return true;
    }

    public override string? ConstantJson(object value, TypeShape type)
        => value is double or float && System.Convert.ToDouble(value, CultureInfo.InvariantCulture) is var number && !double.IsNaN(number) && !double.IsInfinity(number)
            ? (value is float single ? single.ToString("R", CultureInfo.InvariantCulture) : number.ToString("R", CultureInfo.InvariantCulture))
            : null;

    public override string ReadImage(TypeShape type, IStoreScope scope) => _single ? "(float)reader.Double()" : "reader.Double()";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteNumberValue(" + value + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope)
        => (_single ? "(float)" : string.Empty) + Checked(scope, "ReadReal", type, element, path, _single ? "true" : "false");

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "number").Set("minimum", new JsonText.Raw("-" + _limit)).Set("maximum", new JsonText.Raw(_limit));

    public override PackageField PackageField(TypeShape type) => new("number", PackageCell.Text);

    public override string? Text(TypeShape type, string value) => value + ".ToString(\"R\", global::System.Globalization.CultureInfo.InvariantCulture)";

    public override bool IsOrdered => true;

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Real(text, plain, _single, out double value) == ScalarCheck.Ok ? OrderValue.OfReal(value) : null;
}
