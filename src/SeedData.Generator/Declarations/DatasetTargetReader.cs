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

        // The snapshot type and the dataset object's are generated beside the class, in its namespace: a type of the
        // project there may have one of their names.
        var snapshotTaken = Taken(type, type.Name + "Snapshot", "the snapshot type of '" + type.Name + "' (its JSON read and write)",
            $"Until then '{type.Name}' has no ToSnapshot, WriteJson or ReadJson.", location, diagnostics);
        var instanceTaken = Taken(type, type.Name + "Instance", "the dataset object of '" + type.Name + "' (Embedded, Load and With)",
            $"Until then that object is named '{type.Name}DatasetInstance'.", location, diagnostics);
        var members = type.GetMembers()
            .Where(m => !m.IsImplicitlyDeclared && m.CanBeReferencedByName)
            .Select(m => new DeclaredMember(m.Name, SourceLocation.From(m.Locations.FirstOrDefault()), m is INamedTypeSymbol { TypeKind: TypeKind.Class } nested
                && nested.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword))))
            .ToEquatableArray();
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
            HasSnapshot: !snapshotTaken,
            Members: members,
            InstanceNameTaken: instanceTaken,
            KeyNaming: naming);
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

    /// <summary>Whether a type of the dataset class's namespace has <paramref name="name"/>, which the generated <paramref name="what"/> needs: SD0070 at it.</summary>
    private static bool Taken(INamedTypeSymbol type, string name, string what, string until, SourceLocation? location, List<DiagnosticInfo> diagnostics)
    {
        var taken = type.ContainingNamespace.GetTypeMembers(name).FirstOrDefault(t => t.Arity == 0);
        if (taken is null) return false;
        var place = SourceLocation.From(taken.Locations.FirstOrDefault(l => l.IsInSource));
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratedNameTaken, place ?? location, name, what,
            place is null ? $"a type of a referenced assembly in the namespace of '{type.Name}'" : $"the {Kind(taken)} '{taken.Name}'",
            $"Rename the {Kind(taken)}, or the dataset class. " + until));
        return true;
    }

    private static string Kind(INamedTypeSymbol type) => type.IsRecord ? "record" : type.TypeKind.ToString().ToLowerInvariant();
}
