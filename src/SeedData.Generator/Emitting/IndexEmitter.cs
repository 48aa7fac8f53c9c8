using System.Globalization;
using System.Linq;
using SeedData.Generator.Declarations;
using SeedData.Generator.Image;
using SeedData.Generator.Kinds;

namespace SeedData.Generator.Emitting;

/// <summary>
/// Writes a collection's secondary indexes ([SeedIndex]): for each, its positions and values, for the build's records read
/// from the image on first use (sorted when the project was built: no sort runs), and the queries over them:
/// <c>FindBy{Name}</c> (a record for a unique index, else a view), <c>FindRangeBy{Name}</c>, <c>FindClosestBy{Name}</c>
/// and <c>SortedBy{Name}</c>. Views are <c>RecordView&lt;T&gt;</c> structs over the index: no allocation.
/// </summary>
internal static class IndexEmitter
{
    private const string Comparer = "global::System.Collections.Generic.IComparer";

    /// <summary>The run-time regions the indexes use, written once into the dataset class.</summary>
    public static readonly string[] Runtime = { "RecordView", "IndexOrder", "IndexSearch" };

    public static void Write(SourceWriter writer, CollectionDeclaration collection, int collectionIndex, int count)
    {
        if (collection.Shape.Indexes.Count == 0) return;
        for (int i = 0; i < collection.Shape.Indexes.Count; i++) WriteIndex(writer, collection, collectionIndex, i, count);
        WriteUniqueCheck(writer, collection);
    }

