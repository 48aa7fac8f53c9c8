namespace SeedData.Generator.Parsing;

internal enum DataFormat
{
    Yaml,
    Json,

    /// <summary>RFC 4180 comma-separated values: one collection's records, a header row naming the keys.</summary>
    Csv,

    /// <summary>IANA text/tab-separated-values: as <see cref="Csv"/>, fields separated by tabs, no quoting.</summary>
    Tsv,
}
