using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SeedData.Generator.Model;

/// <summary>A character span with its 0-based line and column bounds, kept as plain data.</summary>
internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public TextSpan ToTextSpan() => new(Start, Length);

    public LinePositionSpan ToLinePositionSpan()
        => new(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn));
}

/// <summary>
/// Where a diagnostic points: a file path and a span. Plain data, so that models holding it stay equatable
/// and hold no <see cref="Location"/> (which would pin a syntax tree).
/// </summary>
internal sealed record SourceLocation(string FilePath, SourceSpan Span)
{
    /// <summary>
    /// A location in <paramref name="tree"/> where the span lies in it: the compiler applies that tree's pragmas,
    /// [SuppressMessage] attributes and .editorconfig severities to a diagnostic only there. Else (a data file, or no
    /// tree) a location by path, which the compiler prints the same way.
    /// </summary>
    public Location ToLocation(SyntaxTree? tree = null)
        => tree is not null && Span.Start + Span.Length <= tree.Length
            ? Location.Create(tree, Span.ToTextSpan())
            : Location.Create(FilePath, Span.ToTextSpan(), Span.ToLinePositionSpan());

    /// <summary>The place as MSBuild prints it, <c>path(line,col)</c> with 1-based numbers, for messages that name another place.</summary>
    public string Display => FilePath + "(" + (Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ","
        + (Span.StartColumn + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    public static SourceLocation? From(Location? location)
    {
        if (location is null || location.SourceTree is null) return null;
        LinePositionSpan lines = location.GetLineSpan().Span;
        TextSpan span = location.SourceSpan;
        return new SourceLocation(
            location.SourceTree.FilePath,
            new SourceSpan(span.Start, span.Length, lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character));
    }
}