    private static void WriteIndex(SourceWriter writer, CollectionDeclaration collection, int collectionIndex, int i, int count)
    {
        var index = collection.Shape.Indexes[i];
        string type = collection.RecordTypeName, value = index.ValueType, view = "RecordView<" + type + ">", data = "IndexData<" + type + ", " + value + ">";
        string field = "_" + char.ToLowerInvariant(index.Name[0]) + index.Name.Substring(1) + "Index", holder = index.Holder;
        string order = index.Order;
        string what = index.Parts.Count == 1 ? "<c>" + SourceWriter.Xml(string.Join(".", index.Parts[0].Path.Items)) + "</c>"
            : "(" + string.Join(", ", index.Parts.Items.Select(p => "<c>" + SourceWriter.Xml(string.Join(".", p.Path.Items)) + "</c>")) + ")";
        string part = "DataImage." + EncodedImage.Index(collectionIndex, i);

        writer.Line();
        writer.Line("// The " + index.Name + " index: the records' positions in its order and their values; the build's read from the image");
        writer.Line("// (sorted when the project was built), a loaded document's sorted when first used. Two threads may both make it, the same.");
        writer.Line("private " + data + "? " + field + ";");
        writer.Line();
        writer.Line("private static readonly " + Comparer + "<" + value + "> " + order + " = " + OrderOf(index) + ";");
        writer.Line();
        bool inPlace = index.Parts.Items.Any(p => p.Type.Kind.IndexedInPlace(p.Type));
        writer.Line("private " + data + " " + holder + " => " + field + " ??= _records is ImageRecords<" + type + "> image ? " + index.Read + "(" + (inPlace ? "image" : "_records") + ") : " + index.Sort + "(_records);");
        writer.Line();
        writer.Line(StoreEmitter.Optimized);
        writer.Open("private static " + data + " " + index.Read + "(" + (inPlace ? "ImageRecords<" + type + "> records" : "RecordSource<" + type + "> records") + ")");
        writer.Line("var positions = new int[" + count.ToString(CultureInfo.InvariantCulture) + "];");
        writer.Line("var values = new " + ArrayOf(value, count) + ";");
        writer.Line("int at = 0;");
        writer.Open("for (int chunk = 0; chunk < " + part + ".Count; chunk++)");
        writer.Line("var reader = new DataImageReader(" + part + "[chunk]);");
        writer.Open("while (!reader.End)");
        if (inPlace) WriteReadInPlace(writer, index);
        else
        {
            writer.Line("positions[at] = reader.Count();");
            writer.Line("values[at++] = " + ReadValue(index) + ";");
        }
        writer.Close();
        writer.Close();
        writer.Line("return new " + data + "(positions, values, " + order + ", records);");
        writer.Close();
        writer.Line();
        writer.Open("private static " + data + " " + index.Sort + "(RecordSource<" + type + "> source)");
        writer.Line("var records = source.All();");
        writer.Line("var values = new " + ArrayOf(value, "records.Length") + ";");
        writer.Line("for (int i = 0; i < records.Length; i++) values[i] = " + ValueOf(index, "records[i]") + ";");
        writer.Line("return " + data + ".Sort(values, " + order + ", source);");
        writer.Close();
        if (index.Parts.Count > 1) WriteTupleOrder(writer, index, index.TupleOrder);

        string unique = index.Unique ? type + "?" : view;
        writer.Line();
        writer.Summary(index.Unique
            ? "The record whose " + what + " is <paramref name=\"value\"/>, or null (a unique index)."
            : "The records whose " + what + " is <paramref name=\"value\"/>, in data file order.");
        writer.Open("public " + unique + " " + index.FindBy + "(" + value + " value)");
        writer.Line("var index = " + holder + ";");
        writer.Line("int low = index.Lower(value);");
        if (index.Unique)
        {
            writer.Line("return index.Holds(low, value) ? _records[index.Positions[low]] : null;");
        }
        else
        {
            writer.Line("return new " + view + "(index, low, index.Upper(value) - low);");
        }
        writer.Close();

        writer.Line();
        writer.Summary("The records whose " + what + " is from <paramref name=\"min\"/> to <paramref name=\"max\"/>, both included, in index order.");
        writer.Open("public " + view + " " + index.FindRangeBy + "(" + value + " min, " + value + " max)");
        writer.Line("var index = " + holder + ";");
        writer.Line("int low = index.Lower(min), high = index.Upper(max);");
        writer.Line("return new " + view + "(index, low, global::System.Math.Max(0, high - low));");
        writer.Close();

        writer.Line();
        writer.Summary((index.Unique ? "The record" : "The records") + " whose " + what + " is nearest <paramref name=\"value\"/>: the highest at or below it, or with "
            + "<paramref name=\"selectLower\"/> false the lowest at or above it; " + (index.Unique ? "null" : "empty") + " when there is none.");
        writer.Open("public " + unique + " " + index.FindClosestBy + "(" + value + " value, bool selectLower = true)");
        writer.Line("var index = " + holder + ";");
        writer.Line("int at = selectLower ? index.Upper(value) - 1 : index.Lower(value);");
        if (index.Unique)
        {
            writer.Line("return at >= 0 && at < index.Values.Length ? _records[index.Positions[at]] : null;");
        }
        else
        {
            writer.Line("if (at < 0 || at >= index.Values.Length) return default;");
            writer.Line("// The nearest value's records end at the place found, looking lower, or start there, looking higher.");
            writer.Line("int low = selectLower ? index.Lower(index.Values[at]) : at, high = selectLower ? at + 1 : index.Upper(index.Values[at]);");
            writer.Line("return new " + view + "(index, low, high - low);");
        }
        writer.Close();

        writer.Line();
        writer.Summary("Every record, in the order of " + what + " (ties in data file order).");
        writer.Line("public " + view + " " + index.SortedBy + " => new " + view + "(" + holder + ", 0, " + holder + ".Positions.Length);");
    }

    /// <summary>
    /// A loaded document's unique indexes are checked as it loads, as the build checks the build's: the first value
    /// held twice, as the JSON path of the later record and what is wrong there (the reader throws it as a JsonException).
    /// </summary>
    private static void WriteUniqueCheck(SourceWriter writer, CollectionDeclaration collection)
    {
        var unique = collection.Shape.Indexes.Items.Where(i => i.Unique).ToList();
        if (unique.Count == 0) return;
        string path = "$." + collection.Name;
        writer.Line();
        writer.Open("internal (string Path, string Message)? RepeatedUniqueValue()");
        writer.Line("int first, second;");
        foreach (var index in unique)
        {
            writer.Open("if (" + index.Name + "Index.FindRepeat(out first, out second))");
            writer.Line("string at = " + CSharpNames.StringLiteral(path + "[") + " + second.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\";");
            writer.Line("return (at, at + " + CSharpNames.StringLiteral(": the value of the unique index " + index.Name + " is already held by " + path + "[")
                + " + first.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]; a unique index holds each value once.\");");
            writer.Close();
        }
        writer.Line("return null;");
        writer.Close();
    }

