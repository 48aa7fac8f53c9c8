using System.Globalization;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary>
/// A whole number of one width (<c>byte</c> to <c>ulong</c>): a plain number that is whole however it is written
/// (<c>42</c>, <c>4.2e1</c>, <c>42.0</c>) and within the type's range, counted exactly (<c>0.1e-30</c> is not whole).
/// The image holds it as a zigzag varint (a <c>ulong</c> as a plain varint). One type serves every width; each width
/// is its own instance in <see cref="ValueKinds"/>.
/// </summary>
internal sealed class IntegerKind : ScalarKind
{
    private readonly SpecialType _type;
    private readonly string _keyword;
    private readonly string _noun;
    private readonly decimal _min;
    private readonly decimal _max;
    private readonly string _wider;

    /// <param name="noun">The type with its article, for messages: "an int".</param>
    /// <param name="wider">The type to suggest when a value is out of range.</param>
    public IntegerKind(string name, SpecialType type, string keyword, string noun, decimal min, decimal max, string wider)
    {
        Name = name;
        _type = type;
        _keyword = keyword;
        _noun = noun;
        _min = min;
        _max = max;
        _wider = wider;
    }

    public override string Name { get; }

    private bool Unsigned64 => _type == SpecialType.System_UInt64;

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.SpecialType == _type ? TypeShape.Simple(this, scope.TypeName(type), _keyword) : null;

    public override string Expectation(TypeShape type) => "a whole number (" + _keyword + ")";

    private string Range => _noun + " holds " + _min.ToString(CultureInfo.InvariantCulture) + " to " + _max.ToString(CultureInfo.InvariantCulture)
        + ". Use a smaller number or declare the parameter as " + _wider + ".";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Whole(text, plain, _min, _max, out decimal whole);
        if (check == ScalarCheck.Ok) Write(whole, image);
        return Checked(check, plain ? "Write a whole number such as 42." : Unquote, Range);
    }

    private void Write(decimal value, ImageWriter image)
    {
        if (Unsigned64) image.WriteVarint((ulong)value);
        else image.WriteZigZag((long)value);
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (!Constants.IsIntegral(value)) return false;
        Write(System.Convert.ToDecimal(value, CultureInfo.InvariantCulture), image);
        return true;
    }

    public override string? ConstantJson(object value, TypeShape type)
        => Constants.IsIntegral(value) ? System.Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : null;

    public override string ReadImage(TypeShape type, IStoreScope scope) => _type switch
    {
        SpecialType.System_Int64 => "reader.Int64()",
        SpecialType.System_Int32 => "reader.Int32()",
        SpecialType.System_UInt64 => "reader.Varint()",
        _ => "unchecked((" + _keyword + ")reader.Int64())",
    };

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteNumberValue(" + value + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope)
        => "(" + _keyword + ")" + Checked(scope, "ReadWhole", type, element, path, Literal(_min), Literal(_max));

    private static string Literal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "integer")
            .Set("minimum", new JsonText.Raw(_min.ToString(CultureInfo.InvariantCulture)))
            .Set("maximum", new JsonText.Raw(_max.ToString(CultureInfo.InvariantCulture)));

    public override PackageField PackageField(TypeShape type) => new("integer", PackageCell.Text);

    public override string? Text(TypeShape type, string value) => value + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)";

    public override bool IsKeyKind => true;

    protected override string? KeyText(string text, bool plain, TypeShape type)
        => ScalarRules.Whole(text, plain, _min, _max, out decimal whole) == ScalarCheck.Ok ? whole.ToString(CultureInfo.InvariantCulture) : null;

    public override string KeyTextCode(TypeShape type, string value) => "(" + value + ").ToString(global::System.Globalization.CultureInfo.InvariantCulture)";

    public override bool IsOrdered => true;

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Whole(text, plain, _min, _max, out decimal whole) == ScalarCheck.Ok ? OrderValue.Of(whole) : null;
}
