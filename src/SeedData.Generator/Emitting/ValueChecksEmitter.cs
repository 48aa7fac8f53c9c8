using System.Text;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emitting;

/// <summary>
/// Writes <c>SeedDataValueChecks.Table</c>: every value of a project's own scalar type in the data, with its type, the
/// record that holds it and where it is written. The build's check step (SeedData.SchemaWriter check-values) reads it
/// from the compiled assembly and runs each type's <c>Parse</c> on its values; at run time a value whose Parse throws
/// names its place from it. Data, not code: one line per value.
/// </summary>
internal static class ValueChecksEmitter
{
    /// <summary>The name of the class and of its constant, as the check step looks for them.</summary>
    public const string ClassName = "SeedDataValueChecks";

    public static (string HintName, string Source) Emit(DatasetInfo dataset, EquatableArray<CheckedValue> checks)
    {
        var table = new StringBuilder();
        foreach (var check in checks)
        {
            if (table.Length > 0) table.Append('\n');
            table.Append(Escape(check.TypeName)).Append('\t').Append(Escape(check.Collection)).Append('\t').Append(Escape(check.RecordId))
                .Append('\t').Append(Escape(check.Location)).Append('\t').Append(Escape(check.Value));
        }
        var writer = DatasetEmitter.Begin(dataset, table.Length + 2048);
        writer.Open("static partial class " + dataset.ClassName);
        writer.Line("/// <summary>");
        writer.Line("/// Every value of a project's own scalar type in the data (" + checks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "): the build runs its type's Parse on each after the compile, and a value whose Parse throws at run");
        writer.Line("/// time names its place from here. One line per value: type, collection, record id, place, value; tab-separated,");
        writer.Line("/// with \\t, \\n, \\r and \\\\ escaped.");
        writer.Line("/// </summary>");
        writer.Open("internal static class " + ClassName);
        writer.Line("internal const string Table = " + CSharpNames.StringLiteral(table.ToString()) + ";");
        writer.Close();
        writer.Close();
        return (CSharpNames.HintName(DatasetEmitter.Prefix(dataset) + ".ValueChecks"), DatasetEmitter.End(dataset, writer));
    }

    private static string Escape(string cell) => cell.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");
}
