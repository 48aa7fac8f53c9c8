using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary><c>TimeOnly</c>: <c>HH:mm[:ss[.fffffff]]</c>, a time of day from 00:00 to 23:59:59.9999999; the image holds its ticks.</summary>
internal sealed class TimeOnlyKind : ScalarKind
{
    public override string Name => "time-only";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.OriginalDefinition.ToDisplayString() == "System.TimeOnly" ? TypeShape.Simple(this, scope.TypeName(type), "TimeOnly") : null;

    public override string Expectation(TypeShape type) => "a time of day written HH:mm or HH:mm:ss";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Time(text, out long ticks);
        if (check == ScalarCheck.Ok) image.WriteVarint((ulong)ticks);
        return Checked(check, "Write the time as HH:mm or HH:mm:ss, e.g. 09:30 or 17:45:10.",
            "a time of day runs from 00:00 to 23:59:59.9999999.");
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => "new global::System.TimeOnly(unchecked((long)reader.Varint()))";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteStringValue(" + Print(type, value) + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope)
        => "new global::System.TimeOnly(" + Checked(scope, "ReadTimeTicks", type, element, path) + ")";

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "string").Set("pattern", TemporalPatterns.Whole(TemporalPatterns.Clock));

    public override string Print(TypeShape type, string value) => value + ".ToString(\"HH:mm:ss.FFFFFFF\", global::System.Globalization.CultureInfo.InvariantCulture)";

    public override PackageField PackageField(TypeShape type) => new("time", PackageCell.Text, "any");

    public override string? Text(TypeShape type, string value) => Print(type, value);

    public override bool IsOrdered => true;

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Time(text, out long ticks) == ScalarCheck.Ok ? OrderValue.Of(ticks) : null;
}
