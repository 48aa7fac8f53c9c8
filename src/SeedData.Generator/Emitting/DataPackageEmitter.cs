using System.Globalization;
using System.Linq;
using SeedData.Generator.Declarations;
using SeedData.Generator.Kinds;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emitting;

/// <summary>
/// Writes <c>WriteDataPackage</c> and <c>DataPackageFiles</c> for a dataset: a Frictionless Data Package of its
/// collections, each column's Table Schema field and CSV cell given by its value kind, built here as data (a schema
/// per collection) and read by the run-time <c>DataPackage</c> (Runtime/DataPackage.cs). Emitted where generated JSON
/// is: the cells come from the records as the JSON export writes them.
/// </summary>
internal static class DataPackageEmitter
{
    private const string Files = "global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, byte[]>>";

    public static (string HintName, string Source) Emit(DatasetInfo dataset, DatasetDeclarations declarations)
    {
        bool valid = declarations.Collections.All(c => c.IsValid);
        string access = dataset.IsPublic && declarations.Collections.All(c => c.Shape.IsPublic) ? "public" : "internal";
        var writer = DatasetEmitter.Begin(dataset);
        writer.Open("static partial class " + dataset.ClassName);
        writer.Line("/// <summary>");
        writer.Line("/// Writes every record as a Frictionless Data Package (v1) into <paramref name=\"directory\"/>: <c>datapackage.json</c>,");
        writer.Line("/// then per collection a CSV file (RFC 4180: UTF-8, CRLF, a header row) described by a Table Schema (field types,");
        writer.Line("/// primary key <c>id</c>, foreign keys for references) and the same records as JSON Lines. A cell is the value as the");
        writer.Line("/// JSON export writes it: a reference its id, a list of ids or enum values its items joined with <c>;</c>, other");
        writer.Line("/// lists and inline records their JSON. The package replaces the one in the folder as one change (the files the old");
        writer.Line("/// one listed go; other files stay), never writing through a link. The same data gives the same bytes in any culture.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"directory\">The folder to write; created if missing.</param>");
        writer.Line(access + " static void WriteDataPackage(string directory) => DataPackage.Write(directory, DataPackageFiles());");
        writer.Line();
        writer.Summary("The files of <see cref=\"WriteDataPackage(string)\"/>, by name, <c>datapackage.json</c> first.");
        writer.Open(access + " static " + Files + " DataPackageFiles()");
        if (!valid)
        {
            writer.Line("throw new global::System.InvalidOperationException(\"The SeedData declarations of this build have errors; see the SD diagnostics.\");");
        }
        else
        {
            writer.Line("var info = new DataPackageInfo { Name = " + CSharpNames.StringLiteral(Naming.ToKebabCase(dataset.ClassName)) + " };");
            writer.Line("DescribeDataPackage(info);");
            writer.Line("var package = new DataPackage(info, " + (dataset.HasVersion ? "Version" : "null") + ", ContentHash);");
            writer.Open("using (var json = global::System.Text.Json.JsonDocument.Parse(ToSnapshot().ToJson()))");
            foreach (var collection in declarations.Collections) WriteTable(writer, collection, declarations);
            writer.Close();
            writer.Line("return package.Files();");
        }
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Sets what <c>datapackage.json</c> says of the dataset (title, description, licenses, keywords); implement it in the dataset class.</summary>");
        writer.Line("static partial void DescribeDataPackage(DataPackageInfo info);");
        writer.Line();
        RuntimeSource.Write(writer, "DataPackage");
        writer.Close();
        string prefix = DatasetEmitter.Prefix(dataset);
        return (CSharpNames.HintName(prefix + ".DataPackage"), DatasetEmitter.End(dataset, writer));
    }

    /// <summary>The column of a record's <c>string Id</c>: its key in the dataset's key naming (<c>Id</c> when it is exact).</summary>
    private static string IdKey(RecordShape shape) => shape.Parameters.Items.FirstOrDefault(p => p.Name == "Id")?.Key ?? "id";

