using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary>
/// <c>DateTime</c>: <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c>, with <c>Z</c> for a UTC time (<c>DateTimeKind.Utc</c>) or
/// nothing for a time in no stated zone (<c>DateTimeKind.Unspecified</c>). An offset is refused: a DateTime cannot
/// keep it (declare <c>DateTimeOffset</c>). The image holds the ticks and the kind; a local time (which data cannot
/// give) is written to JSON as UTC.
/// </summary>
internal sealed class DateTimeKind : ScalarKind
{
    public override string Name => "date-time";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.SpecialType == SpecialType.System_DateTime ? TypeShape.Simple(this, scope.TypeName(type), "DateTime") : null;

    public override string Expectation(TypeShape type) => "a date and time written yyyy-MM-ddTHH:mm:ss, with Z for UTC";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Moment(text, out long ticks, out int? offset, out bool utc);
        if (check == ScalarCheck.Ok && offset is not null && !utc)
            return ScalarResult.WrongType("A DateTime keeps no offset: write Z for UTC, or no zone, or declare the parameter as DateTimeOffset.");
        if (check == ScalarCheck.Ok)
        {
            image.WriteVarint((ulong)ticks);
            image.WriteFlag(utc);
        }
        return Checked(check, "Write the date and time as 2025-11-25T14:30:00, or 2025-11-25T14:30:00Z for UTC.", "there is no such date and time.");
    }

    public override string ReadImage(TypeShape type, IStoreScope scope)
        => "new global::System.DateTime(unchecked((long)reader.Varint()), reader.Flag() ? global::System.DateTimeKind.Utc : global::System.DateTimeKind.Unspecified)";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteStringValue(" + Print(type, value) + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => Checked(scope, "ReadDateTime", type, element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "string").Set("pattern", TemporalPatterns.Whole(TemporalPatterns.Date + "T" + TemporalPatterns.Clock + "Z?"));

    // As data writes it: Z for UTC (a local time as its UTC), nothing for an unspecified zone.
    public override string Print(TypeShape type, string value)
        => "(" + value + ".Kind == global::System.DateTimeKind.Unspecified ? " + value + ".ToString(\"yyyy-MM-dd'T'HH:mm:ss.FFFFFFF\", global::System.Globalization.CultureInfo.InvariantCulture) : "
            + value + ".ToUniversalTime().ToString(\"yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'\", global::System.Globalization.CultureInfo.InvariantCulture))";

    public override PackageField PackageField(TypeShape type) => new("datetime", PackageCell.Text, "any");

    public override string? Text(TypeShape type, string value) => Print(type, value);

    public override bool IsOrdered => true;

    // A DateTime compares by its ticks, whatever its kind, as DateTime.CompareTo does.
    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Moment(text, out long ticks, out int? offset, out bool utc) == ScalarCheck.Ok && (offset is null || utc) ? OrderValue.Of(ticks) : null;
}
