using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;

namespace SeedData.Generator.Kinds;

/// <summary>
/// <c>DateTimeOffset</c>: <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> and an offset, <c>Z</c> or <c>+hh:mm</c>, which is
/// required; the image holds the clock ticks and the offset in minutes.
/// </summary>
internal sealed class DateTimeOffsetKind : ScalarKind
{
    private static readonly Regex Moment = new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[-+][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant);

    public override string Name => "date-time-offset";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.OriginalDefinition.ToDisplayString() == "System.DateTimeOffset" ? TypeShape.Simple(this, scope.TypeName(type), "DateTimeOffset") : null;

    public override string Expectation(TypeShape type) => "a date and time with an offset, written yyyy-MM-ddTHH:mm:ssZ or with +hh:mm";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        if (!Moment.IsMatch(text)) return ScalarResult.WrongType("Write the date and time with an offset, e.g. 2025-11-25T14:30:00Z or 2025-11-25T14:30:00+02:00.");
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset moment))
            return ScalarResult.OutOfRange("there is no such date and time.");
        image.WriteVarint((ulong)moment.Ticks);
        image.WriteZigZag((long)moment.Offset.TotalMinutes);
        return ScalarResult.Ok;
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => "reader.DateTimeOffset()";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope)
        => "writer.WriteStringValue(" + value + ".ToString(\"yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz\", global::System.Globalization.CultureInfo.InvariantCulture));";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => scope.Helper("ReadDateTimeOffset", element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "string").Set("format", "date-time")
            .Set("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,7})?)?(Z|[-+][0-9]{2}:[0-9]{2})$");

    public override string Print(TypeShape type, string value) => value + ".ToString(\"O\", global::System.Globalization.CultureInfo.InvariantCulture)";
}
