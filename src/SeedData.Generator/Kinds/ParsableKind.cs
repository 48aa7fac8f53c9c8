using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using SeedData.Generator.Model;

namespace SeedData.Generator.Kinds;

/// <summary>
/// A project's own scalar: a type with <c>static T Parse(string, IFormatProvider?)</c>, such as a partial date or a
/// money amount. Any scalar is its text; the type's own <c>Parse</c> reads it, with the invariant culture, when the
/// data is first used. Recognized after every built-in kind, so a type the catalogue knows is never read this way.
/// </summary>
internal sealed class ParsableKind : ScalarKind, ITextHelperKind
{
    public override string Name => "parsable";

    public const string PackageColumnAttributeName = "SeedData.SeedDataPackageColumnAttribute";

    public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
    {
        if (type is not INamedTypeSymbol named || !HasParseMethod(named)) return null;
        var columns = new List<PackageColumn>();
        foreach (var property in named.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsIndexer))
        {
            if (PackageColumnAttribute(property) is not { } attribute) continue;
            TypeShape? column = scope.Classify(property.Type);
            if (column is null || column.Kind.Text(column, "value") is null)
            {
                scope.Why = $"its property '{property.Name}' is a [SeedDataPackageColumn], which must have a type written as text: a number, a date, a time, text or bool.";
                return null;
            }
            columns.Add(new PackageColumn(property.Name, column, Description(attribute)));
        }
        return TypeShape.Simple(this, scope.TypeName(type), scope.DisplayName(type)) with
        {
            PackageColumns = columns.ToEquatableArray(),
            PackageDescription = PackageColumnAttribute(named) is { } own ? Description(own) : null,
        };
    }

    private static AttributeData? PackageColumnAttribute(ISymbol symbol)
        => symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == PackageColumnAttributeName);

    private static string? Description(AttributeData attribute)
        => attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string text ? text : null;

    private static bool HasParseMethod(INamedTypeSymbol type)
        => type.GetMembers("Parse").OfType<IMethodSymbol>().Any(m =>
            m.IsStatic
            && m.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
            && m.Parameters.Length == 2
            && m.Parameters[0].Type.SpecialType == SpecialType.System_String
            && m.Parameters[1].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::System.IFormatProvider"
            && SymbolEqualityComparer.Default.Equals(m.ReturnType.WithNullableAnnotation(NullableAnnotation.NotAnnotated), type));

    public override string Expectation(TypeShape type) => $"text that {type.DisplayName}.Parse accepts";

    public override bool ReadByProjectCode => true;

    // Only the type's own Parse can say whether the text is one of its values: the build runs it after the compile.
    public override bool Bind(Parsing.DataNode node, TypeShape type, string key, IBindScope scope)
    {
        if (!base.Bind(node, type, key, scope)) return false;
        scope.CheckAfterBuild(node, type);
        return true;
    }

    public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
    {
        image.WriteString(text);
        return ScalarResult.Ok;
    }

    // A Parse that throws does not stop the build of the other collections: Store keeps the failure (see ValueFailure).
    public override string ReadImage(TypeShape type, IStoreScope scope)
        => "Parsed(reader.String(), static text => " + type.TypeName + ".Parse(text, global::System.Globalization.CultureInfo.InvariantCulture), "
            + CSharpNames.StringLiteral(type.DisplayName) + ")";

    public override bool MayBeNull(TypeShape type) => true;

    public override string WriteJson(TypeShape type, string value, IJsonScope scope)
        => "WriteText(writer, global::System.Convert.ToString(" + value + ", global::System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);";

    public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope) => scope.Parser(type) + "(" + element + ", " + path + ")";

    public override JsonText Schema(TypeShape type, ISchemaScope scope) => StringKind.AnyScalar();

    public void WriteSpeller(SourceWriter writer, string name, TypeShape type)
    {
    }

    public void WriteParser(SourceWriter writer, string name, TypeShape type)
    {
        JsonEmitter.OpenParser(writer, name, type);
        writer.Open("try");
        writer.Line("return " + type.TypeName + ".Parse(text, global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.Close();
        writer.Open("catch (global::System.Exception ex) when (ex is global::System.FormatException or global::System.ArgumentException or global::System.OverflowException)");
        writer.Line("throw new global::System.Text.Json.JsonException(path + \": '\" + text + \"' is not " + type.Expectation.Replace("\"", "\\\"") + " (\" + ex.Message + \")\", path, null, null, ex);");
        writer.Close();
        writer.Close();
    }

    public override PackageField PackageField(TypeShape type) => new("string", PackageCell.Text, Description: type.PackageDescription);

    public override Model.EquatableArray<PackageColumn> PackageColumns(TypeShape type) => type.PackageColumns;
}
