namespace SeedData.Generator.Kinds;

/// <summary>
/// The JSON Schema patterns of the temporal kinds' spellings (ECMA-262, as editors and validators run them), made of
/// the same parts as <c>ScalarRules</c>: a date whose day exists in its month (29 February in every year), a clock
/// time within a day, an offset up to ±14:00.
/// </summary>
internal static class TemporalPatterns
{
    public const string Date = "(?!0000)[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))";

    public const string Clock = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,7})?)?";

    public const string ClockWithSeconds = "(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,7})?";

    public const string Offset = "(?:Z|[-+](?:0[0-9]|1[0-3]):[0-5][0-9]|[-+]14:00)";

    public static string Whole(string pattern) => "^" + pattern + "$";
}
