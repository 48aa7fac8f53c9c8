using System.Globalization;
using System.Linq;
using SeedData.Generator.Declarations;
using SeedData.Generator.Kinds;

namespace SeedData.Generator.Emitting;

/// <summary>
/// Writes a collection's secondary indexes ([SeedIndex]): for each, a holder class that reads its positions and values
/// from the image on first use (sorted when the project was built: no sort runs), and the queries over them:
/// <c>FindBy{Name}</c> (a record for a unique index, else a view), <c>FindRangeBy{Name}</c>, <c>FindClosestBy{Name}</c>
/// and <c>SortedBy{Name}</c>. Views are <c>RecordView&lt;T&gt;</c> structs over the index: no allocation.
/// </summary>
internal static class IndexEmitter
{
    private const string Comparer = "global::System.Collections.Generic.IComparer";

    /// <summary>The run-time regions the indexes use, written once into the dataset class.</summary>
    public static readonly string[] Runtime = { "RecordView", "IndexSearch" };

    public static void Write(SourceWriter writer, CollectionDeclaration collection, int collectionIndex, int count)
    {
        if (collection.Shape.Indexes.Count == 0) return;
        string type = collection.RecordTypeName;
        writer.Line();
        writer.Line("// A record by its position, for the views: one delegate for every query.");
        writer.Line("private static readonly global::System.Func<int, " + type + "> s_record = static position => Store." + collection.PropertyName + "[position];");
        for (int i = 0; i < collection.Shape.Indexes.Count; i++) WriteIndex(writer, collection, collectionIndex, i, count);
    }

