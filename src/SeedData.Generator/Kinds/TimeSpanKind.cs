using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary>
/// <c>TimeSpan</c>: a duration as .NET's constant format writes it, <c>[-][d.]hh:mm:ss[.fffffff]</c> (<c>01:30:00</c>,
/// <c>2.00:00:00</c>, <c>-00:00:05.5</c>), hours below 24; the image holds its ticks.
/// </summary>
internal sealed class TimeSpanKind : ScalarKind
{
    public override string Name => "time-span";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.OriginalDefinition.ToDisplayString() == "System.TimeSpan" ? TypeShape.Simple(this, scope.TypeName(type), "TimeSpan") : null;

    public override string Expectation(TypeShape type) => "a duration written [-][d.]hh:mm:ss[.fffffff]";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Duration(text, out long ticks);
        if (check == ScalarCheck.Ok) image.WriteZigZag(ticks);
        return Checked(check, "Write the duration as hh:mm:ss or d.hh:mm:ss, e.g. 01:30:00 or 2.00:00:00.",
            "hours run to 23, minutes and seconds to 59, and a TimeSpan to about 10,675,199 days.");
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => "new global::System.TimeSpan(reader.Int64())";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteStringValue(" + Print(type, value) + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => Checked(scope, "ReadDuration", type, element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "string").Set("pattern", TemporalPatterns.Whole("-?(?:[0-9]{1,8}\\.)?" + TemporalPatterns.ClockWithSeconds));

    public override string Print(TypeShape type, string value) => value + ".ToString(\"c\", global::System.Globalization.CultureInfo.InvariantCulture)";

    public override PackageField PackageField(TypeShape type) => new("string", PackageCell.Text, Description: "A duration written [-][d.]hh:mm:ss[.fffffff].");

    public override string? Text(TypeShape type, string value) => Print(type, value);

    public override bool IsOrdered => true;

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Duration(text, out long ticks) == ScalarCheck.Ok ? OrderValue.Of(ticks) : null;
}
