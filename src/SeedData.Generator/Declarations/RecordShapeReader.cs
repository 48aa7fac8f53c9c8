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
internal sealed class RecordShapeReader : Kinds.IShapeScope
{
    public const string SeedRecordAttributeName = "SeedData.SeedRecordAttribute";

    public const string SeedFieldAttributeName = "SeedData.SeedFieldAttribute";

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
        var keyParameters = KeyReader.KeyParameters(type);
        if (keyParameters.Count > 0) shape = shape with { Key = reader.ReadKey(type, keyParameters, shape) };
        if (collection is not null) shape = shape with { Indexes = IndexReader.Read(type, shape, reader._nested, reader._diagnostics) };
        if (string.IsNullOrWhiteSpace(collection))
        {
            reader.Report(DiagnosticDescriptors.EmptyCollectionName, type, type.Name);
        }
        else if (keyParameters.Count == 0 && !reader._shapeRejected && !reader.IdRejected(type) && !shape.Parameters.Any(p => p.Name == "Id" && p.Type.Kind == Kinds.ValueKinds.String))
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

    /// <summary>
    /// The record's [SeedKey] fields, or null (reported at the parameter) when one cannot be a key: a kind with no
    /// canonical text, a nullable, or an optional parameter. A parameter whose type was reported already has its error.
    /// </summary>
    private KeyShape? ReadKey(INamedTypeSymbol type, IReadOnlyList<IParameterSymbol> keyParameters, RecordShape shape)
    {
        var fields = new List<KeyField>();
        bool usable = true;
        foreach (var parameter in keyParameters)
        {
            var declared = shape.Parameters.Items.FirstOrDefault(p => p.Name == parameter.Name);
            if (declared is null)
            {
                usable = false;
                continue;
            }
            if (!declared.Type.Kind.IsKeyKind)
            {
                Report(DiagnosticDescriptors.KeyOfUnusableKind, parameter, parameter.Name, type.Name, parameter.Type.ToDisplayString());
                usable = false;
            }
            else if (declared.IsOptional)
            {
                Report(DiagnosticDescriptors.OptionalKey, parameter, parameter.Name, type.Name);
                usable = false;
            }
            else
            {
                fields.Add(new KeyField(declared.Name, declared.Key, declared.Type, declared.Field));
            }
        }
        return usable ? new KeyShape(fields.ToEquatableArray()) : null;
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
            // Each key once: the parameter that took it, for a [SeedField] that spells another parameter's key.
            var keys = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (!parameter.GetAttributes().Any(IsSeedField)) keys[Naming.ToCamelCase(parameter.Name)] = parameter.Name;
            }
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _refused = false;
                _why = null;
                TypeShape? shape = Classify(parameter.Type);
                if (shape is null)
                {
                    Report(DiagnosticDescriptors.UnsupportedParameterType, parameter, parameter.Name, type.Name,
                        parameter.Type.ToDisplayString(), _why ?? SupportedTypesHint);
                    continue;
                }
                string? field = FieldOf(parameter, type, keys);
                if (field is not null) keys[field] = parameter.Name;
                parameters.Add(new ParameterShape(
                    parameter.Name,
                    field ?? Naming.ToCamelCase(parameter.Name),
                    shape,
                    DefaultValueOf(parameter),
                    DefaultImageOf(parameter, shape),
                    DefaultJsonOf(parameter, shape),
                    field));
            }
            _visiting.Remove(typeName);
            ReportKeysMadeTwice(type, constructor, parameters);
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

    /// <summary>SD0071 for a parameter whose data key an earlier parameter makes already (<c>URL</c> and <c>Url</c> both make <c>url</c>).</summary>
    private void ReportKeysMadeTwice(INamedTypeSymbol type, IMethodSymbol constructor, IReadOnlyList<ParameterShape> parameters)
    {
        var first = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (!first.TryGetValue(parameter.Key, out string? earlier))
            {
                first[parameter.Key] = parameter.Name;
                continue;
            }
            Report(DiagnosticDescriptors.ParametersWithOneKey, constructor.Parameters.First(p => p.Name == parameter.Name), earlier, parameter.Name, type.Name, parameter.Key);
        }
    }

    private static bool IsSeedField(AttributeData attribute) => attribute.AttributeClass?.ToDisplayString() == SeedFieldAttributeName;

    /// <summary>
    /// The key a parameter's <c>[SeedField("...")]</c> spells, unchecked (its own declaration reports one it cannot
    /// have), or null for none: what a reference to its record writes for a key field.
    /// </summary>
    public static string? SpelledField(IParameterSymbol parameter)
        => parameter.GetAttributes().FirstOrDefault(IsSeedField) is { ConstructorArguments.Length: 1 } attribute
            && attribute.ConstructorArguments[0].Value is string field && field.Trim().Length > 0 ? field : null;

    /// <summary>
    /// The key a <c>[SeedField("...")]</c> gives the parameter, or null for none. An empty spelling, or one another
    /// parameter's key already has, is reported at the attribute and ignored.
    /// </summary>
    private string? FieldOf(IParameterSymbol parameter, INamedTypeSymbol type, Dictionary<string, string> keys)
    {
        var attribute = parameter.GetAttributes().FirstOrDefault(IsSeedField);
        if (attribute is null || attribute.ConstructorArguments.Length != 1) return null;
        var location = SourceLocation.From(attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken).GetLocation()) ?? SourceLocation.From(parameter.Locations.FirstOrDefault());
        if (attribute.ConstructorArguments[0].Value is not string field || field.Trim().Length == 0)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidField, location, parameter.Name, type.Name,
                "the key is empty, and no data file can spell it. Give the key as the data files write it, e.g. [SeedField(\"iso_3166-2\")]"));
            return null;
        }
        if (keys.TryGetValue(field, out string? other))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidField, location, parameter.Name, type.Name,
                $"'{field}' is already the key of the parameter '{other}', and a key names one parameter. Give one of them another key"));
            return null;
        }
        return field;
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
            float f when float.IsNaN(f) => "float.NaN",
            float f when float.IsPositiveInfinity(f) => "float.PositiveInfinity",
            float f when float.IsNegativeInfinity(f) => "float.NegativeInfinity",
            float f => f.ToString("R", invariant) + "F",
            decimal m => m.ToString(invariant) + "M",
            long l => l.ToString(invariant) + "L",
            ulong u => u.ToString(invariant) + "UL",
            uint u => u.ToString(invariant) + "U",
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            // Typed, or 'flag ? reader.Byte() : 0' would be an int, which a byte parameter does not take.
            byte or sbyte or short or ushort => "((" + type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")" + System.Convert.ToString(value, invariant) + ")",
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
        var image = new Image.ImageWriter(16);
        return shape.Kind.WriteConstant(parameter.ExplicitDefaultValue, shape, image) ? image.ToString() : null;
    }

    /// <summary>The constant default of an optional parameter as JSON, as data files would write it; null for none or null.</summary>
    private static string? DefaultJsonOf(IParameterSymbol parameter, TypeShape shape)
        => parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is { } value ? shape.Kind.ConstantJson(value, shape) : null;

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

    // ---- the value kinds' questions (IShapeScope) ----------------------------------------------------

    // Set when a kind claims a type but cannot read it, or no kind reads it: the kinds after it are not asked.
    private bool _refused;
    private string? _why;

    /// <summary>The shape of a type: the first kind of the catalogue that reads it.</summary>
    public TypeShape? Classify(ITypeSymbol type)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        foreach (var kind in Kinds.ValueKinds.All)
        {
            TypeShape? shape = kind.Recognize(type, this);
            if (shape is not null) return shape;
            if (_refused) return null;
        }
        _refused = true;
        return null;
    }

    public string? Why
    {
        get => _why;
        set
        {
            _why = value;
            _refused = true;
        }
    }

    public string TypeName(ITypeSymbol type) => type.ToDisplayString(TypeNameFormat);

    public string DisplayName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    string? Kinds.IShapeScope.CollectionOf(INamedTypeSymbol type) => CollectionOf(type);

    public string? Nested(INamedTypeSymbol type)
    {
        string nestedName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (_visiting.Contains(nestedName))
        {
            Why = $"'{type.Name}' contains itself, so an inline value could never end. Make it a [SeedRecord] and refer to it by id.";
            return null;
        }
        if (!_nested.ContainsKey(nestedName))
        {
            _nested[nestedName] = ReadRecord(type, null);
        }
        return nestedName;
    }

    public void DescribeEnum(INamedTypeSymbol type, IEnumerable<IFieldSymbol> members)
    {
        string typeName = TypeName(type);
        if (_docs.Any(d => d.TypeName == typeName)) return;
        // An enum's docs describe it in the schema, and each member's summary goes with its spelling.
        var memberDocs = members
            .Select(f => (Spelling: Naming.ToKebabCase(f.Name), Text: DocumentationReader.Summary(f)))
            .Where(m => m.Text is { Length: > 0 })
            .Select(m => new ParameterDoc(m.Spelling, m.Text!))
            .ToEquatableArray();
        _docs.Add(new RecordDocs(typeName, DocumentationReader.Summary(type), memberDocs));
    }

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
