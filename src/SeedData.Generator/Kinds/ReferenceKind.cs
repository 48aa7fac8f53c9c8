using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Kinds;

/// <summary>
/// A [SeedRecord] type: written as the id of one of its records, and built as that record itself. Compared, hashed
/// and printed by id. A target whose declaration lacks its <c>string Id</c> (an error reported there) is never asked
/// for <c>.Id</c>, or one mistake would become many compiler errors.
/// </summary>
internal sealed class ReferenceKind : ValueKind
{
    public override string Name => "reference";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
    {
        if (type is not INamedTypeSymbol named || scope.CollectionOf(named) is not { } collection) return null;
        bool hasId = named.GetMembers("Id").OfType<IPropertySymbol>().Any(p => p.Type.SpecialType == SpecialType.System_String);
        return new TypeShape(this, scope.TypeName(type), scope.DisplayName(type), null, Model.EquatableArray<EnumMemberShape>.Empty, collection, hasId);
    }

    public override string Expectation(TypeShape type) => $"the id of a record in '{type.Collection}'";

    public override IEnumerable<ReferencePath> ReferencePaths(TypeShape type, ReferenceWalk walk)
    {
        // A lookup finds its target by id; a target without one has an error of its own and gets no lookup.
        if (type.TargetHasId) yield return new ReferencePath(walk.Path, type.Collection!, walk.Reached);
    }

    public override bool Bind(DataNode node, TypeShape type, string key, IBindScope scope)
    {
        if (node.Kind != DataNodeKind.Scalar) return scope.WrongType(node, type, key, "Write the id of the record, e.g. 'marco-rubio'.");
        return scope.BindReference(node, type);
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => scope.Records(type.Collection!) + "[reader.Reference()]";

    public override bool MayBeNull(TypeShape type) => true;

    public override string WriteJson(TypeShape type, string value, IJsonScope scope)
        => type.TargetHasId ? "WriteText(writer, " + value + ".Id);" : "throw new global::System.NotSupportedException(\"" + type.DisplayName + " cannot be written.\");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope)
        => "Reference<" + type.TypeName + ">(" + scope.CollectionIndex(type.Collection!).ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + element + ", " + path + ")";

    public override JsonText Schema(TypeShape type, ISchemaScope scope) => scope.Ref(scope.Reference(type.Collection ?? string.Empty, type));

    public override string Print(TypeShape type, string value) => type.TargetHasId ? IdOf(value, "__ref") : base.Print(type, value);

    // The local is known not to be null here, so a reference prints its id directly.
    public override string PrintKnownNotNull(TypeShape type, string local) => type.TargetHasId ? local + ".Id" : base.Print(type, local);

    public override string Equal(TypeShape type, string comparedType, string left, string right, string suffix, IMembersScope scope)
        => type.TargetHasId
            ? "string.Equals(" + IdOf(left, "__l" + suffix) + ", " + IdOf(right, "__r" + suffix) + ", global::System.StringComparison.Ordinal)"
            : base.Equal(type, comparedType, left, right, suffix, scope);

    public override string Hash(TypeShape type, string access, string suffix)
        => type.TargetHasId
            ? "(" + IdOf(access, "__id" + suffix) + " is { } __key" + suffix + " ? global::System.StringComparer.Ordinal.GetHashCode(__key" + suffix + ") : 0)"
            : base.Hash(type, access, suffix);

    // "x is { } r ? r.Id : null" reads the id of a class or struct reference, nullable or not. Pattern variables of an
    // if condition share the method's scope, so each gets a unique name.
    private static string IdOf(string value, string variable) => "(" + value + " is { } " + variable + " ? " + variable + ".Id : null)";

    public override PackageField PackageField(TypeShape type)
        => new("string", PackageCell.Text, Description: "The id of a record in '" + type.Collection + "'.", References: type.Collection);

    public override bool JoinsInLists => true;
}
