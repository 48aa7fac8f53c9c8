using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary>
/// <c>DateTimeOffset</c>: <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> and an offset, <c>Z</c> or <c>±hh:mm</c> up to 14:00,
/// which is required; the image holds the clock ticks and the offset in minutes.
/// </summary>
internal sealed class DateTimeOffsetKind : ScalarKind
{
    public override string Name => "date-time-offset";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.OriginalDefinition.ToDisplayString() == "System.DateTimeOffset" ? TypeShape.Simple(this, scope.TypeName(type), "DateTimeOffset") : null;

    public override string Expectation(TypeShape type) => "a date and time with an offset, written yyyy-MM-ddTHH:mm:ssZ or with +hh:mm";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Moment(text, out long ticks, out int? offset, out _);
        if (check == ScalarCheck.Ok && offset is null) check = ScalarCheck.WrongType;
        if (check == ScalarCheck.Ok)
        {
            image.WriteVarint((ulong)ticks);
            image.WriteZigZag(offset!.Value);
        }
        return Checked(check, "Write the date and time with an offset, e.g. 2025-11-25T14:30:00Z or 2025-11-25T14:30:00+02:00.",
            "there is no such date and time (the day, the time of day, or the offset, up to ±14:00).");
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => "reader.DateTimeOffset()";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope)
        => "writer.WriteStringValue(" + value + ".ToString(\"yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz\", global::System.Globalization.CultureInfo.InvariantCulture));";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => Checked(scope, "ReadDateTimeOffset", type, element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "string")
            .Set("pattern", TemporalPatterns.Whole(TemporalPatterns.Date + "T" + TemporalPatterns.Clock + TemporalPatterns.Offset));

    public override string Print(TypeShape type, string value) => value + ".ToString(\"O\", global::System.Globalization.CultureInfo.InvariantCulture)";

    public override PackageField PackageField(TypeShape type) => new("datetime", PackageCell.Text, "any");

    public override string? Text(TypeShape type, string value)
        => value + ".ToString(\"yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz\", global::System.Globalization.CultureInfo.InvariantCulture)";

    public override bool IsOrdered => true;

    // A DateTimeOffset compares by its instant (its UTC ticks), as DateTimeOffset.CompareTo does.
    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Moment(text, out long ticks, out int? offset, out _) == ScalarCheck.Ok && offset is { } minutes
            ? OrderValue.Of(ticks - minutes * System.TimeSpan.TicksPerMinute) : null;
}
