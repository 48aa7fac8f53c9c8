using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>
/// Reads the [SeedIndex] attributes of a [SeedRecord] type and of the inline records it holds (not through lists: an
/// index value is one per record) into its <see cref="IndexShape"/>s. An unnamed attribute is an index of its own,
/// named after its path (<c>Category</c>, <c>SizeWidthMm</c>); attributes with one name are the parts of one
/// composite index, in their order.
/// </summary>
internal static class IndexReader
{
    public const string SeedIndexAttributeName = "SeedData.SeedIndexAttribute";

    // StringComparison.Ordinal and OrdinalIgnoreCase: the only comparisons that order text the same on every machine.
    private const int Ordinal = 4;
    private const int OrdinalIgnoreCase = 5;

    private sealed record Part(string Group, int Order, bool Unique, bool IgnoreCase, IndexPart Shape, Location? Where);

    public static EquatableArray<IndexShape> Read(INamedTypeSymbol type, RecordShape shape, IReadOnlyDictionary<string, RecordShape> nested, List<DiagnosticInfo> diagnostics)
    {
        var parts = new List<Part>();
        Walk(type, shape, nested, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, parts, diagnostics, type.Name, depth: 0);
        var indexes = new List<IndexShape>();
        foreach (var group in parts.GroupBy(p => p.Group, System.StringComparer.Ordinal).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(p => p.Order).ToList();
            var repeated = ordered.GroupBy(p => p.Order).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CompositeIndexPartTwice, SourceLocation.From(repeated.Last().Where), type.Name, group.Key,
                    repeated.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }
            indexes.Add(new IndexShape(group.Key, ordered.Select(p => p.Shape).ToEquatableArray(), ordered.Any(p => p.Unique), ordered.Any(p => p.IgnoreCase)));
        }
        return indexes.ToEquatableArray();
    }

    private static void Walk(INamedTypeSymbol type, RecordShape shape, IReadOnlyDictionary<string, RecordShape> nested, ImmutableArray<string> path, ImmutableArray<string> keys,
        List<Part> parts, List<DiagnosticInfo> diagnostics, string owner, int depth)
    {
        var constructor = type.InstanceConstructors
            .Where(c => !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
        if (constructor is null) return;
        foreach (var parameter in constructor.Parameters)
        {
            var declared = shape.Parameters.Items.FirstOrDefault(p => p.Name == parameter.Name);
            if (declared is null) continue;
            var here = path.Add(parameter.Name);
            var hereKeys = keys.Add(declared.Key);
            foreach (var attribute in parameter.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == SeedIndexAttributeName))
            {
                var where = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? parameter.Locations.FirstOrDefault();
                if (!declared.Type.Kind.Orders(declared.Type))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IndexOfUnorderedKind, SourceLocation.From(where), parameter.Name, owner, declared.Type.DisplayName));
                    continue;
                }
                int comparison = Named(attribute, "Comparison") is int value ? value : Ordinal;
                if (comparison is not (Ordinal or OrdinalIgnoreCase))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CultureComparison, SourceLocation.From(where), parameter.Name, owner,
                        ((System.StringComparison)comparison).ToString()));
                    continue;
                }
                string name = attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string given && given.Length > 0
                    ? given : string.Concat(here);
                int order = attribute.ConstructorArguments.Length > 1 && attribute.ConstructorArguments[1].Value is int position ? position : 0;
                var part = new IndexPart(string.Concat(here), here.ToEquatableArray(), hereKeys.ToEquatableArray(), declared.Type);
                parts.Add(new Part(name, order, Named(attribute, "Unique") is true, comparison == OrdinalIgnoreCase, part, where));
            }
            // Into an inline record held once (not in a list, not nullable, not optional: its values are the record's own).
            if (depth < 4 && declared.Type.Element is null && !declared.IsOptional && nested.TryGetValue(declared.Type.TypeName, out var inline)
                && parameter.Type is INamedTypeSymbol inlineType)
            {
                Walk(inlineType, inline, nested, here, hereKeys, parts, diagnostics, owner, depth + 1);
            }
        }
    }

    private static object? Named(AttributeData attribute, string name)
        => attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;
}
