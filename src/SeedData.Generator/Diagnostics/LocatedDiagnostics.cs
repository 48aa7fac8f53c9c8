using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SeedData.Generator.Diagnostics;

/// <summary>
/// The build's diagnostics with the C# syntax trees they point into, the last step before they are reported: a
/// diagnostic about a declaration is reported at a location in its syntax tree, not at a file path and span, so that
/// the compiler applies <c>#pragma warning disable</c>, <c>[SuppressMessage]</c> and the tree's .editorconfig
/// severity to it (as the System.Text.Json generator does since dotnet/runtime#92509). Diagnostics about data files
/// point into no tree and keep their path.
/// </summary>
/// <remarks>
/// The one step that holds compiler objects, and only the current compilation's own trees that a diagnostic points
/// into, compared by reference: an edit to any other file, or a clone of the compilation, leaves it equal, so the
/// diagnostics are not reported again; an edit to one of those files replaces it.
/// </remarks>
internal sealed class LocatedDiagnostics : IEquatable<LocatedDiagnostics>
{
    private readonly ImmutableArray<SyntaxTree> _trees;

    private LocatedDiagnostics(Model.EquatableArray<DiagnosticInfo> diagnostics, ImmutableArray<SyntaxTree> trees)
    {
        Diagnostics = diagnostics;
        _trees = trees;
    }

    public Model.EquatableArray<DiagnosticInfo> Diagnostics { get; }

    public static LocatedDiagnostics Locate(Model.EquatableArray<DiagnosticInfo> diagnostics, Compilation compilation)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location is { } location) paths.Add(location.FilePath);
            foreach (var additional in diagnostic.AdditionalLocations) paths.Add(additional.FilePath);
        }
        // Trees without a path (made in memory) cannot be told apart by it, so none is chosen for them.
        paths.Remove(string.Empty);
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        if (paths.Count > 0)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (paths.Remove(tree.FilePath)) trees.Add(tree);
            }
        }
        return new LocatedDiagnostics(diagnostics, trees.ToImmutable());
    }

    public IEnumerable<Diagnostic> ToDiagnostics()
    {
        var byPath = _trees.ToDictionary(t => t.FilePath, StringComparer.Ordinal);
        return Diagnostics.Select(d => d.ToDiagnostic(path => byPath.TryGetValue(path, out var tree) ? tree : null));
    }

    public bool Equals(LocatedDiagnostics? other)
        => other is not null && Diagnostics.Equals(other.Diagnostics) && _trees.SequenceEqual(other._trees, ReferenceEqualityComparer.Instance);

    public override bool Equals(object? obj) => Equals(obj as LocatedDiagnostics);

    public override int GetHashCode() => Diagnostics.GetHashCode();

    private sealed class ReferenceEqualityComparer : IEqualityComparer<SyntaxTree>
    {
        public static readonly ReferenceEqualityComparer Instance = new();
        public bool Equals(SyntaxTree? x, SyntaxTree? y) => ReferenceEquals(x, y);
        public int GetHashCode(SyntaxTree obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
