using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedData.Generator.Declarations;
using SeedData.Generator.Kinds;

namespace SeedData.Generator.Emitting;

/// <summary>
/// Writes JSON read and write for a dataset, in the data files' own format (same keys, enum spellings, references as
/// ids, dates as the files write them): the <c>{Class}Snapshot</c> type (every record as plain values, with
/// <c>WriteJson</c>, <c>ReadJson</c> and value equality), and <c>ToSnapshot</c>, <c>WriteJson</c> and <c>ReadJson</c> on
/// the dataset class. One writer and one reader per record type: no reflection, so trimming and AOT keep working.
/// An export is itself a data file: the generator reads it back into equal records. Emitted only where
/// System.Text.Json is available.
/// </summary>
internal sealed class JsonEmitter : IJsonScope
{
    private const string Json = "global::System.Text.Json";
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    private readonly DatasetInfo _dataset;
    private readonly DatasetDeclarations _declarations;
    private readonly bool _valid;
    private readonly Dictionary<string, RecordShape> _nested = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _usedNames = new(System.StringComparer.Ordinal);
    private readonly Queue<(string Name, RecordShape Shape)> _recordWriters = new();
    private readonly Queue<(string Name, RecordShape Shape)> _recordReaders = new();
    private readonly Queue<(string Name, TypeShape List)> _listReaders = new();
    private readonly Queue<(string Name, TypeShape Type)> _enums = new();
    private readonly Queue<(string Name, TypeShape Type)> _parsers = new();
    private readonly HashSet<string> _helpers = new(System.StringComparer.Ordinal) { "ReadString" };

    private JsonEmitter(DatasetInfo dataset, DatasetDeclarations declarations)
    {
        _dataset = dataset;
        _declarations = declarations;
        // With a declaration error the shapes are incomplete: the API is kept (so user code compiles) and its bodies throw.
        _valid = declarations.Collections.All(c => c.IsValid);
        foreach (var shape in declarations.NestedShapes) _nested[shape.TypeName] = shape;
    }

    public static (string HintName, string Source) Emit(DatasetInfo dataset, DatasetDeclarations declarations)
    {
        string prefix = dataset.Namespace is null ? dataset.SnapshotName : dataset.Namespace + "." + dataset.SnapshotName;
        return (CSharpNames.HintName(prefix), new JsonEmitter(dataset, declarations).Write());
    }

    private IEnumerable<CollectionDeclaration> Collections => _declarations.Collections;

    private string Snapshot => _dataset.SnapshotName;

    private string Access => _dataset.IsPublic && Collections.All(c => c.Shape.IsPublic) ? "public" : "internal";

    private static string Parameter(CollectionDeclaration collection) => CSharpNames.Identifier(char.ToLowerInvariant(collection.PropertyName[0]) + collection.PropertyName.Substring(1));

    private static string Array(CollectionDeclaration collection) => ImmutableArray + "<" + collection.RecordTypeName + ">";

    private string Write()
    {
        var writer = DatasetEmitter.Begin(_dataset);
        WriteDatasetMembers(writer);
        writer.Line();
        WriteSnapshot(writer);
        return DatasetEmitter.End(_dataset, writer);
    }

