using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary><c>Uri</c>: an absolute URI, kept as written.</summary>
internal sealed class UriKind : ScalarKind
{
    public override string Name => "uri";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.OriginalDefinition.ToDisplayString() == "System.Uri" ? TypeShape.Simple(this, scope.TypeName(type), "Uri") : null;

    public override string Expectation(TypeShape type) => "an absolute URI";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Uri(text);
        if (check == ScalarCheck.Ok) image.WriteString(text);
        return Checked(check, "Write an absolute URI such as https://example.org/page.", string.Empty);
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => "new global::System.Uri(reader.String(), global::System.UriKind.Absolute)";

    public override bool MayBeNull(TypeShape type) => true;

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "WriteText(writer, " + value + ".OriginalString);";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => Checked(scope, "ReadUri", type, element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope) => JsonText.Object().Set("type", "string").Set("format", "uri");

    public override PackageField PackageField(TypeShape type) => new("string", PackageCell.Text, "uri");

    public override string? Text(TypeShape type, string value) => value + ".OriginalString";
}
