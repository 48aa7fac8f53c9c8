namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region Parsed (uses ValueFailure)
    /// <summary>
    /// A project scalar's value read by its own Parse. A Parse that throws fails the record being built, and the
    /// records that reach it; the record's reader names the record (see <c>ImageRecords</c>).
    /// </summary>
    private static T Parsed<T>(string text, global::System.Func<string, T> parse, string type)
    {
        try
        {
            return parse(text);
        }
        catch (global::System.Exception ex)
        {
            throw new ValueParseException(type, text, ex);
        }
    }

    /// <summary>A project scalar's Parse threw while a record was read from the image.</summary>
    internal sealed class ValueParseException : global::System.Exception
    {
        internal ValueParseException(string type, string value, global::System.Exception error)
            : base(error.Message, error)
        {
            Type = type;
            Value = value;
        }

        internal string Type { get; }

        internal string Value { get; }
    }
    #endregion

    #region ValueFailure
    /// <summary>A record could not be built: it holds, or reaches, a value whose Parse threw (<see cref="Failure"/>).</summary>
    internal sealed class ValueFailureException : global::System.InvalidOperationException
    {
        internal ValueFailureException(ValueFailure failure, string broken, string message)
            : base(message, failure.Error)
        {
            Failure = failure;
            Broken = broken;
        }

        internal ValueFailure Failure { get; }

        /// <summary>The collection whose record this exception is about.</summary>
        internal string Broken { get; }
    }

    /// <summary>
    /// A value of a project's own scalar type whose <c>Parse</c> threw while the records were built: which record holds
    /// it, the value and the exception. The records that hold or reach it cannot be built; the others can. The
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
        public ValueFailureException Exception(string broken, string? table)
        {
            string place = table is not null && Place(table) is { } found ? found + ": " : string.Empty;
            string reach = broken == Collection ? string.Empty
                : " Records of '" + broken + "' reference that record, directly or through others, so they cannot be built either; records that do not reach it can.";
            return new ValueFailureException(this, broken,
                place + "the value '" + Value + "' of the '" + Collection + "' record '" + Id + "' is not a valid " + Type + ": " + Error.Message + reach);
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
