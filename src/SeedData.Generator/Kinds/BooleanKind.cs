using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary><c>bool</c>: a plain <c>true</c> or <c>false</c>.</summary>
internal sealed class BooleanKind : ScalarKind
{
    public override string Name => "boolean";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.SpecialType == SpecialType.System_Boolean ? TypeShape.Simple(this, scope.TypeName(type), "bool") : null;

    public override string Expectation(TypeShape type) => "true or false";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Boolean(text, plain, out bool flag);
        if (check == ScalarCheck.Ok) image.WriteFlag(flag);
        return Checked(check, plain ? "Write true or false." : Unquote, string.Empty);
    }

    public override bool WriteConstant(object? value, TypeShape type, ImageWriter image)
    {
        if (value is not bool flag) return false;
        image.WriteFlag(flag);
        return true;
    }

    public override string? ConstantJson(object value, TypeShape type) => value is bool flag ? (flag ? "true" : "false") : null;

    public override string ReadImage(TypeShape type, IStoreScope scope) => "reader.Boolean()";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteBooleanValue(" + value + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => Checked(scope, "ReadBoolean", type, element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope) => JsonText.Object().Set("type", "boolean");

    public override PackageField PackageField(TypeShape type) => new("boolean", PackageCell.Text);

    public override string? Text(TypeShape type, string value) => "(" + value + " ? \"true\" : \"false\")";

    public override bool IsOrdered => true;

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Boolean(text, plain, out bool flag) == ScalarCheck.Ok ? OrderValue.Of(flag ? 1 : 0) : null;
}
