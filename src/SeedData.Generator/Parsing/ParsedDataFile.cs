using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Parsing;

/// <summary>
/// The output of the per-file parse step: the syntax tree (null when the file could not be parsed), the
/// file's diagnostics and a SHA-256 of its text, all equatable so unchanged files stay cached.
/// </summary>
internal sealed record ParsedDataFile(
    string Path,
    DataFormat Format,
    DataNode? Root,
    string ContentSha256,
    EquatableArray<DiagnosticInfo> Diagnostics);
