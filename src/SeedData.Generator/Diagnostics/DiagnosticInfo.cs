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

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(
            DiagnosticDescriptors.Get(Id),
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            AdditionalLocations.Select(l => l.ToLocation()),
            Arguments.Cast<object>().ToArray());
}
