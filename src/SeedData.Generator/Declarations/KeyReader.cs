using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SeedData.Generator.Declarations;

/// <summary>Finds the [SeedKey] parameters of a record type, from its symbol: the record's own shape and the references to it both ask.</summary>
internal static class KeyReader
{
    public const string SeedKeyAttributeName = "SeedData.SeedKeyAttribute";

    /// <summary>
    /// The [SeedKey] parameters of the positional constructor, in key order: by the attribute's order, then by
    /// declaration. Empty for a record keyed by its <c>string Id</c>.
    /// </summary>
    public static IReadOnlyList<IParameterSymbol> KeyParameters(INamedTypeSymbol type)
    {
        var constructor = type.InstanceConstructors
            .Where(c => !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
        if (constructor is null) return System.Array.Empty<IParameterSymbol>();
        return constructor.Parameters
            .Select((p, i) => (Parameter: p, Index: i, Attribute: KeyAttribute(p)))
            .Where(p => p.Attribute is not null)
            .OrderBy(p => OrderOf(p.Attribute!)).ThenBy(p => p.Index)
            .Select(p => p.Parameter)
            .ToList();
    }

    public static AttributeData? KeyAttribute(IParameterSymbol parameter)
        => parameter.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == SeedKeyAttributeName);

    private static int OrderOf(AttributeData attribute)
        => attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int order ? order : 0;
}
