using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>Reads the [SeedDataset] class symbol into a <see cref="DatasetTarget"/>.</summary>
internal static class DatasetTargetReader
{
    public const string SeedDatasetAttributeName = "SeedData.SeedDatasetAttribute";

    public static DatasetTarget Read(INamedTypeSymbol type)
    {
        var problems = new List<string>();
        if (!type.IsStatic) problems.Add("it must be static");
        if (!type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword)))
            problems.Add("it must be partial");
        if (type.ContainingType is not null) problems.Add("it must not be nested in another type");
        if (type.IsGenericType) problems.Add("it must not be generic");

        var location = SourceLocation.From(type.Locations.FirstOrDefault());
        var diagnostics = new List<DiagnosticInfo>();
        if (problems.Count > 0) diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDataset, location, type.Name, string.Join(", ", problems)));
        var naming = KeyNamingOf(type, diagnostics);

        return new DatasetTarget(
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            type.Name,
            type.DeclaredAccessibility == Accessibility.Public,
            type.GetMembers("Version").Any(m => m.IsStatic && m switch
            {
                IPropertySymbol property => property.Type.SpecialType == SpecialType.System_String,
                IFieldSymbol field => field.Type.SpecialType == SpecialType.System_String,
                _ => false,
            }),
            problems.Count == 0,
            location,
            diagnostics.ToEquatableArray(),
            naming);
    }

    /// <summary>The dataset's key naming; an unknown spelling is reported at the attribute, and camelCase is used.</summary>
    private static KeyNaming KeyNamingOf(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == SeedDatasetAttributeName);
        foreach (var argument in attribute?.NamedArguments ?? System.Collections.Immutable.ImmutableArray<KeyValuePair<string, TypedConstant>>.Empty)
        {
            if (argument.Key != "KeyNaming" || argument.Value.Value is not string text) continue;
            if (KeyNamings.TryParse(text, out var naming)) return naming;
            var place = SourceLocation.From(attribute!.ApplicationSyntaxReference?.GetSyntax().GetLocation()) ?? SourceLocation.From(type.Locations.FirstOrDefault());
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKeyNaming, place, text, "[SeedDataset(KeyNaming = ...)] of '" + type.Name + "'"));
        }
        return KeyNaming.CamelCase;
    }
}
