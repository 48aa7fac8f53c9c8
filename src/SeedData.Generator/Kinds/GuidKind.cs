using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds;

/// <summary>
/// <c>Guid</c>: 32 hex digits in groups 8-4-4-4-12 with hyphens, either case (<c>Guid.ToString("D")</c>); written back in
/// lower case. The image holds its 16 bytes as two 64-bit patterns.
/// </summary>
internal sealed class GuidKind : ScalarKind
{
    public override string Name => "guid";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
        => type.OriginalDefinition.ToDisplayString() == "System.Guid" ? TypeShape.Simple(this, scope.TypeName(type), "Guid") : null;

    public override string Expectation(TypeShape type) => "a GUID written xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        var check = ScalarRules.Guid(text, out var guid);
        if (check == ScalarCheck.Ok)
        {
            // Little-endian whatever the host, as the reader takes them apart.
            byte[] bytes = guid.ToByteArray();
            ulong low = 0, high = 0;
            for (int i = 7; i >= 0; i--)
            {
                low = (low << 8) | bytes[i];
                high = (high << 8) | bytes[i + 8];
            }
            image.WriteBits64(low);
            image.WriteBits64(high);
        }
        return Checked(check, "Write 32 hex digits as 8-4-4-4-12, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301.", string.Empty);
    }

    public override string ReadImage(TypeShape type, IStoreScope scope) => "reader.Guid()";

    public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "writer.WriteStringValue(" + Print(type, value) + ");";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => Checked(scope, "ReadGuid", type, element, path);

    public override JsonText Schema(TypeShape type, ISchemaScope scope)
        => JsonText.Object().Set("type", "string").Set("pattern", "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    public override string Print(TypeShape type, string value) => value + ".ToString(\"D\", global::System.Globalization.CultureInfo.InvariantCulture)";

    public override PackageField PackageField(TypeShape type) => new("string", PackageCell.Text, "uuid");

    public override string? Text(TypeShape type, string value) => Print(type, value);

    public override bool IsKeyKind => true;

    protected override string? KeyText(string text, bool plain, TypeShape type)
        => ScalarRules.Guid(text, out var guid) == ScalarCheck.Ok ? guid.ToString("D") : null;

    public override string KeyTextCode(TypeShape type, string value) => Print(type, "(" + value + ")");

    public override bool IsOrdered => true;

    protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
        => ScalarRules.Guid(text, out var guid) == ScalarCheck.Ok ? OrderValue.OfGuid(guid) : null;
}
