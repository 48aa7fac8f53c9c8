using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary><c>DateOnly</c>: <c>yyyy-MM-dd</c>, a day of the calendar; the image holds its day number.</summary>
internal sealed class DateOnlyKind : ScalarKind
{
    public override string Name => "date-only";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.OriginalDefinition.ToDisplayString() == "System.DateOnly" ? TypeShape.Simple(this, scope.TypeName(type), "DateOnly") : null;

    public override string Expectation(TypeShape type) => "a date written yyyy-MM-dd";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Date(text, out int dayNumber);
        if (check == ScalarCheck.Ok) image.WriteVarint((ulong)dayNumber);
        return Checked(check, "Write the date as yyyy-MM-dd, e.g. 2025-11-25.", "there is no such day in the calendar.");
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => "global::System.DateOnly.FromDayNumber(reader.Count())";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteStringValue(" + Print(type, value) + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope)
        => "global::System.DateOnly.FromDayNumber(" + Checked(scope, "ReadDayNumber", type, element, path) + ")";

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "string").Set("format", "date").Set("pattern", TemporalPatterns.Whole(TemporalPatterns.Date));

    public override string Print(TypeShape type, string value) => value + ".ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture)";

    public override PackageField PackageField(TypeShape type) => new("date", PackageCell.Text);

    public override string? Text(TypeShape type, string value) => Print(type, value);

    public override bool IsKeyKind => true;

    // A valid date has one spelling: its text is canonical.
    protected override string? KeyText(string text, bool plain, TypeShape type) => ScalarRules.Date(text, out _) == ScalarCheck.Ok ? text : null;

    public override string KeyTextCode(TypeShape type, string value) => Print(type, "(" + value + ")");

    public override bool IsOrdered => true;

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Date(text, out int day) == ScalarCheck.Ok ? OrderValue.Of(day) : null;
}
