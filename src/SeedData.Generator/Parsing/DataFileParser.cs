using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Parsing;

/// <summary>
/// The parse room: turns the text of one YAML or JSON data file into a <see cref="DataNode"/> tree with exact
/// spans: YAML 1.2 through YamlDotNet (<see cref="YamlReader"/>), JSON strictly by RFC 8259 (<see cref="JsonParser"/>).
/// CSV and TSV files are read by <see cref="CsvReader"/> row by row: what a cell means depends on its column's
/// parameter, so the binder turns rows into records (<c>FileBinder.Tables.cs</c>).
/// </summary>
internal static class DataFileParser
{
    /// <summary>
    /// The most nodes aliases may add to a file. Expansion is counted, not performed, so a
    /// "billion laughs" file fails at the first alias that crosses the bound.
    /// </summary>
    public const int AliasExpansionLimit = 100_000;

    /// <summary>Nesting deeper than this is refused, so a hostile file cannot exhaust the stack.</summary>
    public const int MaxDepth = 64;

    public static DataFormat FormatOf(string path)
        => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? DataFormat.Json
            : path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? DataFormat.Csv
            : path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? DataFormat.Tsv
            : DataFormat.Yaml;

    /// <param name="sink">Takes the items of top-level lists as they are read, instead of the tree; null keeps the whole tree.</param>
    public static ParsedDataFile Parse(string path, SourceText? text, CancellationToken cancellationToken = default, IRecordSink? sink = null)
    {
        DataFormat format = FormatOf(path);
        text ??= SourceText.From(string.Empty);
        var fileLocation = new SourceLocation(path, default);

        if (IsNotUtf8(text))
        {
            return Failed(DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, fileLocation, System.IO.Path.GetFileName(path)));
        }

        var (root, diagnostics) = format == DataFormat.Json
            ? JsonParser.Parse(path, text, sink, cancellationToken)
            : YamlReader.Read(path, text, sink, cancellationToken);

        if (root is null && diagnostics.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, fileLocation, System.IO.Path.GetFileName(path)));
        }

        return new ParsedDataFile(path, format, root, diagnostics);

        ParsedDataFile Failed(DiagnosticInfo diagnostic)
            => new(path, format, null, new[] { diagnostic });
    }

    /// <summary>Whether the file's bytes were not UTF-8 (SD0004).</summary>
    public static bool IsNotUtf8(SourceText text) => SourceTextReader.HasReplacementCharacter(text) || IsLegacyCodePage(text);

    // The compiler decodes additional files as UTF-8 and falls back to a legacy code page when the bytes
    // are not UTF-8; either that fallback or replacement characters mean the file was not UTF-8.
    private static bool IsLegacyCodePage(SourceText text)
        => text.Encoding is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage && encoding.CodePage != Encoding.ASCII.CodePage;
}
