using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Kinds;

/// <summary>
/// The nullable form of another kind (<c>T?</c>, a value or an annotated reference type): null (<c>~</c>, <c>null</c> or
/// nothing) or a value of the element kind, which does the rest. Recognized first.
/// </summary>
internal sealed class NullableKind : ValueKind
{
    public override string Name => "nullable";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
    {
        ITypeSymbol? inner = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated
            ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)
            : type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : null;
        if (inner is null) return null;
        TypeShape? element = scope.Classify(inner);
        return element is null ? null : Of(element);
    }

    private TypeShape Of(TypeShape inner)
        => new(this, inner.TypeName.EndsWith("?", System.StringComparison.Ordinal) ? inner.TypeName : inner.TypeName + "?",
            inner.DisplayName + "?", inner, Model.EquatableArray<EnumMemberShape>.Empty, null);

    public override string Expectation(TypeShape type) => $"{type.Element!.Expectation}, or null";

    public override bool AcceptsNull => true;

    public override bool Bind(DataNode node, TypeShape type, string key, IBindScope scope)
    {
        scope.Image.WriteFlag(!node.IsNull);
        return node.IsNull || scope.Bind(node, type.Element!, key);
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        image.WriteFlag(value is not null);
        return value is null || type.Element!.Kind.WriteConstant(value, type.Element, image);
    }

    public override string? ConstantJson(object value, TypeShape type) => type.Element!.Kind.ConstantJson(value, type.Element);

    public override IEnumerable<ReferencePath> ReferencePaths(TypeShape type, ReferenceWalk walk) => type.Element!.Kind.ReferencePaths(type.Element, walk);

    public override string ReadImage(TypeShape type, IStoreScope scope) => "(reader.Flag() ? (" + type.TypeName + ")" + scope.Read(type.Element!) + " : null)";

    public override bool MayBeNull(TypeShape type) => true;

    public override bool IndexedInPlace(TypeShape type) => type.Element!.Kind.IndexedInPlace(type.Element);

    public override string WriteJson(TypeShape type, string value, IJsonScope scope)
        => "if (" + value + " is { } __value) " + scope.Write(type.Element!, "__value") + " else writer.WriteNullValue();";

    public override void WriteJsonParameter(SourceWriter writer, ParameterShape parameter, IJsonScope scope)
    {
        var element = parameter.Type.Element!;
        if (element.Kind is SequenceKind list) list.WriteJsonList(writer, parameter, element, nullable: true, scope);
        else WriteNullableParameter(writer, parameter, element, scope);
    }

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope)
        => "(" + element + ".ValueKind == global::System.Text.Json.JsonValueKind.Null ? null : (" + type.TypeName + ")" + scope.Read(type.Element!, element, path) + ")";

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
    {
        var inner = scope.Value(type.Element!);
        if (inner.Get("type") is string single) return inner.Replace("type", JsonText.Array().Item(single).Item("null"));
        if (inner.Get("type") is JsonText several) return inner.Replace("type", several.Item("null"));
        return JsonText.Object().Set("anyOf", JsonText.Array().Item(inner).Item(JsonText.Object().Set("type", "null")));
    }

    public override string Print(TypeShape type, string value) => type.Element!.Kind.Print(type.Element, value);

    public override void PrintParameter(SourceWriter writer, ParameterShape parameter, TypeShape type, string access, string local)
        => type.Element!.Kind.PrintParameter(writer, parameter, type.Element, access, local);

    public override string Equal(TypeShape type, string comparedType, string left, string right, string suffix, IMembersScope scope)
        => type.Element!.Kind is SequenceKind list
            ? list.EqualNullable(type.Element, left, right, suffix, scope)
            : type.Element.Kind.Equal(type.Element, comparedType, left, right, suffix, scope);

    public override string Hash(TypeShape type, string access, string suffix) => type.Element!.Kind.Hash(type.Element, access, suffix);

    public override PackageField PackageField(TypeShape type) => type.Element!.Kind.PackageField(type.Element);

    public override string? Text(TypeShape type, string value) => type.Element!.Kind.Text(type.Element, value);

    public override Model.EquatableArray<PackageColumn> PackageColumns(TypeShape type) => type.Element!.Kind.PackageColumns(type.Element);

    public override bool Orders(TypeShape type) => type.Element!.Kind.Orders(type.Element);

    // Text compares with its own comparer, which orders null first; other values as nullables.
    public override string IndexComparer(TypeShape type, bool ignoreCase)
        => type.Element!.Kind is StringKind ? type.Element.Kind.IndexComparer(type.Element, ignoreCase) : base.IndexComparer(type, ignoreCase);

    // Null orders first; a value as its element's kind orders it.
    public override OrderValue? OrderOf(DataNode node, TypeShape type) => node.IsNull ? OrderValue.Null : type.Element!.Kind.OrderOf(node, type.Element);
}
