using System;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;

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
        if (!ScalarText.IsDate(text)) return ScalarResult.WrongType("Write the date as yyyy-MM-dd, e.g. 2025-11-25.");
        int year = ScalarText.Digits(text, 0, 4), month = ScalarText.Digits(text, 5, 2), day = ScalarText.Digits(text, 8, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return ScalarResult.OutOfRange("there is no such day in the calendar.");
        // DateOnly.DayNumber: days since 0001-01-01.
        image.WriteVarint((ulong)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay));
        return ScalarResult.Ok;
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => "reader.Date()";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope)
        => "writer.WriteStringValue(" + value + ".ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture));";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => scope.Helper("ReadDate", element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "string").Set("format", "date").Set("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    public override string Print(TypeShape type, string value) => value + ".ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture)";
}