    private static void WriteTable(SourceWriter writer, CollectionDeclaration collection, DatasetDeclarations declarations)
    {
        var key = collection.Shape.RecordKey;
        var primaryKey = key.IsId ? new[] { IdKey(collection.Shape) } : key.Fields.Items.Select(f => f.Key).ToArray();
        var fields = JsonText.Array();
        var keys = JsonText.Array();
        var columns = new System.Collections.Generic.List<string>();
        var extraCells = new System.Collections.Generic.List<string>();
        foreach (var parameter in collection.Shape.Parameters)
        {
            var type = parameter.Type;
            var field = type.Kind.PackageField(type);
            fields.Item(Field(parameter.Key, field, required: !parameter.IsOptional, unique: primaryKey.Length == 1 && parameter.Key == primaryKey[0]));
            columns.Add("(" + CSharpNames.StringLiteral(parameter.Key) + ", DataPackage.Cell." + field.Cell + ")");
            if (field.References is { } target && field.Cell == PackageCell.Text && declarations.IndexOfCollection(target) is int index and >= 0)
            {
                var targetKey = declarations.Collections[index].Shape.RecordKey;
                keys.Item(JsonText.Object().Set("fields", parameter.Key).Set("reference", JsonText.Object().Set("resource", target)
                    .Set("fields", targetKey.IsId ? IdKey(declarations.Collections[index].Shape) : targetKey.Fields[0].Key)));
            }
            foreach (var column in type.Kind.PackageColumns(type))
            {
                // Pattern variables of one initializer share its scope: each cell gets its own.
                string local = "__v" + extraCells.Count.ToString(CultureInfo.InvariantCulture);
                var columnField = column.Type.Kind.PackageField(column.Type) with { Description = column.Description?.Replace("{0}", parameter.Key) };
                fields.Item(Field(parameter.Key + column.Property, columnField, required: false, unique: false));
                columns.Add("(null, DataPackage.Cell.Text)");
                extraCells.Add("record." + CSharpNames.Identifier(parameter.Name) + " is { } " + local + " ? "
                    + column.Type.Kind.Text(column.Type, local + "." + CSharpNames.Identifier(column.Property)) + " : string.Empty");
            }
        }
        string schema = JsonText.Object()
            .Set("fields", fields)
            .Set("missingValues", JsonText.Array().Item(string.Empty))
            .Set("primaryKey", primaryKey.Aggregate(JsonText.Array(), (array, field) => array.Item(field)))
            .Set("foreignKeys", keys)
            .ToString();
        writer.Line("package.Table(" + CSharpNames.StringLiteral(collection.Name) + ",");
        writer.Line("    " + CSharpNames.StringLiteral(schema) + ",");
        writer.Line("    new (string?, DataPackage.Cell)[] { " + string.Join(", ", columns) + " },");
        writer.Line("    json.RootElement.GetProperty(" + CSharpNames.StringLiteral(collection.Name) + "),");
        if (extraCells.Count == 0)
        {
            writer.Line("    null);");
            return;
        }
        writer.Line("    static index =>");
        writer.Line("    {");
        writer.Line("        var record = " + collection.PropertyName + "[index];");
        writer.Line("        return new string[] { " + string.Join(", ", extraCells) + " };");
        writer.Line("    });");
    }

    private static JsonText Field(string name, PackageField field, bool required, bool unique)
    {
        var text = JsonText.Object().Set("name", name).Set("type", field.Type).Set("format", field.Format);
        if (field.Description is { } description) text.Set("description", description);
        if (required || unique || field.Values.Count > 0)
        {
            var constraints = JsonText.Object();
            if (required) constraints.Set("required", true);
            if (unique) constraints.Set("unique", true);
            if (field.Values.Count > 0)
            {
                var values = JsonText.Array();
                foreach (string value in field.Values) values.Item(value);
                constraints.Set("enum", values);
            }
            text.Set("constraints", constraints);
        }
        return text;
    }
}