    /// <summary><c>new T[n]</c>, also for an array type such as <c>int[]</c> (<c>new int[n][]</c>).</summary>
    private static string ArrayOf(string type, object length)
    {
        int bracket = type.IndexOf('[');
        return bracket < 0 || type.StartsWith("(", System.StringComparison.Ordinal) ? type + "[" + length + "]" : type.Substring(0, bracket) + "[" + length + "]" + type.Substring(bracket);
    }

    /// <summary>A record's value in the index: a part's, or a tuple of the parts'. Parts reach into inline records held once, never null.</summary>
    private static string ValueOf(IndexShape index, string record)
    {
        var parts = index.Parts.Items.Select(p => p.Access(record)).ToList();
        return parts.Count == 1 ? parts[0] : "(" + string.Join(", ", parts) + ")";
    }

    /// <summary>The expression that reads one entry's values: a part's value, or a tuple of the parts'.</summary>
    private static string ReadValue(IndexShape index)
    {
        var scope = new ValueScope();
        var reads = index.Parts.Items.Select(p => p.Type.Kind.ReadImage(p.Type, scope)).ToList();
        return reads.Count == 1 ? reads[0] : "(" + string.Join(", ", reads) + ")";
    }

    /// <summary>
    /// Reads one entry of an index with parts held in place (text): such a part is where the record's image holds it
    /// (its place + 1), read there, or 0 and its image where the record does not hold it (a default). See
    /// <c>FileBinder.AddIndexEntries</c>.
    /// </summary>
    private static void WriteReadInPlace(SourceWriter writer, IndexShape index)
    {
        var scope = new ValueScope();
        writer.Line("int position = positions[at] = reader.Count();");
        for (int k = 0; k < index.Parts.Count; k++)
        {
            var part = index.Parts[k];
            string read = part.Type.Kind.ReadImage(part.Type, scope), n = k.ToString(CultureInfo.InvariantCulture);
            if (!part.Type.Kind.IndexedInPlace(part.Type))
            {
                writer.Line("var part" + n + " = " + read + ";");
                continue;
            }
            writer.Line("int place" + n + " = reader.Count();");
            writer.Line("var entries" + n + " = reader;");
            writer.Line("if (place" + n + " > 0) reader = records.ValuesAt(position, place" + n + " - 1);");
            writer.Line("var part" + n + " = " + read + ";");
            writer.Line("if (place" + n + " > 0) reader = entries" + n + ";");
        }
        writer.Line("values[at++] = " + (index.Parts.Count == 1 ? "part0" : "(" + string.Join(", ", Enumerable.Range(0, index.Parts.Count).Select(k => "part" + k.ToString(CultureInfo.InvariantCulture))) + ")") + ";");
    }

    /// <summary>How a part's values compare: text ordinally (or ignoring case), the rest by their own order.</summary>
    private static string PartOrder(IndexShape index, IndexPart part) => part.Type.Kind.IndexComparer(part.Type, index.IgnoreCase);

    private static string OrderOf(IndexShape index) => index.Parts.Count == 1 ? PartOrder(index, index.Parts[0]) : "new " + index.TupleOrder + "()";

    /// <summary>A composite index compares its parts in order, each by its own order.</summary>
    private static void WriteTupleOrder(SourceWriter writer, IndexShape index, string name)
    {
        writer.Line();
        writer.Open("private sealed class " + name + " : " + Comparer + "<" + index.ValueType + ">");
        writer.Open("public int Compare(" + index.ValueType + " x, " + index.ValueType + " y)");
        writer.Line("int order;");
        foreach (var part in index.Parts)
        {
            writer.Line("if ((order = " + PartOrder(index, part) + ".Compare(x." + part.Name + ", y." + part.Name + ")) != 0) return order;");
        }
        writer.Line("return 0;");
        writer.Close();
        writer.Close();
    }

    /// <summary>Index values are scalars (or their nullable forms): they read from the image alone.</summary>
    private sealed class ValueScope : IStoreScope
    {
        public string Read(TypeShape type) => type.Kind.ReadImage(type, this);

        public string RecordReader(string typeName) => throw new System.InvalidOperationException("An index value is not a record.");

        public string ListReader(TypeShape list) => throw new System.InvalidOperationException("An index value is not a list.");

        public string Records(string collection) => throw new System.InvalidOperationException("An index value is not a reference.");
    }
}
