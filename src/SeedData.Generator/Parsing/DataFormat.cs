namespace SeedData.Generator.Parsing;

internal enum DataFormat
{
    Yaml,
    Json,
}
