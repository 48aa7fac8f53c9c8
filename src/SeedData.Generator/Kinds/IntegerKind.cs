using System.Globalization;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;

namespace SeedData.Generator.Kinds;

/// <summary>
/// A whole number of one width: a plain number that is whole however it is written (<c>42</c>, <c>4.2e1</c>,
/// <c>42.0</c>) and within the type's range. One type serves every width; each width is its own instance.
/// </summary>
internal sealed class IntegerKind : ScalarKind
{
    private readonly SpecialType _type;
    private readonly string _keyword;
    private readonly string _noun;
    private readonly long _min;
    private readonly long _max;
    private readonly string _reader;
    private readonly string _wider;

    /// <param name="noun">The type with its article, for messages: "an int".</param>
    /// <param name="wider">The type to suggest when a value is out of range.</param>
    public IntegerKind(string name, SpecialType type, string keyword, string noun, long min, long max, string reader, string wider)
    {
        Name = name;
        _type = type;
        _keyword = keyword;
        _noun = noun;
        _min = min;
        _max = max;
        _reader = reader;
        _wider = wider;
    }

    public override string Name { get; }

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.SpecialType == _type ? TypeShape.Simple(this, scope.TypeName(type), _keyword) : null;

    public override string Expectation(TypeShape type) => "a whole number (" + _keyword + ")";

    private string Range => _noun + " holds " + _min.ToString(CultureInfo.InvariantCulture)
        + " to " + _max.ToString(CultureInfo.InvariantCulture) + ". Use a smaller number or declare the parameter as " + _wider + ".";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        if (!plain) return ScalarResult.WrongType(Unquote);
        if (!ScalarText.TryWholeNumber(text, out long whole, out bool tooLarge))
        {
            return tooLarge ? ScalarResult.OutOfRange(Range) : ScalarResult.WrongType("Write a whole number such as 42.");
        }
        if (whole < _min || whole > _max) return ScalarResult.OutOfRange(Range);
        image.WriteZigZag(whole);
        return ScalarResult.Ok;
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (!ScalarText.IsIntegral(value)) return false;
        image.WriteZigZag(ScalarText.Bits(value!));
        return true;
    }

    public override string? ConstantJson(object value, TypeShape type)
        => ScalarText.IsIntegral(value) && value is not ulong ? System.Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : null;

    public override string ReadImage(TypeShape type, IStoreScope scope) => "reader." + _reader + "()";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteNumberValue(" + value + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => scope.Helper("Read" + _reader, element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "integer").Set("minimum", _min).Set("maximum", _max);
}
