using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>
/// Reads a [SeedRecord] type symbol into a <see cref="DeclaredRecord"/>: the only place symbols are
/// touched. Everything it returns is plain, equatable data.
/// </summary>
internal sealed class RecordShapeReader
{
    public const string SeedRecordAttributeName = "SeedData.SeedRecordAttribute";

    private static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<RecordDocs> _docs = new();
    private readonly Dictionary<string, RecordShape> _nested = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(System.StringComparer.Ordinal);
    private readonly CancellationToken _cancellationToken;
    // True once the [SeedRecord] itself cannot be constructed (SD0040 to SD0043): then it has no parameters to look
    // an Id among, and a missing Id would be a second error for one mistake.
    private bool _shapeRejected;

    private RecordShapeReader(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>Records per collection that get a named member unless [SeedRecord] says otherwise.</summary>
    public const int DefaultNamedMemberLimit = 1000;

    public static DeclaredRecord Read(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        try
        {
            return ReadDeclared(type, cancellationToken);
        }
        catch (System.Exception ex) when (ex is not System.OperationCanceledException)
        {
            var location = SourceLocation.From(type.Locations.FirstOrDefault());
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, "while reading this declaration", ex.GetType().Name, ex.Message);
            var shape = new RecordShape(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), type.Name, null, CollectionOf(type), DefaultNamedMemberLimit,
                EquatableArray<ParameterShape>.Empty, false, type.IsValueType, type.IsSealed, false, false);
            return new DeclaredRecord(shape, EquatableArray<RecordShape>.Empty, ImmutableArray.Create(failure), location, EquatableArray<RecordDocs>.Empty);
        }
    }

    private static DeclaredRecord ReadDeclared(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var reader = new RecordShapeReader(cancellationToken);
        string? collection = CollectionOf(type);
        RecordShape shape = reader.ReadRecord(type, collection ?? string.Empty) with { NamedMemberLimit = NamedMemberLimitOf(type) };
        if (string.IsNullOrWhiteSpace(collection))
        {
            reader.Report(DiagnosticDescriptors.EmptyCollectionName, type, type.Name);
        }
        else if (!reader._shapeRejected && !reader.IdRejected(type) && !shape.Parameters.Any(p => p.Name == "Id" && p.Type.Kind == TypeShapeKind.String))
        {
            reader.Report(DiagnosticDescriptors.RecordWithoutId, type, type.Name);
        }
        return new DeclaredRecord(
            shape,
            reader._nested.Values.OrderBy(s => s.TypeName, System.StringComparer.Ordinal).ToEquatableArray(),
            reader._diagnostics.ToEquatableArray(),
            SourceLocation.From(type.Locations.FirstOrDefault()),
            reader._docs.OrderBy(d => d.TypeName, System.StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>Whether the record has an 'Id' parameter whose type was reported (SD0030): that is its one error.</summary>
    private bool IdRejected(INamedTypeSymbol type)
        => _diagnostics.Any(d => d.Id == DiagnosticDescriptors.UnsupportedParameterType.Id && d.Arguments[0] == "Id" && d.Arguments[1] == type.Name);

    private static AttributeData? SeedRecordAttribute(ITypeSymbol type)
        => type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == SeedRecordAttributeName);

    private static string? CollectionOf(ITypeSymbol type)
        => SeedRecordAttribute(type) is { ConstructorArguments.Length: 1 } attribute && attribute.ConstructorArguments[0].Value is string name ? name : null;

    private static int NamedMemberLimitOf(ITypeSymbol type)
    {
        foreach (var argument in SeedRecordAttribute(type)?.NamedArguments ?? ImmutableArray<KeyValuePair<string, TypedConstant>>.Empty)
        {
            if (argument.Key == "NamedMembers" && argument.Value.Value is int limit) return System.Math.Max(0, limit);
        }
        return DefaultNamedMemberLimit;
    }

    private RecordShape ReadRecord(INamedTypeSymbol type, string? collection)
    {
        string typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var parameters = ImmutableArray.CreateBuilder<ParameterShape>();
        IMethodSymbol? constructor = PrimaryConstructor(type, out DiagnosticDescriptor? problem);
        if (problem is not null)
        {
            // Only the [SeedRecord] itself: an inline record's problem does not hide a missing Id of the record using it.
            _shapeRejected |= collection is not null;
            Report(problem, type, type.Name, type.TypeKind.ToString().ToLowerInvariant());
        }
        else if (constructor is not null)
        {
            var (summary, parameterDocs) = DocumentationReader.Read(type);
            _docs.Add(new RecordDocs(typeName, summary,
                parameterDocs.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => new ParameterDoc(p.Key, p.Value)).ToEquatableArray()));
            _visiting.Add(typeName);
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                TypeShape? shape = Classify(parameter.Type, parameter, type, out string? why);
                if (shape is null)
                {
                    Report(DiagnosticDescriptors.UnsupportedParameterType, parameter, parameter.Name, type.Name,
                        parameter.Type.ToDisplayString(), why ?? SupportedTypesHint);
                    continue;
                }
                parameters.Add(new ParameterShape(
                    parameter.Name,
                    Naming.ToCamelCase(parameter.Name),
                    shape,
                    DefaultValueOf(parameter),
                    DefaultImageOf(parameter, shape),
                    DefaultJsonOf(parameter, shape)));
            }
            _visiting.Remove(typeName);
        }

        return new RecordShape(
            typeName,
            type.Name,
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            collection,
            DefaultNamedMemberLimit,
            parameters.ToImmutable(),
            IsEffectivelyPublic(type),
            type.IsValueType,
            type.IsSealed,
            CanAddMembers(type) && !Declares(type, "PrintMembers"),
            CanAddMembers(type) && !Declares(type, "Equals") && !Declares(type, "GetHashCode"));
    }

    /// <summary>
    /// The default of an optional parameter as a C# expression, written where data leaves the key out; null for a
    /// required parameter. Enums come as their underlying value, so they are cast back.
    /// </summary>
    private static string? DefaultValueOf(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue) return null;
        object? value = parameter.ExplicitDefaultValue;
        if (value is null) return "default!";
        ITypeSymbol type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameter.Type;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        string literal = value switch
        {
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            bool flag => flag ? "true" : "false",
            double d when double.IsNaN(d) => "double.NaN",
            double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
            double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
            double d => d.ToString("R", invariant) + "D",
            decimal m => m.ToString(invariant) + "M",
            long l => l.ToString(invariant) + "L",
            ulong u => u.ToString(invariant) + "UL",
            _ => System.Convert.ToString(value, invariant) ?? "default!",
        };
        return type.TypeKind == TypeKind.Enum
            ? "unchecked((" + type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")(" + literal + "))"
            : literal;
    }

    /// <summary>
    /// The image of what the generated reader builds when an optional parameter is left out: its constant default,
    /// null, or an empty ImmutableArray (never default). Null where the default has no image form (a default struct).
    /// </summary>
    private static string? DefaultImageOf(IParameterSymbol parameter, TypeShape shape)
    {
        if (!parameter.HasExplicitDefaultValue) return null;
        object? value = parameter.ExplicitDefaultValue;
        var image = new Image.ImageWriter(16);
        var type = shape;
        if (type.Kind == TypeShapeKind.Nullable)
        {
            image.WriteFlag(value is not null);
            if (value is null) return image.ToString();
            type = type.Element!;
        }
        switch (type.Kind)
        {
            case TypeShapeKind.List when type.ListKind == ListKind.ImmutableArray && value is null:
                image.WriteVarint(0);
                break;
            case TypeShapeKind.String when value is string text:
                image.WriteString(text);
                break;
            case TypeShapeKind.Boolean when value is bool flag:
                image.WriteFlag(flag);
                break;
            case TypeShapeKind.Int32 or TypeShapeKind.Int64 or TypeShapeKind.Enum when value is sbyte or byte or short or ushort or int or uint or long or ulong:
                image.WriteZigZag(Bits(value));
                break;
            case TypeShapeKind.Double when value is double number:
                image.WriteDouble(number);
                break;
            case TypeShapeKind.Decimal when value is decimal number:
                image.WriteDecimal(number);
                break;
            default:
                return null;
        }
        return image.ToString();
    }

    /// <summary>The constant default of an optional parameter as JSON, as data files would write it; null for none or null.</summary>
    private static string? DefaultJsonOf(IParameterSymbol parameter, TypeShape shape)
    {
        if (!parameter.HasExplicitDefaultValue || parameter.ExplicitDefaultValue is not { } value) return null;
        var type = shape.Kind == TypeShapeKind.Nullable ? shape.Element! : shape;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        switch (type.Kind)
        {
            case TypeShapeKind.String when value is string text:
                return Emitting.JsonText.Quote(text);
            case TypeShapeKind.Boolean when value is bool flag:
                return flag ? "true" : "false";
            case TypeShapeKind.Int32 or TypeShapeKind.Int64 when value is not ulong:
                return System.Convert.ToInt64(value, invariant).ToString(invariant);
            case TypeShapeKind.Double when value is double number && !double.IsNaN(number) && !double.IsInfinity(number):
                return number.ToString("R", invariant);
            case TypeShapeKind.Decimal when value is decimal number:
                return number.ToString(invariant);
            case TypeShapeKind.Enum:
                long bits = Bits(value);
                var member = type.EnumMembers.Items.FirstOrDefault(m => m.Value == bits);
                return member is null ? null : "\"" + member.Spelling + "\"";
            default:
                return null;
        }
    }

    /// <summary>An integral constant as the bits of a long: how the image and the enum shapes hold integers and enum values (a ulong above long.MaxValue is negative).</summary>
    private static long Bits(object value) => value is ulong big ? unchecked((long)big) : System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);

    private const string SupportedTypesHint =
        "Use string, bool, int, long, double, decimal, an enum, DateOnly, DateTimeOffset, Uri, a record, a [SeedRecord] reference, " +
        "ImmutableArray<T> or IReadOnlyList<T> of these, or a type with 'static T Parse(string, IFormatProvider?)'.";

    /// <summary>The positional constructor data is read into, or null and the reason there is none.</summary>
    private static IMethodSymbol? PrimaryConstructor(INamedTypeSymbol type, out DiagnosticDescriptor? problem)
    {
        problem = type.IsGenericType ? DiagnosticDescriptors.GenericRecord
            : type.IsAbstract ? DiagnosticDescriptors.AbstractRecord
            : !type.IsRecord ? DiagnosticDescriptors.NotARecord
            : null;
        if (problem is not null) return null;

        var declared = type.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax())
            .OfType<RecordDeclarationSyntax>()
            .FirstOrDefault(r => r.ParameterList is not null);
        // A positional record's own constructor is public; one from metadata is found among the public ones, so
        // generated code can always call the constructor found.
        IMethodSymbol? constructor = declared is null
            // From metadata: the positional constructor is the public one that is not the copy constructor.
            ? type.InstanceConstructors
                .Where(c => c.DeclaredAccessibility == Accessibility.Public && !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
                .OrderByDescending(c => c.Parameters.Length)
                .FirstOrDefault()
            : type.InstanceConstructors.FirstOrDefault(c =>
                c.Parameters.Length == declared.ParameterList!.Parameters.Count
                && c.Parameters.Select(p => p.Name).SequenceEqual(declared.ParameterList.Parameters.Select(p => p.Identifier.ValueText)));
        if (constructor is null || constructor.Parameters.Length == 0)
        {
            problem = DiagnosticDescriptors.RecordWithoutParameters;
            return null;
        }
        return constructor;
    }

    private TypeShape? Classify(ITypeSymbol type, IParameterSymbol parameter, INamedTypeSymbol owner, out string? why)
    {
        why = null;
        string typeName = type.ToDisplayString(TypeNameFormat);
        string display = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

        if (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            TypeShape? inner = Classify(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), parameter, owner, out why);
            return inner is null ? null : Wrap(TypeShapeKind.Nullable, inner);
        }
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            TypeShape? inner = Classify(nullable.TypeArguments[0], parameter, owner, out why);
            return inner is null ? null : Wrap(TypeShapeKind.Nullable, inner);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String: return TypeShape.Simple(TypeShapeKind.String, typeName, "string");
            case SpecialType.System_Boolean: return TypeShape.Simple(TypeShapeKind.Boolean, typeName, "bool");
            case SpecialType.System_Int32: return TypeShape.Simple(TypeShapeKind.Int32, typeName, "int");
            case SpecialType.System_Int64: return TypeShape.Simple(TypeShapeKind.Int64, typeName, "long");
            case SpecialType.System_Double: return TypeShape.Simple(TypeShapeKind.Double, typeName, "double");
            case SpecialType.System_Decimal: return TypeShape.Simple(TypeShapeKind.Decimal, typeName, "decimal");
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            if (enumType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute"))
            {
                why = "[Flags] enums are not supported; use ImmutableArray<" + display + "> for several values.";
                return null;
            }
            var fields = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToList();
            var members = fields
                .Select(f => new EnumMemberShape(f.Name, Naming.ToKebabCase(f.Name),
                    Bits(f.ConstantValue!)))
                .ToEquatableArray();
            if (!_docs.Any(d => d.TypeName == typeName))
            {
                // An enum's docs describe it in the schema, and each member's summary goes with its spelling.
                var memberDocs = fields
                    .Select(f => (Spelling: Naming.ToKebabCase(f.Name), Text: DocumentationReader.Summary(f)))
                    .Where(m => m.Text is { Length: > 0 })
                    .Select(m => new ParameterDoc(m.Spelling, m.Text!))
                    .ToEquatableArray();
                _docs.Add(new RecordDocs(typeName, DocumentationReader.Summary(enumType), memberDocs));
            }
            return new TypeShape(TypeShapeKind.Enum, typeName, display, null, ListKind.ImmutableArray, members, null);
        }

        string metadataName = type.OriginalDefinition.ToDisplayString();
        switch (metadataName)
        {
            case "System.DateOnly": return TypeShape.Simple(TypeShapeKind.DateOnly, typeName, "DateOnly");
            case "System.DateTimeOffset": return TypeShape.Simple(TypeShapeKind.DateTimeOffset, typeName, "DateTimeOffset");
            case "System.Uri": return TypeShape.Simple(TypeShapeKind.Uri, typeName, "Uri");
            case "System.Collections.Immutable.ImmutableArray<T>":
            case "System.Collections.Generic.IReadOnlyList<T>":
            {
                var element = ((INamedTypeSymbol)type).TypeArguments[0];
                TypeShape? elementShape = Classify(element, parameter, owner, out why);
                if (elementShape is null) return null;
                if (elementShape.Kind == TypeShapeKind.List)
                {
                    why = "lists of lists are not supported; wrap the inner list in a record.";
                    return null;
                }
                var kind = metadataName.StartsWith("System.Collections.Immutable", System.StringComparison.Ordinal) ? ListKind.ImmutableArray : ListKind.ReadOnlyList;
                return new TypeShape(TypeShapeKind.List, typeName, display, elementShape, kind, EquatableArray<EnumMemberShape>.Empty, null);
            }
        }

        if (type is not INamedTypeSymbol named) return null;

        if (CollectionOf(named) is { } collection)
        {
            bool hasId = named.GetMembers("Id").OfType<IPropertySymbol>().Any(p => p.Type.SpecialType == SpecialType.System_String);
            return new TypeShape(TypeShapeKind.Reference, typeName, display, null, ListKind.ImmutableArray, EquatableArray<EnumMemberShape>.Empty, collection, hasId);
        }

        if (HasParseMethod(named))
        {
            return TypeShape.Simple(TypeShapeKind.Parsable, typeName, display);
        }

        if (named.IsRecord)
        {
            string nestedName = named.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            if (_visiting.Contains(nestedName))
            {
                why = $"'{named.Name}' contains itself, so an inline value could never end. Make it a [SeedRecord] and refer to it by id.";
                return null;
            }
            if (!_nested.ContainsKey(nestedName))
            {
                _nested[nestedName] = ReadRecord(named, null);
            }
            return TypeShape.Simple(TypeShapeKind.Nested, nestedName, display);
        }

        return null;
    }

    private static TypeShape Wrap(TypeShapeKind kind, TypeShape inner)
        => new(kind, inner.TypeName.EndsWith("?", System.StringComparison.Ordinal) ? inner.TypeName : inner.TypeName + "?",
            inner.DisplayName + "?", inner, ListKind.ImmutableArray, EquatableArray<EnumMemberShape>.Empty, null);

    private static bool HasParseMethod(INamedTypeSymbol type)
        => type.GetMembers("Parse").OfType<IMethodSymbol>().Any(m =>
            m.IsStatic
            && m.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
            && m.Parameters.Length == 2
            && m.Parameters[0].Type.SpecialType == SpecialType.System_String
            && m.Parameters[1].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::System.IFormatProvider"
            && SymbolEqualityComparer.Default.Equals(m.ReturnType.WithNullableAnnotation(NullableAnnotation.NotAnnotated), type));

    private static bool IsEffectivelyPublic(ISymbol symbol)
    {
        for (ISymbol? current = symbol; current is INamedTypeSymbol; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public) return false;
        }
        return true;
    }

    // Generated members replace the compiler's, so the record must be partial, in source, not nested, and
    // derived from object.
    private static bool CanAddMembers(INamedTypeSymbol type)
        => type.ContainingType is null
           && type.DeclaringSyntaxReferences.Length > 0
           && type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword))
           && (type.IsValueType || type.BaseType?.SpecialType == SpecialType.System_Object);

    private static bool Declares(INamedTypeSymbol type, string member)
        => type.GetMembers(member).Any(m => !m.IsImplicitlyDeclared && (member != "Equals" || m is IMethodSymbol { Parameters.Length: 1 } equals
            && SymbolEqualityComparer.Default.Equals(equals.Parameters[0].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), type)));

    private void Report(DiagnosticDescriptor descriptor, ISymbol symbol, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, SourceLocation.From(symbol.Locations.FirstOrDefault()), arguments));
}