    private void WriteDatasetMembers(SourceWriter writer)
    {
        writer.Open("static partial class " + _dataset.ClassName);
        writer.Summary("Every record as one <see cref=\"" + Snapshot + "\"/>, made on each call" + (_dataset.HasVersion ? ", with <c>Version</c>" : string.Empty) + ".");
        writer.Line(Access + " static " + Snapshot + " ToSnapshot() => new " + Snapshot + "(" + (_dataset.HasVersion ? "Version" : "null") + ", ContentHash"
            + string.Concat(Collections.Select(c => ", " + c.PropertyName + ".AsImmutableArray()")) + ");");
        writer.Line();
        writer.Summary("Writes every record as one data file (UTF-8 JSON, indented): see <see cref=\"" + Snapshot + ".WriteJson(global::System.IO.Stream)\"/>.");
        writer.Line(Access + " static void WriteJson(global::System.IO.Stream stream) => ToSnapshot().WriteJson(stream);");
        writer.Line();
        writer.Summary("Writes every record as one JSON object: see <see cref=\"" + Snapshot + ".WriteJson(" + Json + ".Utf8JsonWriter)\"/>.");
        writer.Line(Access + " static void WriteJson(" + Json + ".Utf8JsonWriter writer) => ToSnapshot().WriteJson(writer);");
        writer.Line();
        writer.Summary("Reads a document that <see cref=\"WriteJson(global::System.IO.Stream)\"/> wrote, or any data file of this dataset, into new records.");
        writer.Line("/// <exception cref=\"" + Json + ".JsonException\">The document is not JSON of this dataset; the message gives the JSON path and what was expected there.</exception>");
        writer.Line(Access + " static " + Snapshot + " ReadJson(global::System.IO.Stream stream) => " + Snapshot + ".ReadJson(stream);");
        writer.Close();
    }

    private void WriteSnapshot(SourceWriter writer)
    {
        writer.Line("/// <summary>");
        writer.Line("/// Every record of <see cref=\"" + _dataset.ClassName + "\"/> as plain values, in the data files' own format: what");
        writer.Line("/// <see cref=\"WriteJson(global::System.IO.Stream)\"/> writes and <see cref=\"ReadJson(global::System.IO.Stream)\"/> reads. References point into the same snapshot.");
        writer.Line("/// </summary>");
        writer.Open(Access + " sealed partial class " + Snapshot + " : global::System.IEquatable<" + Snapshot + ">");

        writer.Summary("Creates a snapshot. Every reference inside the records should point to a record of the same snapshot.");
        writer.Line("/// <param name=\"version\">The dataset version, or null.</param>");
        writer.Line("/// <param name=\"contentHash\">The SHA-256 (hex) of the data files the records came from.</param>");
        foreach (var c in Collections) writer.Line("/// <param name=\"" + Parameter(c).TrimStart('@') + "\">The <c>" + SourceWriter.Xml(c.Name) + "</c> records.</param>");
        writer.Open("public " + Snapshot + "(string? version, string contentHash" + string.Concat(Collections.Select(c => ", " + Array(c) + " " + Parameter(c))) + ")");
        writer.Line("Version = version;");
        writer.Line("ContentHash = contentHash ?? throw new global::System.ArgumentNullException(nameof(contentHash));");
        foreach (var c in Collections) writer.Line(c.PropertyName + " = " + Parameter(c) + ".IsDefault ? " + Array(c) + ".Empty : " + Parameter(c) + ";");
        writer.Close();
        writer.Line();
        writer.Summary("The dataset version, written first when not null.");
        writer.Line("public string? Version { get; }");
        writer.Line();
        writer.Summary("The SHA-256 (hex) of the data files the records came from.");
        writer.Line("public string ContentHash { get; }");
        foreach (var c in Collections)
        {
            writer.Line();
            writer.Summary("The <c>" + SourceWriter.Xml(c.Name) + "</c> records, in data file order.");
            writer.Line("public " + Array(c) + " " + c.PropertyName + " { get; }");
        }

        WriteJsonMethods(writer);
        WriteEquality(writer);
        if (_valid)
        {
            foreach (var c in Collections) RecordWriterFor(c.Shape);
            DrainWriters(writer);
            WriteReader(writer);
        }
        writer.Close();
    }

