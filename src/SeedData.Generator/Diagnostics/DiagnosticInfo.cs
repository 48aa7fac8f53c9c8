using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Model;

namespace SeedData.Generator.Diagnostics;

/// <summary>
/// A diagnostic kept as plain data inside pipeline models; it becomes a <see cref="Diagnostic"/> only when
/// reported, so models stay equatable and cache well.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    SourceLocation? Location,
    EquatableArray<string> Arguments,
    EquatableArray<SourceLocation> AdditionalLocations)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceLocation? location, params string[] arguments)
        => new(descriptor.Id, location, arguments.ToImmutableArray(), EquatableArray<SourceLocation>.Empty);

    public DiagnosticInfo WithAdditional(SourceLocation location)
        => this with { AdditionalLocations = AdditionalLocations.Items.Add(location) };

    public bool IsError => DiagnosticDescriptors.Get(Id).DefaultSeverity == DiagnosticSeverity.Error;

    /// <param name="treeOf">The compilation's syntax tree of a file path, or null for a file that is none (a data file).</param>
    public Diagnostic ToDiagnostic(System.Func<string, SyntaxTree?> treeOf)
        => Diagnostic.Create(
            DiagnosticDescriptors.Get(Id),
            Location?.ToLocation(treeOf(Location.FilePath)) ?? Microsoft.CodeAnalysis.Location.None,
            AdditionalLocations.Select(l => l.ToLocation(treeOf(l.FilePath))),
            Arguments.Cast<object>().ToArray());
}
