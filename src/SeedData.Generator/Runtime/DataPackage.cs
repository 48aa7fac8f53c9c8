namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region DataPackageInfo
    /// <summary>
    /// What <c>datapackage.json</c> says of the dataset as a whole. The generated <c>WriteDataPackage</c> fills it
    /// with defaults (the dataset class's name, version and content hash) and then passes it to the dataset's
    /// <c>DescribeDataPackage</c>, a partial method the dataset class may implement to set the rest.
    /// </summary>
    internal sealed class DataPackageInfo
    {
        /// <summary>The package name: lower case, digits, <c>-</c>, <c>_</c> and <c>.</c>.</summary>
        public string Name { get; set; } = "dataset";

        public string? Title { get; set; }

        public string? Description { get; set; }

        public global::System.Collections.Generic.List<(string Name, string Path, string Title)> Licenses { get; } = new();

        public global::System.Collections.Generic.List<string> Keywords { get; } = new();
    }
    #endregion

    #region DataPackage (uses DataPackageInfo)
    /// <summary>
    /// Builds and writes a Frictionless Data Package (v1): <c>datapackage.json</c>, then per collection an RFC 4180 CSV
    /// file (UTF-8 without BOM, CRLF, a header row) described by a Table Schema, and the same records as JSON Lines.
    /// Every cell comes from the record as the dataset's JSON export writes it (one spelling for every surface): a
    /// scalar is its text, a list of scalars that join is its items joined with <see cref="ListSeparator"/> (its JSON
    /// array where an item holds the separator), anything else is its compact JSON; a missing value is empty.
    /// </summary>
    internal sealed class DataPackage
    {
        /// <summary>The separator of the items of a list in one CSV cell.</summary>
        public const string ListSeparator = ";";

        private static readonly global::System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        private static readonly global::System.Text.Json.JsonWriterOptions Compact = new() { Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private static readonly global::System.Text.Json.JsonWriterOptions Indented = new() { Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

        private readonly DataPackageInfo _info;
        private readonly string? _version;
        private readonly string _contentHash;
        private readonly global::System.Collections.Generic.List<(string Name, string Schema, byte[] Csv, byte[] JsonLines)> _tables = new();

        public DataPackage(DataPackageInfo info, string? version, string contentHash)
        {
            _info = info;
            _version = version;
            _contentHash = contentHash;
        }

        /// <summary>How a cell is made from a record's JSON value.</summary>
        public enum Cell
        {
            /// <summary>A scalar's text.</summary>
            Text,

            /// <summary>A list's items joined with the separator.</summary>
            Join,

            /// <summary>The compact JSON.</summary>
            Json,
        }

        /// <summary>A collection: its Table Schema (JSON, made at build time), its columns, and the records' JSON and extra cells.</summary>
        /// <param name="name">The collection's name: the resource's, and its files'.</param>
        /// <param name="schema">The Table Schema, whose fields name the CSV columns.</param>
        /// <param name="columns">The JSON keys that make the CSV columns, with how each becomes a cell; a null key is the next extra cell.</param>
        /// <param name="records">The records as the JSON export writes them, in collection order.</param>
        /// <param name="extraCells">For each record, the cells of the columns that come from its values rather than its JSON.</param>
        public void Table(string name, string schema, (string? Key, Cell Cell)[] columns, global::System.Text.Json.JsonElement records,
            global::System.Func<int, string[]>? extraCells)
        {
            var csv = new global::System.Text.StringBuilder();
            var jsonLines = new global::System.IO.MemoryStream();
            using (var fields = global::System.Text.Json.JsonDocument.Parse(schema))
            {
                int column = 0;
                foreach (var field in fields.RootElement.GetProperty("fields").EnumerateArray()) Append(csv, column++, field.GetProperty("name").GetString()!);
            }
            csv.Append("\r\n");
            int index = 0;
            foreach (var record in records.EnumerateArray())
            {
                string[] extra = extraCells?.Invoke(index) ?? global::System.Array.Empty<string>();
                int next = 0;
                for (int c = 0; c < columns.Length; c++)
                {
                    var (key, cell) = columns[c];
                    Append(csv, c, key is null ? extra[next++] : record.TryGetProperty(key, out var value) ? CellText(value, cell) : string.Empty);
                }
                csv.Append("\r\n");
                using (var writer = new global::System.Text.Json.Utf8JsonWriter(jsonLines, Compact)) record.WriteTo(writer);
                jsonLines.WriteByte((byte)'\n');
                index++;
            }
            _tables.Add((name, schema, Utf8.GetBytes(csv.ToString()), jsonLines.ToArray()));
        }

        private static string CellText(global::System.Text.Json.JsonElement value, Cell cell)
        {
            switch (value.ValueKind)
            {
                case global::System.Text.Json.JsonValueKind.Null:
                    return string.Empty;
                case global::System.Text.Json.JsonValueKind.String:
                    return value.GetString()!;
                case global::System.Text.Json.JsonValueKind.Number:
                    return value.GetRawText();
                case global::System.Text.Json.JsonValueKind.True:
                    return "true";
                case global::System.Text.Json.JsonValueKind.False:
                    return "false";
                case global::System.Text.Json.JsonValueKind.Array when cell == Cell.Join:
                    var items = new global::System.Collections.Generic.List<string>();
                    foreach (var item in value.EnumerateArray())
                    {
                        string text = CellText(item, Cell.Text);
                        // An item that holds the separator (or none at all) cannot be joined: the cell is the list's JSON.
                        if (item.ValueKind is global::System.Text.Json.JsonValueKind.Object or global::System.Text.Json.JsonValueKind.Array or global::System.Text.Json.JsonValueKind.Null
                            || text.Length == 0 || text.Contains(ListSeparator)) return Raw(value);
                        items.Add(text);
                    }
                    return string.Join(ListSeparator, items);
                default:
                    return Raw(value);
            }
        }

        private static string Raw(global::System.Text.Json.JsonElement value)
        {
            using var buffer = new global::System.IO.MemoryStream();
            using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer, Compact)) value.WriteTo(writer);
            return Utf8.GetString(buffer.ToArray());
        }

        // RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled.
        private static void Append(global::System.Text.StringBuilder csv, int column, string cell)
        {
            if (column > 0) csv.Append(',');
            if (cell.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0) csv.Append(cell);
            else csv.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
        }

        /// <summary>The package's files, <c>datapackage.json</c> first, then each collection's CSV and JSON Lines.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, byte[]>> Files()
        {
            var files = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, byte[]>> { new("datapackage.json", Descriptor()) };
            foreach (var table in _tables)
            {
                files.Add(new(table.Name + ".csv", table.Csv));
                files.Add(new(table.Name + ".jsonl", table.JsonLines));
            }
            return files;
        }

        private byte[] Descriptor()
        {
            using var buffer = new global::System.IO.MemoryStream();
            using (var w = new global::System.Text.Json.Utf8JsonWriter(buffer, Indented))
            {
                w.WriteStartObject();
                w.WriteString("profile", "data-package");
                w.WriteString("name", _info.Name);
                if (_info.Title is not null) w.WriteString("title", _info.Title);
                if (_info.Description is not null) w.WriteString("description", _info.Description);
                if (_version is not null) w.WriteString("version", _version);
                w.WriteString("contentHash", _contentHash);
                w.WriteString("listSeparator", ListSeparator);
                if (_info.Licenses.Count > 0)
                {
                    w.WriteStartArray("licenses");
                    foreach (var (name, path, title) in _info.Licenses)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", name);
                        w.WriteString("path", path);
                        w.WriteString("title", title);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                if (_info.Keywords.Count > 0)
                {
                    w.WriteStartArray("keywords");
                    foreach (string keyword in _info.Keywords) w.WriteStringValue(keyword);
                    w.WriteEndArray();
                }
                w.WriteStartArray("resources");
                foreach (var table in _tables)
                {
                    w.WriteStartObject();
                    w.WriteString("profile", "tabular-data-resource");
                    w.WriteString("name", table.Name);
                    w.WriteString("path", table.Name + ".csv");
                    w.WriteString("format", "csv");
                    w.WriteString("mediatype", "text/csv");
                    w.WriteString("encoding", "utf-8");
                    FileFacts(w, table.Csv);
                    w.WriteStartObject("dialect");
                    w.WriteString("delimiter", ",");
                    w.WriteString("lineTerminator", "\r\n");
                    w.WriteString("quoteChar", "\"");
                    w.WriteBoolean("doubleQuote", true);
                    w.WriteBoolean("header", true);
                    w.WriteEndObject();
                    w.WritePropertyName("schema");
                    using (var schema = global::System.Text.Json.JsonDocument.Parse(table.Schema)) schema.RootElement.WriteTo(w);
                    w.WriteEndObject();
                }
                foreach (var table in _tables)
                {
                    w.WriteStartObject();
                    w.WriteString("profile", "data-resource");
                    w.WriteString("name", table.Name + "-jsonl");
                    w.WriteString("path", table.Name + ".jsonl");
                    w.WriteString("format", "jsonl");
                    w.WriteString("mediatype", "application/jsonl");
                    w.WriteString("encoding", "utf-8");
                    w.WriteString("description", "The " + table.Name + " as JSON Lines: one record per line, as in the dataset's JSON document.");
                    FileFacts(w, table.JsonLines);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            // Utf8JsonWriter indents with the platform's new line on some targets: the file is the same everywhere.
            return Utf8.GetBytes(Utf8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n");
        }

        private static void FileFacts(global::System.Text.Json.Utf8JsonWriter w, byte[] bytes)
        {
            w.WriteNumber("bytes", bytes.Length);
            using var sha = global::System.Security.Cryptography.SHA256.Create();
            var hex = new global::System.Text.StringBuilder("sha256:", 7 + 64);
            foreach (byte b in sha.ComputeHash(bytes)) hex.Append(b.ToString("x2", global::System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("hash", hex.ToString());
        }

        /// <summary>
        /// Writes the files into <paramref name="directory"/> as one change: into a fresh folder beside it, which then
        /// takes its place, so a reader sees the old package or the new one, never a mix, and nothing is written
        /// through a link this method did not create. What the old package owned (the files its datapackage.json
        /// lists) goes; every other entry of the folder is kept. A folder in the way of a file fails before anything
        /// changes.
        /// </summary>
        public static void Write(string directory, global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, byte[]>> files)
        {
            if (string.IsNullOrEmpty(directory)) throw new global::System.ArgumentException("The directory is null or empty.", nameof(directory));
            string target = global::System.IO.Path.GetFullPath(directory).TrimEnd(global::System.IO.Path.DirectorySeparatorChar, global::System.IO.Path.AltDirectorySeparatorChar);
            string parent = global::System.IO.Path.GetDirectoryName(target) ?? target;
            string name = global::System.IO.Path.GetFileName(target);
            if (global::System.IO.File.Exists(target)) throw new global::System.IO.IOException("'" + target + "' is a file, not a folder: the Data Package is written into a folder.");
            var names = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
            foreach (var file in files) names.Add(file.Key);
            bool replacing = global::System.IO.Directory.Exists(target);
            var owned = replacing ? OwnedFiles(target) : new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
            if (replacing)
            {
                foreach (string file in names)
                {
                    if (global::System.IO.Directory.Exists(global::System.IO.Path.Combine(target, file)))
                        throw new global::System.IO.IOException("'" + global::System.IO.Path.Combine(target, file) + "' is a folder where the Data Package writes a file: move it away.");
                }
            }

            global::System.IO.Directory.CreateDirectory(parent);
            string fresh = global::System.IO.Path.Combine(parent, "." + name + ".writing-" + global::System.Guid.NewGuid().ToString("N"));
            global::System.IO.Directory.CreateDirectory(fresh);
            try
            {
                foreach (var file in files)
                {
                    using var stream = new global::System.IO.FileStream(global::System.IO.Path.Combine(fresh, file.Key), global::System.IO.FileMode.CreateNew, global::System.IO.FileAccess.Write);
                    stream.Write(file.Value, 0, file.Value.Length);
                }
                if (!replacing)
                {
                    global::System.IO.Directory.Move(fresh, target);
                    return;
                }
                string old = global::System.IO.Path.Combine(parent, "." + name + ".replaced-" + global::System.Guid.NewGuid().ToString("N"));
                global::System.IO.Directory.Move(target, old);
                global::System.IO.Directory.Move(fresh, target);
                // What the old package did not own comes back; a link is moved as a link, never followed.
                foreach (string entry in global::System.IO.Directory.EnumerateFileSystemEntries(old))
                {
                    string entryName = global::System.IO.Path.GetFileName(entry);
                    if (owned.Contains(entryName) || names.Contains(entryName)) continue;
                    string back = global::System.IO.Path.Combine(target, entryName);
                    if (global::System.IO.Directory.Exists(entry) && !IsLink(entry)) global::System.IO.Directory.Move(entry, back);
                    else global::System.IO.File.Move(entry, back);
                }
                DeleteTree(old);
            }
            catch
            {
                if (global::System.IO.Directory.Exists(fresh)) DeleteTree(fresh);
                throw;
            }
        }

        /// <summary>The files an existing package owns: datapackage.json and the plain file names its resources list.</summary>
        private static global::System.Collections.Generic.HashSet<string> OwnedFiles(string directory)
        {
            var owned = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
            string descriptor = global::System.IO.Path.Combine(directory, "datapackage.json");
            if (!global::System.IO.File.Exists(descriptor) || IsLink(descriptor)) return owned;
            owned.Add("datapackage.json");
            try
            {
                using var document = global::System.Text.Json.JsonDocument.Parse(global::System.IO.File.ReadAllBytes(descriptor));
                if (document.RootElement.ValueKind != global::System.Text.Json.JsonValueKind.Object || !document.RootElement.TryGetProperty("resources", out var resources)
                    || resources.ValueKind != global::System.Text.Json.JsonValueKind.Array) return owned;
                foreach (var resource in resources.EnumerateArray())
                {
                    if (resource.ValueKind == global::System.Text.Json.JsonValueKind.Object && resource.TryGetProperty("path", out var path)
                        && path.ValueKind == global::System.Text.Json.JsonValueKind.String && path.GetString() is { Length: > 0 } file
                        && file == global::System.IO.Path.GetFileName(file) && file is not ("." or "..")) owned.Add(file);
                }
            }
            catch (global::System.Text.Json.JsonException)
            {
                // Not a descriptor this method can read: it owns only itself.
            }
            return owned;
        }

        private static bool IsLink(string path) => (global::System.IO.File.GetAttributes(path) & global::System.IO.FileAttributes.ReparsePoint) != 0;

        // Deletes a tree without following links: a link is removed, not what it points to.
        private static void DeleteTree(string directory)
        {
            foreach (string entry in global::System.IO.Directory.EnumerateFileSystemEntries(directory))
            {
                if (global::System.IO.Directory.Exists(entry) && !IsLink(entry)) DeleteTree(entry);
                else if (global::System.IO.Directory.Exists(entry)) global::System.IO.Directory.Delete(entry);
                else global::System.IO.File.Delete(entry);
            }
            global::System.IO.Directory.Delete(directory);
        }
    }
    #endregion
}