    private void WriteJsonMethods(SourceWriter writer)
    {
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Writes the snapshot as one data file: UTF-8 JSON, indented, ending in a newline: <c>version</c> (when set) and");
        writer.Line("/// <c>contentHash</c>, then each collection, each record's keys in declaration order. References are ids, enums their");
        writer.Line("/// spellings, dates <c>yyyy-MM-dd</c>; null values and empty lists of optional keys are left out. The same snapshot");
        writer.Line("/// always gives the same bytes, and the file is a valid data file of this dataset.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"stream\">The stream to write to; it is flushed, not closed.</param>");
        writer.Open("public void WriteJson(global::System.IO.Stream stream)");
        writer.Line("if (stream is null) throw new global::System.ArgumentNullException(nameof(stream));");
        writer.Line("var options = new " + Json + ".JsonWriterOptions { Indented = true, Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };");
        writer.Open("using (var writer = new " + Json + ".Utf8JsonWriter(stream, options))");
        writer.Line("WriteJson(writer);");
        writer.Close();
        writer.Line("stream.WriteByte((byte)'\\n');");
        writer.Line("stream.Flush();");
        writer.Close();
        writer.Line();
        writer.Summary("Writes the snapshot as one JSON object (see <see cref=\"WriteJson(global::System.IO.Stream)\"/>).");
        writer.Open("public void WriteJson(" + Json + ".Utf8JsonWriter writer)");
        writer.Line("if (writer is null) throw new global::System.ArgumentNullException(nameof(writer));");
        if (!_valid)
        {
            writer.Line("throw new global::System.InvalidOperationException(\"The SeedData declarations of this build have errors; see the SD diagnostics.\");");
        }
        else
        {
            writer.Line("writer.WriteStartObject();");
            writer.Line("if (Version is not null) writer.WriteString(\"version\", Version);");
            writer.Line("writer.WriteString(\"contentHash\", ContentHash);");
            foreach (var c in Collections)
            {
                writer.Line("writer.WritePropertyName(" + CSharpNames.StringLiteral(c.Name) + ");");
                writer.Line("writer.WriteStartArray();");
                writer.Line("foreach (var record in " + c.PropertyName + ") " + RecordWriterFor(c.Shape) + "(writer, record);");
                writer.Line("writer.WriteEndArray();");
            }
            writer.Line("writer.WriteEndObject();");
            writer.Line("writer.Flush();");
        }
        writer.Close();
        writer.Line();
        writer.Summary("The document of <see cref=\"WriteJson(global::System.IO.Stream)\"/> as a string.");
        writer.Open("public string ToJson()");
        writer.Line("using var buffer = new global::System.IO.MemoryStream();");
        writer.Line("WriteJson(buffer);");
        writer.Line("return global::System.Text.Encoding.UTF8.GetString(buffer.ToArray());");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Reads a document written by <see cref=\"WriteJson(global::System.IO.Stream)\"/>, or any JSON data file of this dataset, into");
        writer.Line("/// new records, each reference resolved to the record of this snapshot. The whole document is checked first: a bad one");
        writer.Line("/// throws and never gives a half-built snapshot.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"stream\">The stream to read (UTF-8 JSON).</param>");
        writer.Line("/// <exception cref=\"" + Json + ".JsonException\">The document is not JSON of this dataset: the message gives the JSON path (<c>$.actors[3].name</c>) and what was expected there.</exception>");
        writer.Open("public static " + Snapshot + " ReadJson(global::System.IO.Stream stream)");
        writer.Line("if (stream is null) throw new global::System.ArgumentNullException(nameof(stream));");
        if (!_valid)
        {
            writer.Line("throw new global::System.InvalidOperationException(\"The SeedData declarations of this build have errors; see the SD diagnostics.\");");
        }
        else
        {
            writer.Line(Json + ".JsonDocument document;");
            writer.Open("try");
            writer.Line("document = " + Json + ".JsonDocument.Parse(stream);");
            writer.Close();
            writer.Open("catch (" + Json + ".JsonException ex)");
            writer.Line("throw new " + Json + ".JsonException(\"The document is not JSON: \" + ex.Message, ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);");
            writer.Close();
            writer.Open("using (document)");
            writer.Line("return new Reader().Read(document.RootElement);");
            writer.Close();
        }
        writer.Close();
        writer.Line();
        writer.Summary("Reads a document from a string (see <see cref=\"ReadJson(global::System.IO.Stream)\"/>).");
        writer.Line("public static " + Snapshot + " FromJson(string json) => ReadJson(new global::System.IO.MemoryStream(global::System.Text.Encoding.UTF8.GetBytes(json ?? throw new global::System.ArgumentNullException(nameof(json)))));");
    }

    private void WriteEquality(SourceWriter writer)
    {
        writer.Line();
        writer.Summary("Equal version, content hash and records, collection by collection (records compare by their own equality).");
        writer.Open("public bool Equals(" + Snapshot + "? other)");
        writer.Line("if (other is null) return false;");
        writer.Line("if (ReferenceEquals(this, other)) return true;");
        writer.Line("return Version == other.Version && ContentHash == other.ContentHash"
            + string.Concat(Collections.Select(c => " && SameItems(" + c.PropertyName + ", other." + c.PropertyName + ")")) + ";");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override bool Equals(object? obj) => obj is " + Snapshot + " other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open("public override int GetHashCode()");
        writer.Line("int hash = ContentHash.GetHashCode();");
        foreach (var c in Collections) writer.Line("hash = unchecked(hash * 31 + " + c.PropertyName + ".Length);");
        writer.Line("return hash;");
        writer.Close();
        writer.Line();
        writer.Summary("The version, the start of the content hash and the number of records of each collection.");
        writer.Line("public override string ToString() => \"" + _dataset.ClassName + " \" + (Version is null ? string.Empty : Version + \" \") + \"(\" + ContentHash.Substring(0, global::System.Math.Min(12, ContentHash.Length)) + \")\""
            + string.Concat(Collections.Select((c, i) => " + \"" + (i == 0 ? ": " : ", ") + "\" + " + c.PropertyName + ".Length + \" " + c.Name.Replace("\"", "\\\"") + "\"")) + ";");
        writer.Line();
        writer.Open("private static bool SameItems<T>(" + ImmutableArray + "<T> left, " + ImmutableArray + "<T> right)");
        writer.Line("if (left.Length != right.Length) return false;");
        writer.Line("var comparer = global::System.Collections.Generic.EqualityComparer<T>.Default;");
        writer.Line("for (int i = 0; i < left.Length; i++) if (!comparer.Equals(left[i], right[i])) return false;");
        writer.Line("return true;");
        writer.Close();
    }

    // ---- writing -------------------------------------------------------------------------------------

    private string RecordWriterFor(RecordShape shape) => HelperFor("write:" + shape.TypeName, "Write" + shape.Name, shape, _recordWriters);

    private string SpellerFor(TypeShape enumType) => HelperFor("spell:" + enumType.TypeName, "Spell" + ShortName(enumType), enumType, _enums);

    private static string ShortName(TypeShape type) => type.DisplayName.Replace("?", string.Empty).Split('.').Last();

    /// <summary>
    /// The name of the generated helper that handles <paramref name="subject"/>, made once per key: the first request
    /// picks a unique name and queues the subject, so each helper is written once, after the code that calls it.
    /// </summary>
    private string HelperFor<T>(string key, string baseName, T subject, Queue<(string Name, T Subject)> queue)
    {
        if (_names.TryGetValue(key, out string? name)) return name;
        name = Unique(baseName);
        _names[key] = name;
        queue.Enqueue((name, subject));
        return name;
    }

    private void DrainWriters(SourceWriter writer)
    {
        RuntimeSource.Write(writer, "WriteText");
        while (_recordWriters.Count > 0)
        {
            var (name, shape) = _recordWriters.Dequeue();
            writer.Line();
            writer.Open("private static void " + name + "(" + Json + ".Utf8JsonWriter writer, " + shape.TypeName + " record)");
            writer.Line("writer.WriteStartObject();");
            foreach (var parameter in shape.Parameters) WriteParameter(writer, parameter);
            writer.Line("writer.WriteEndObject();");
            writer.Close();
        }
        while (_enums.Count > 0)
        {
            var (name, type) = _enums.Dequeue();
            ((ITextHelperKind)type.Kind).WriteSpeller(writer, name, type);
        }
    }

    /// <summary>The key and value of one parameter, as its kind writes them (or leaves them out).</summary>
    private void WriteParameter(SourceWriter writer, ParameterShape parameter) => parameter.Type.Kind.WriteJsonParameter(writer, parameter, this);

    /// <summary>The local a parameter's value is read into, so that it is read once.</summary>
    internal static string Local(ParameterShape parameter) => "__" + parameter.Name;

    // ---- reading -------------------------------------------------------------------------------------

    private void WriteReader(SourceWriter writer)
    {
        var collections = _declarations.Collections;
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Reads a document: indexes every record's id, then builds each record after the records it references (one");
        writer.Line("/// at a time, from an explicit stack, so long chains of references cannot overflow the call stack), and fails on");
        writer.Line("/// the first mistake with its JSON path.");
        writer.Line("/// </summary>");
        writer.Open("private sealed class Reader");
        writer.Line("private static readonly string[] Collections = { " + string.Join(", ", collections.Select(c => CSharpNames.StringLiteral(c.Name))) + " };");
        writer.Line("private readonly " + Json + ".JsonElement[][] _records = new " + Json + ".JsonElement[" + collections.Count.ToString(CultureInfo.InvariantCulture) + "][];");
        writer.Line("private readonly object?[][] _built = new object?[" + collections.Count.ToString(CultureInfo.InvariantCulture) + "][];");
        writer.Line("private readonly bool[][] _building = new bool[" + collections.Count.ToString(CultureInfo.InvariantCulture) + "][];");
        writer.Line("private readonly global::System.Collections.Generic.Dictionary<string, int>[] _index = new global::System.Collections.Generic.Dictionary<string, int>[" + collections.Count.ToString(CultureInfo.InvariantCulture) + "];");
        writer.Line("// Set when a reference names a record not built yet: the record being read is not built, and that one is built first.");
        writer.Line("private bool _blocked;");
        writer.Line("private (int Collection, int Index) _blockedOn;");
        writer.Line();
        writer.Open("public " + Snapshot + " Read(" + Json + ".JsonElement root)");
        writer.Line("if (root.ValueKind != " + Json + ".JsonValueKind.Object) throw Fail(\"$\", \"an object whose keys are the collections\", root);");
        writer.Line("string? version = null;");
        writer.Line("string contentHash = string.Empty;");
        writer.Line("for (int c = 0; c < Collections.Length; c++) _records[c] = global::System.Array.Empty<" + Json + ".JsonElement>();");
        writer.Line("var seen = new global::System.Collections.Generic.HashSet<string>();");
        writer.Open("foreach (var property in root.EnumerateObject())");
        writer.Line("string path = \"$.\" + property.Name;");
        writer.Line("if (!seen.Add(property.Name)) throw Fail(path, \"each key once\", property.Value);");
        writer.Line("if (property.Name.StartsWith(\"$\", global::System.StringComparison.Ordinal)) continue;");
        writer.Line("if (property.Name == \"version\") { version = ReadString(property.Value, path); continue; }");
        writer.Line("if (property.Name == \"contentHash\") { contentHash = ReadString(property.Value, path); continue; }");
        writer.Line("int collection = global::System.Array.IndexOf(Collections, property.Name);");
        writer.Line("if (collection < 0) throw new " + Json + ".JsonException(path + \": there is no collection '\" + property.Name + \"'; expected one of \" + string.Join(\", \", Collections) + \", version or contentHash.\", path, null, null);");
        writer.Line("if (property.Value.ValueKind == " + Json + ".JsonValueKind.Null) continue;");
        writer.Line("if (property.Value.ValueKind != " + Json + ".JsonValueKind.Array) throw Fail(path, \"a list of records\", property.Value);");
        writer.Line("_records[collection] = global::System.Linq.Enumerable.ToArray(property.Value.EnumerateArray());");
        writer.Close();
        writer.Open("for (int c = 0; c < Collections.Length; c++)");
        writer.Line("_built[c] = new object?[_records[c].Length];");
        writer.Line("_building[c] = new bool[_records[c].Length];");
        writer.Line("_index[c] = new global::System.Collections.Generic.Dictionary<string, int>(_records[c].Length);");
        writer.Open("for (int i = 0; i < _records[c].Length; i++)");
        writer.Line("var record = _records[c][i];");
        writer.Line("string path = Path(c, i);");
        writer.Line("if (record.ValueKind != " + Json + ".JsonValueKind.Object) throw Fail(path, \"a record (an object)\", record);");
        writer.Line("string text = KeyOfRecord(c, record, path);");
        writer.Line("if (_index[c].TryGetValue(text, out int first)) throw new " + Json + ".JsonException(path + \": the \" + KeyWords[c] + \" '\" + text.Replace('\\u001f', '/') + \"' is already used by \" + Path(c, first) + \".\", path, null, null);");
        writer.Line("_index[c].Add(text, i);");
        writer.Close();
        writer.Close();
        writer.Line("for (int c = 0; c < Collections.Length; c++) for (int i = 0; i < _records[c].Length; i++) Build(c, i);");
        writer.Line("return new " + Snapshot + "(version, contentHash" + string.Concat(collections.Select((c, i) => ", Built<" + c.RecordTypeName + ">(" + i.ToString(CultureInfo.InvariantCulture) + ")")) + ");");
        writer.Close();
        writer.Line();
        writer.Open("private void Build(int collection, int index)");
        writer.Line("var stack = new global::System.Collections.Generic.List<(int Collection, int Index)> { (collection, index) };");
        writer.Open("while (stack.Count > 0)");
        writer.Line("var (c, i) = stack[stack.Count - 1];");
        writer.Line("if (_built[c][i] is not null) { stack.RemoveAt(stack.Count - 1); continue; }");
        writer.Line("_building[c][i] = true;");
        writer.Line("_blocked = false;");
        writer.Line("object? built = ReadRecord(c, i);");
        writer.Open("if (!_blocked)");
        writer.Line("_built[c][i] = built;");
        writer.Line("_building[c][i] = false;");
        writer.Line("stack.RemoveAt(stack.Count - 1);");
        writer.Line("continue;");
        writer.Close();
        writer.Open("if (_building[_blockedOn.Collection][_blockedOn.Index])");
        writer.Line("int from = stack.FindIndex(s => s == _blockedOn);");
        writer.Line("string chain = string.Join(\" -> \", global::System.Linq.Enumerable.Select(stack.GetRange(from, stack.Count - from), s => Path(s.Collection, s.Index))) + \" -> \" + Path(_blockedOn.Collection, _blockedOn.Index);");
        writer.Line("throw new " + Json + ".JsonException(Path(c, i) + \": these records reference each other in a cycle (\" + chain + \"), so none can be built first.\", Path(c, i), null, null);");
        writer.Close();
        writer.Line("stack.Add(_blockedOn);");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("private " + ImmutableArray + "<T> Built<T>(int collection) => " + ImmutableArray + ".CreateRange(global::System.Linq.Enumerable.Select(_built[collection], r => (T)r!));");
        writer.Line();
        writer.Line("private string Path(int collection, int index) => \"$.\" + Collections[collection] + \"[\" + index.ToString(" + Invariant + ") + \"]\";");
        writer.Line();
        writer.Line("// The record, or null (not built) when one of its references is not built yet.");
        writer.Line("private object? ReadRecord(int collection, int index) => collection switch");
        writer.Line("{");
        for (int c = 0; c < collections.Count; c++)
        {
            writer.Line("    " + c.ToString(CultureInfo.InvariantCulture) + " => " + RecordReaderFor(collections[c].Shape) + "(_records[" + c.ToString(CultureInfo.InvariantCulture) + "][index], Path(" + c.ToString(CultureInfo.InvariantCulture) + ", index)),");
        }
        writer.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(collection)),");
        writer.Line("};");
        writer.Line();
        writer.Line("// The canonical text of each record's key, from its object: its id, or its [SeedKey] fields.");
        writer.Line("private string KeyOfRecord(int collection, " + Json + ".JsonElement record, string path) => collection switch");
        writer.Line("{");
        for (int c = 0; c < collections.Count; c++)
        {
            writer.Line("    " + c.ToString(CultureInfo.InvariantCulture) + " => " + RecordKey(collections[c].Shape.RecordKey) + ",");
        }
        writer.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(collection)),");
        writer.Line("};");
        writer.Line();
        writer.Line("private static readonly string[] KeyWords = { " + string.Join(", ", collections.Select(c => CSharpNames.StringLiteral(c.Shape.RecordKey.IsId ? "id" : "key"))) + " };");
        writer.Line();
        writer.Open("private T Reference<T>(int collection, string key, string path)");
        writer.Line("if (!_index[collection].TryGetValue(key, out int index)) throw new " + Json + ".JsonException(path + \": no record in '\" + Collections[collection] + \"' has the \" + KeyWords[collection] + \" '\" + key.Replace('\\u001f', '/') + \"'.\", path, null, null);");
        writer.Line("if (_built[collection][index] is T record) return record;");
        writer.Line("if (!_blocked) (_blocked, _blockedOn) = (true, (collection, index));");
        writer.Line("return default!;");
        writer.Close();

        while (_recordReaders.Count > 0 || _listReaders.Count > 0 || _parsers.Count > 0)
        {
            if (_recordReaders.Count > 0)
            {
                var (name, shape) = _recordReaders.Dequeue();
                WriteRecordReader(writer, name, shape);
            }
            else if (_listReaders.Count > 0)
            {
                var (name, list) = _listReaders.Dequeue();
                WriteListReader(writer, name, list);
            }
            else
            {
                var (name, type) = _parsers.Dequeue();
                WriteParser(writer, name, type);
            }
        }
        writer.Line();
        RuntimeSource.Write(writer, _helpers.Concat(new[] { "Fail" }).ToArray());
        writer.Close();
    }

    private string RecordReaderFor(RecordShape shape) => HelperFor("read:" + shape.TypeName, "Read" + shape.Name, shape, _recordReaders);

    private void WriteRecordReader(SourceWriter writer, string name, RecordShape shape)
    {
        writer.Line();
        writer.Open("private " + shape.TypeName + " " + name + "(" + Json + ".JsonElement record, string path)");
        writer.Line("if (record.ValueKind != " + Json + ".JsonValueKind.Object) throw Fail(path, \"a " + shape.Name + " (an object)\", record);");
        string keys = string.Join(", ", shape.Parameters.Select(p => p.Key));
        writer.Line("var seen = new global::System.Collections.Generic.HashSet<string>();");
        writer.Open("foreach (var property in record.EnumerateObject())");
        writer.Line("if (!seen.Add(property.Name)) throw Fail(path + \".\" + property.Name, \"each key once\", property.Value);");
        writer.Line("if (property.Name is not (" + string.Join(" or ", shape.Parameters.Select(p => CSharpNames.StringLiteral(p.Key))) + "))");
        writer.Line("    throw new " + Json + ".JsonException(path + \".\" + property.Name + \": " + shape.Name.Replace("\"", "\\\"") + " has no key '\" + property.Name + \"'; its keys are " + keys.Replace("\"", "\\\"") + ".\", path + \".\" + property.Name, null, null);");
        writer.Close();
        for (int i = 0; i < shape.Parameters.Count; i++)
        {
            var parameter = shape.Parameters[i];
            string local = "a" + i.ToString(CultureInfo.InvariantCulture);
            string path = "path + " + CSharpNames.StringLiteral("." + parameter.Key);
            string value = "v" + i.ToString(CultureInfo.InvariantCulture);
            string read = Read(parameter.Type, value, path);
            string missing = parameter.IsOptional
                ? parameter.Type.Kind.LeftOutValue(parameter.Type) ?? parameter.DefaultValue!
                : "throw new " + Json + ".JsonException(path + " + CSharpNames.StringLiteral(": the " + shape.Name + " has no '" + parameter.Key + "' (" + parameter.Type.Expectation + "), which is required.") + ", path, null, null)";
            writer.Line(parameter.Type.TypeName + " " + local + " = record.TryGetProperty(" + CSharpNames.StringLiteral(parameter.Key) + ", out var " + value + ") ? " + read + " : " + missing + ";");
        }
        writer.Line("if (_blocked) return default!;");
        writer.Line("return new " + shape.TypeName + "(" + string.Join(", ", shape.Parameters.Select((p, i) => CSharpNames.Identifier(p.Name) + ": a" + i.ToString(CultureInfo.InvariantCulture))) + ");");
        writer.Close();
    }

    private string ListReaderFor(TypeShape list) => HelperFor("list:" + list.TypeName, "ReadList", list, _listReaders);

    private void WriteListReader(SourceWriter writer, string name, TypeShape list) => ((IContainerKind)list.Kind).WriteJsonReader(writer, name, list, this);

    private string ParserFor(TypeShape type) => HelperFor("parse:" + type.TypeName, "Read" + ShortName(type), type, _parsers);

    private void WriteParser(SourceWriter writer, string name, TypeShape type) => ((ITextHelperKind)type.Kind).WriteParser(writer, name, type);

    /// <summary>The start of a kind's parser: a method that reads the text of <c>value</c>, failing with <c>path</c>.</summary>
    internal static void OpenParser(SourceWriter writer, string name, TypeShape type)
    {
        writer.Line();
        writer.Open("private static " + type.TypeName + " " + name + "(" + Json + ".JsonElement value, string path)");
        writer.Line("string text = ReadString(value, path);");
    }

    /// <summary>The canonical text of a record's key, read from its object (<c>record</c>, at <c>path</c>).</summary>
    private string RecordKey(KeyShape key)
    {
        if (key.IsId) return "ReadString(" + Helper("Field", "record", "path", "\"id\"") + ", path + \".id\")";
        var parts = key.Fields.Items.Select(f => f.Type.Kind.KeyTextCode(f.Type,
            Read(f.Type, Helper("Field", "record", "path", CSharpNames.StringLiteral(f.Key)), "path + " + CSharpNames.StringLiteral("." + f.Key)))).ToList();
        return parts.Count == 1 ? parts[0] : "string.Concat(new string[] { " + string.Join(", \"\\u001f\", ", parts) + " })";
    }

    // ---- the value kinds' questions (IJsonScope) -----------------------------------------------------

    /// <summary>The statement that writes one value (items of lists included).</summary>
    public string Write(TypeShape type, string value) => type.Kind.WriteJson(type, value, this);

    /// <summary>The expression that reads <paramref name="element"/> (a JsonElement) as <paramref name="type"/>.</summary>
    public string Read(TypeShape type, string element, string path) => type.Kind.ReadJson(type, element, path, this);

    public string Helper(string name, params string[] arguments)
    {
        _helpers.Add(name);
        return name + "(" + string.Join(", ", arguments) + ")";
    }

    public void Use(string region) => _helpers.Add(region);

    public string Speller(TypeShape type) => SpellerFor(type);

    public string Parser(TypeShape type) => ParserFor(type);

    public string RecordWriter(string typeName) => RecordWriterFor(_nested[typeName]);

    public string RecordReader(string typeName) => RecordReaderFor(_nested[typeName]);

    public string ListReader(TypeShape list) => ListReaderFor(list);

    public int CollectionIndex(string collection) => _declarations.IndexOfCollection(collection);

    private string Unique(string name)
    {
        string unique = name;
        for (int n = 2; !_usedNames.Add(unique); n++) unique = name + n.ToString(CultureInfo.InvariantCulture);
        return unique;
    }

}
