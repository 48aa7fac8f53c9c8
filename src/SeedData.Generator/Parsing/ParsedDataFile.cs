using System.Collections.Generic;
using SeedData.Generator.Diagnostics;

namespace SeedData.Generator.Parsing;

/// <summary>
/// One data file as the parser read it: the syntax tree (null when the file could not be parsed), the file's
/// diagnostics. It is bound in the same step that parses it, and never cached.
/// </summary>
internal sealed class ParsedDataFile(string path, DataFormat format, DataNode? root, IReadOnlyList<DiagnosticInfo> diagnostics)
{
    public string Path { get; } = path;
    public DataFormat Format { get; } = format;
    public DataNode? Root { get; } = root;
    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; } = diagnostics;
}
