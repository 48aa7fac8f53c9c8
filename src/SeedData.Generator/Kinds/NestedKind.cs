using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Kinds;

/// <summary>A record without [SeedRecord], written inline as a mapping of its parameters. Recognized last.</summary>
internal sealed class NestedKind : ValueKind
{
    public override string Name => "record";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
    {
        if (type is not INamedTypeSymbol { IsRecord: true } named) return null;
        string? typeName = scope.Nested(named);
        return typeName is null ? null : TypeShape.Simple(this, typeName, scope.DisplayName(type));
    }

    public override string Expectation(TypeShape type) => $"a mapping with the keys of {type.DisplayName}";

    public override IEnumerable<ReferencePath> ReferencePaths(TypeShape type, ReferenceWalk walk)
    {
        if (!walk.CanEnter || !walk.Nested.TryGetValue(type.TypeName, out var inline)) yield break;
        foreach (var parameter in inline.Parameters)
        {
            foreach (var found in parameter.Type.Kind.ReferencePaths(parameter.Type, walk.Into(parameter.Name))) yield return found;
        }
    }

    public override bool Bind(DataNode node, TypeShape type, string key, IBindScope scope)
    {
        if (node.Kind != DataNodeKind.Mapping || !scope.IsRecord(type.TypeName))
            return scope.WrongType(node, type, key, "Write the record inline as keys and values.");
        return scope.BindRecord(node, type.TypeName);
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => scope.RecordReader(type.TypeName) + "(ref reader)";

    public override bool MayBeNull(TypeShape type) => true;

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => scope.RecordWriter(type.TypeName) + "(writer, " + value + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope)
        => scope.RecordReader(type.TypeName) + "(" + element + ", " + path + ")";

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => scope.Record(type.TypeName.TrimEnd('?')) is { } definition ? scope.Ref(definition) : JsonText.Object().Set("type", "object");
}
