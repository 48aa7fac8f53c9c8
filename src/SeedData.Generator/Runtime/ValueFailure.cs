// The generated Store assigns the record being built (s_collection, s_id); here, outside it, nothing does.
#pragma warning disable CS0649

namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    // Stand-ins for what the generated Store writes before the StoreFailures region: each collection's name.
    private static readonly string[] Collections = global::System.Array.Empty<string>();

    #region StoreFailures (uses ValueFailure)
    // Per collection: the first value its records hold whose Parse threw, then the first its records reach.
    private static readonly ValueFailure?[] Failed = new ValueFailure?[Collections.Length];
    private static readonly ValueFailure?[] Broken = new ValueFailure?[Collections.Length];

    // The record being built, for a failure to name.
    private static int s_collection;
    private static string s_id = string.Empty;

    /// <summary>A project scalar's value read by its own Parse; a failure is kept for the collections that reach it, and the image read on.</summary>
    private static T Parsed<T>(string text, global::System.Func<string, T> parse, string type)
    {
        try
        {
            return parse(text);
        }
        catch (global::System.Exception ex)
        {
            Failed[s_collection] ??= new ValueFailure(Collections[s_collection], s_id, type, text, ex);
            return default!;
        }
    }

    /// <summary>Once every record is read: each collection is broken by the first failure of a collection it reaches.</summary>
    private static void MarkBroken(int[][] reaches)
    {
        for (int c = 0; c < Broken.Length; c++)
        {
            foreach (int reached in reaches[c]) Broken[c] ??= Failed[reached];
        }
    }
    #endregion

    #region ValueFailure
    /// <summary>
    /// A value of a project's own scalar type whose <c>Parse</c> threw while the records were built: which record holds
    /// it, the value and the exception. The collections that hold or reach it cannot be built; the others can. The
    /// build checks every such value first (SeedDataCheckValues), so this is for data whose check was turned off, or a
    /// Parse that depends on more than the text.
    /// </summary>
    internal sealed class ValueFailure
    {
        public ValueFailure(string collection, string id, string type, string value, global::System.Exception error)
        {
            Collection = collection;
            Id = id;
            Type = type;
            Value = value;
            Error = error;
        }

        public string Collection { get; }

        public string Id { get; }

        public string Type { get; }

        public string Value { get; }

        public global::System.Exception Error { get; }

        /// <summary>
        /// The exception a use of <paramref name="broken"/> throws: where the value is written, found in
        /// <paramref name="table"/> (the dataset's SeedDataValueChecks), the record, the value and the original exception.
        /// </summary>
        public global::System.InvalidOperationException Exception(string broken, string table)
        {
            string place = Place(table) is { } found ? found + ": " : string.Empty;
            string reach = broken == Collection ? string.Empty
                : " The records of '" + broken + "' reference that record, directly or through others, so they cannot be built either; collections that do not reach it can.";
            return new global::System.InvalidOperationException(
                place + "the value '" + Value + "' of the '" + Collection + "' record '" + Id + "' is not a valid " + Type + ": " + Error.Message + reach, Error);
        }

        /// <summary>Where the value is written: the table's line for this record and value (tab-separated, \t \n \\ escaped).</summary>
        private string? Place(string table)
        {
            foreach (string line in table.Split('\n'))
            {
                string[] cells = line.Split('\t');
                if (cells.Length == 5 && Unescape(cells[1]) == Collection && Unescape(cells[2]) == Id && Unescape(cells[4]) == Value) return Unescape(cells[3]);
            }
            return null;
        }

        private static string Unescape(string cell)
        {
            if (cell.IndexOf('\\') < 0) return cell;
            var text = new global::System.Text.StringBuilder(cell.Length);
            for (int i = 0; i < cell.Length; i++)
            {
                if (cell[i] != '\\' || i + 1 == cell.Length) text.Append(cell[i]);
                else text.Append(cell[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => cell[i] });
            }
            return text.ToString();
        }
    }
    #endregion
}