    private static void WriteIndex(SourceWriter writer, CollectionDeclaration collection, int collectionIndex, int i, int count)
    {
        var index = collection.Shape.Indexes[i];
        string type = collection.RecordTypeName, value = index.ValueType, view = "RecordView<" + type + ">";
        string holder = index.Name + "Index", order = holder + ".Order";
        string what = index.Parts.Count == 1 ? "<c>" + SourceWriter.Xml(string.Join(".", index.Parts[0].Path.Items)) + "</c>"
            : "(" + string.Join(", ", index.Parts.Items.Select(p => "<c>" + SourceWriter.Xml(string.Join(".", p.Path.Items)) + "</c>")) + ")";
        string chunks = "DataImage.IndexChunks" + collectionIndex.ToString(CultureInfo.InvariantCulture) + "_" + i.ToString(CultureInfo.InvariantCulture) + "()";

        writer.Line();
        writer.Line("// The " + index.Name + " index: the records' positions in its order and their values, read on its first use.");
        writer.Open("private static class " + holder);
        writer.Line("internal static readonly int[] Positions = new int[" + count.ToString(CultureInfo.InvariantCulture) + "];");
        writer.Line("internal static readonly " + value + "[] Values = new " + value + "[" + count.ToString(CultureInfo.InvariantCulture) + "];");
        writer.Line("internal static readonly " + Comparer + "<" + value + "> Order = " + OrderOf(index) + ";");
        writer.Line();
        writer.Line(StoreEmitter.Optimized);
        writer.Open("static " + holder + "()");
        writer.Line("int at = 0;");
        writer.Open("foreach (string chunk in " + chunks + ")");
        writer.Line("var reader = new DataImageReader(global::System.MemoryExtensions.AsSpan(chunk));");
        writer.Open("while (!reader.End)");
        writer.Line("Positions[at] = reader.Count();");
        writer.Line("Values[at++] = " + ReadValue(index) + ";");
        writer.Close();
        writer.Close();
        writer.Close();
        if (index.Parts.Count > 1) WriteTupleOrder(writer, index);
        writer.Close();

        string unique = index.Unique ? type + "?" : view;
        writer.Line();
        writer.Summary(index.Unique
            ? "The record whose " + what + " is <paramref name=\"value\"/>, or null (a unique index)."
            : "The records whose " + what + " is <paramref name=\"value\"/>, in data file order.");
        writer.Open("public " + unique + " FindBy" + index.Name + "(" + value + " value)");
        writer.Line("int low = IndexSearch.Lower(" + holder + ".Values, value, " + order + ");");
        if (index.Unique)
        {
            writer.Line("return low < " + holder + ".Values.Length && " + order + ".Compare(" + holder + ".Values[low], value) == 0 ? Store." + collection.PropertyName + "[" + holder + ".Positions[low]] : null;");
        }
        else
        {
            writer.Line("return new " + view + "(" + holder + ".Positions, low, IndexSearch.Upper(" + holder + ".Values, value, " + order + ") - low, s_record);");
        }
        writer.Close();

        writer.Line();
        writer.Summary("The records whose " + what + " is from <paramref name=\"min\"/> to <paramref name=\"max\"/>, both included, in index order.");
        writer.Open("public " + view + " FindRangeBy" + index.Name + "(" + value + " min, " + value + " max)");
        writer.Line("int low = IndexSearch.Lower(" + holder + ".Values, min, " + order + "), high = IndexSearch.Upper(" + holder + ".Values, max, " + order + ");");
        writer.Line("return new " + view + "(" + holder + ".Positions, low, global::System.Math.Max(0, high - low), s_record);");
        writer.Close();

        writer.Line();
        writer.Summary((index.Unique ? "The record" : "The records") + " whose " + what + " is nearest <paramref name=\"value\"/>: the highest at or below it, or with "
            + "<paramref name=\"selectLower\"/> false the lowest at or above it; " + (index.Unique ? "null" : "empty") + " when there is none.");
        writer.Open("public " + unique + " FindClosestBy" + index.Name + "(" + value + " value, bool selectLower = true)");
        writer.Line("int at = selectLower ? IndexSearch.Upper(" + holder + ".Values, value, " + order + ") - 1 : IndexSearch.Lower(" + holder + ".Values, value, " + order + ");");
        if (index.Unique)
        {
            writer.Line("return at >= 0 && at < " + holder + ".Values.Length ? Store." + collection.PropertyName + "[" + holder + ".Positions[at]] : null;");
        }
        else
        {
            writer.Line("if (at < 0 || at >= " + holder + ".Values.Length) return default;");
            writer.Line("var nearest = " + holder + ".Values[at];");
            writer.Line("int low = IndexSearch.Lower(" + holder + ".Values, nearest, " + order + ");");
            writer.Line("return new " + view + "(" + holder + ".Positions, low, IndexSearch.Upper(" + holder + ".Values, nearest, " + order + ") - low, s_record);");
        }
        writer.Close();

        writer.Line();
        writer.Summary("Every record, in the order of " + what + " (ties in data file order).");
        writer.Line("public " + view + " SortedBy" + index.Name + " => new " + view + "(" + holder + ".Positions, 0, " + holder + ".Positions.Length, s_record);");
    }

    /// <summary>The expression that reads one entry's values: a part's value, or a tuple of the parts'.</summary>
    private static string ReadValue(IndexShape index)
    {
        var scope = new ValueScope();
        var reads = index.Parts.Items.Select(p => p.Type.Kind.ReadImage(p.Type, scope)).ToList();
        return reads.Count == 1 ? reads[0] : "(" + string.Join(", ", reads) + ")";
    }

    /// <summary>How a part's values compare: text ordinally (or ignoring case), the rest by their own order.</summary>
    private static string PartOrder(IndexShape index, IndexPart part) => part.Type.Kind.IndexComparer(part.Type, index.IgnoreCase);

    private static string OrderOf(IndexShape index) => index.Parts.Count == 1 ? PartOrder(index, index.Parts[0]) : "new TupleOrder()";

    /// <summary>A composite index compares its parts in order, each by its own order.</summary>
    private static void WriteTupleOrder(SourceWriter writer, IndexShape index)
    {
        writer.Line();
        writer.Open("private sealed class TupleOrder : " + Comparer + "<" + index.ValueType + ">");
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
