using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedData.Generator.Binding;

/// <summary>
/// A data file's item metadata from the project file, as written there: <c>Collection</c> (the one collection the file
/// holds, whole) and <c>KeyNaming</c> (how it spells keys). The binder reads and checks them, so a wrong value is
/// reported like any mistake in the file.
/// </summary>
/// <param name="Collection">Null or empty: a file of collection names (a CSV or TSV file: the one its name says).</param>
/// <param name="KeyNaming">Null or empty: the dataset's naming.</param>
internal sealed record DataFileOptions(string? Collection = null, string? KeyNaming = null)
{
    public static readonly DataFileOptions None = new();

    private const string Prefix = "build_metadata.AdditionalFiles.";

    /// <summary>The options of a SeedData file; null for an additional file that is not one.</summary>
    public static DataFileOptions? Read(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(Prefix + "SeedDataFile", out string? flag)
            || !string.Equals(flag?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase)) return null;
        string? collection = Value(options, "Collection"), naming = Value(options, "KeyNaming");
        return collection is null && naming is null ? None : new DataFileOptions(collection, naming);
    }

    // MSBuild passes metadata that is not set as an empty value.
    private static string? Value(AnalyzerConfigOptions options, string name)
        => options.TryGetValue(Prefix + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
