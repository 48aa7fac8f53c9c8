using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Image;
using SeedData.Generator.Kinds;

namespace SeedData.Generator.Emitting;

/// <summary>
/// Writes the code that builds the records from the data image: <c>Store</c>, with one <c>ImageRecords</c> per
/// collection (a record is read from the image when it is first needed, with the records it references), the full
/// build in the image's order (what enumerating a collection runs), and one straight-line reader method per record
/// type and per list type. Its size depends on the declarations only, never on how many records there are.
/// </summary>
internal sealed class StoreEmitter : IStoreScope
{
    // Code that runs once (or once per record) while the data is read is worth compiling optimized at once,
    // rather than first as unoptimized tier-0 code: (MethodImplOptions)512 is AggressiveOptimization, which
    // netstandard2.0 and .NET Framework do not name (their runtimes ignore it).
    internal const string Optimized = "[global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]";

    private readonly DatasetDeclarations _declarations;
    private readonly Dictionary<string, RecordShape> _nested = new(System.StringComparer.Ordinal);
    // Reader methods by the type they read, in the order first needed, so the output is deterministic.
    private readonly Dictionary<string, string> _readerNames = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _usedNames = new(System.StringComparer.Ordinal);
    private readonly Queue<(string Name, RecordShape Shape)> _pendingRecords = new();
    private readonly Queue<(string Name, TypeShape List)> _pendingLists = new();
    private int _listReaders;

    private StoreEmitter(DatasetDeclarations declarations)
    {
        _declarations = declarations;
        foreach (var shape in declarations.NestedShapes) _nested[shape.TypeName] = shape;
        // The store holds each collection's records in a field of the collection's property name, beside the readers.
        foreach (var collection in declarations.Collections) _usedNames.Add(collection.PropertyName);
    }

    public static string Emit(DatasetInfo dataset, DatasetDeclarations declarations, DatasetApi api)
        => new StoreEmitter(declarations).Write(dataset, api);

    /// <summary>The expression for the build's records of <paramref name="collection"/> (an <c>ImageRecords</c>).</summary>
    public static string RecordsOf(CollectionDeclaration collection) => "Store." + collection.PropertyName;

    private string Write(DatasetInfo dataset, DatasetApi api)
    {
        var writer = DatasetEmitter.Begin(dataset);
        writer.Open("static partial class " + dataset.ClassName);
        WriteStore(writer, api);
        writer.Line();
        // Every run-time type the dataset's sources use, written once: the record sources, the views and indexes, the changes.
        var runtime = new List<string> { "ImageRecords", "LoadedRecords", "RecordChanges" };
        if (_declarations.Collections.Items.Any(c => c.Shape.Indexes.Count > 0)) runtime.AddRange(IndexEmitter.Runtime);
        RuntimeSource.Write(writer, runtime.ToArray());
        writer.Close();
        return DatasetEmitter.End(dataset, writer);
    }

    private void WriteStore(SourceWriter writer, DatasetApi api)
    {
        var collections = _declarations.Collections;
        writer.Line("// The build's records, each read from the image when first needed, with the records it references (see ImageRecords).");
        writer.Open("private static class Store");
        if (api.HasErrors)
        {
            for (int c = 0; c < collections.Count; c++)
            {
                writer.Line("internal static readonly ImageRecords<" + collections[c].RecordTypeName + "> " + collections[c].PropertyName + " = null!;");
            }
            writer.Line();
            writer.Line("// The data files have errors (see the SD diagnostics), so no record is built.");
            writer.Line("static Store() => throw new global::System.InvalidOperationException(\"The SeedData files of this build have errors; see the SD diagnostics.\");");
            writer.Close();
            return;
        }

        // With values that the project's own code reads, a Parse that throws fails only the records that hold or reach it.
        bool failures = _declarations.HasValuesReadByProjectCode;
        string checks = failures ? "SeedDataValueChecks.Table" : "null";
        var readers = new List<string>();
        for (int c = 0; c < collections.Count; c++) readers.Add(ReaderFor(collections[c].Shape));
        writer.Line("// The collections each collection's records reach through references, itself included: what enumerating it builds.");
        writer.Line("private static readonly bool[][] Reaches =");
        writer.Line("{");
        for (int c = 0; c < collections.Count; c++)
        {
            var reached = new HashSet<int>(Reached(c));
            writer.Line("    new[] { " + string.Join(", ", Enumerable.Range(0, collections.Count).Select(r => reached.Contains(r) ? "true" : "false")) + " },");
        }
        writer.Line("};");
        writer.Line();

        for (int c = 0; c < collections.Count; c++)
        {
            var collection = collections[c];
            string n = c.ToString(CultureInfo.InvariantCulture);
            writer.Line("internal static readonly ImageRecords<" + collection.RecordTypeName + "> " + collection.PropertyName + " = new ImageRecords<" + collection.RecordTypeName + ">("
                + Count(api, c) + ", DataImage." + EncodedImage.Records + ", DataImage." + EncodedImage.Locators(c) + ", DataImage." + EncodedImage.KeySlots(c) + ", "
                + KeySlice(api, c) + ", "
                + readers[c] + ", static () => BuildAll(Reaches[" + n + "]), " + CSharpNames.StringLiteral(collection.Name) + ", " + checks + ");");
        }
        writer.Line();
        writer.Line("// The full build: the wanted collections' runs (collection, first index, count, length), each record after those it");
        writer.Line("// references, so every reference it reads is built; a record a lookup built first keeps its instance.");
        writer.Line(Optimized);
        writer.Open("private static void BuildAll(bool[] wanted)");
        writer.Open("for (int chunk = 0; chunk < DataImage." + EncodedImage.Records + ".Count; chunk++)");
        writer.Line("var data = DataImage." + EncodedImage.Records + "[chunk];");
        writer.Line("var reader = new DataImageReader(data);");
        writer.Open("while (!reader.End)");
        writer.Line("int collection = reader.Count(), start = reader.Count(), end = start + reader.Count(), length = reader.Count();");
        writer.Open("if (!wanted[collection])");
        writer.Line("reader.Skip(length);");
        writer.Line("continue;");
        writer.Close();
        writer.Line("int runEnd = reader.Position + length;");
        if (failures) writer.Open("try");
        writer.Open("switch (collection)");
        for (int c = 0; c < collections.Count; c++)
        {
            writer.Open("case " + c.ToString(CultureInfo.InvariantCulture) + ":");
            writer.Open("for (int i = start; i < end; i++)");
            writer.Open("if (" + collections[c].PropertyName + ".IsBuilt(i))");
            writer.Line("// A lookup built it first: step over it, to the next record of the run.");
            writer.Line("reader = new DataImageReader(data);");
            writer.Line("reader.Skip(i + 1 < end ? " + collections[c].PropertyName + ".OffsetOf(i + 1) : runEnd);");
            writer.Line("continue;");
            writer.Close();
            writer.Line("string key = reader.String();");
            writer.Line(collections[c].PropertyName + ".Publish(i, " + readers[c] + "(ref reader, key));");
            writer.Close();
            writer.Line("break;");
            writer.Close();
        }
        writer.Line("default:");
        writer.Line("    throw new global::System.InvalidOperationException(\"The SeedData image is corrupt.\");");
        writer.Close();
        if (failures)
        {
            writer.Close();
            writer.Open("catch (global::System.Exception failure) when (failure is ValueParseException || failure is global::System.InvalidOperationException)");
            writer.Line("// The rest of the run is built when first used; the record that failed throws then, naming itself and its value.");
            writer.Line("reader = new DataImageReader(data);");
            writer.Line("reader.Skip(runEnd);");
            writer.Close();
        }
        writer.Close();
        writer.Close();
        writer.Close();

        while (_pendingRecords.Count > 0 || _pendingLists.Count > 0)
        {
            if (_pendingRecords.Count > 0)
            {
                var (name, shape) = _pendingRecords.Dequeue();
                writer.Line();
                WriteRecordReader(writer, name, shape);
            }
            else
            {
                var (name, list) = _pendingLists.Dequeue();
                writer.Line();
                WriteListReader(writer, name, list);
            }
        }
        writer.Close();
    }

    /// <summary>The collections the records of collection <paramref name="start"/> reach through references, itself first.</summary>
    private IEnumerable<int> Reached(int start)
    {
        var reached = new List<int> { start };
        for (int i = 0; i < reached.Count; i++)
        {
            foreach (var lookup in _declarations.Collections[reached[i]].Lookups)
            {
                if (!reached.Contains(lookup.TargetCollection)) reached.Add(lookup.TargetCollection);
            }
        }
        return reached;
    }

    private void WriteRecordReader(SourceWriter writer, string name, RecordShape shape)
    {
        bool topLevel = shape.Collection is not null;
        writer.Line(Optimized);
        writer.Line("private static " + shape.TypeName + " " + name + "(ref DataImageReader reader" + (topLevel ? ", string key" : string.Empty) + ") => new "
            + shape.TypeName + "(");
        for (int i = 0; i < shape.Parameters.Count; i++)
        {
            var parameter = shape.Parameters[i];
            string value = topLevel && shape.RecordKey.IsId && parameter.Name == "Id" ? "key" : Argument(parameter);
            writer.Line("    " + CSharpNames.Identifier(parameter.Name) + ": " + value + (i + 1 < shape.Parameters.Count ? "," : ");"));
        }
    }

    private void WriteListReader(SourceWriter writer, string name, TypeShape list) => ((IContainerKind)list.Kind).WriteImageReader(writer, name, list, this);

    /// <summary>An optional parameter reads a flag first: left out means the declared default.</summary>
    private string Argument(ParameterShape parameter)
    {
        string value = Read(parameter.Type);
        if (!parameter.IsOptional) return value;
        return "reader.Flag() ? " + value + " : " + (parameter.Type.Kind.LeftOutValue(parameter.Type) ?? parameter.DefaultValue!);
    }

    // ---- the value kinds' questions (IStoreScope) ----------------------------------------------------

    /// <summary>The expression that reads one value of <paramref name="type"/>.</summary>
    public string Read(TypeShape type) => type.Kind.ReadImage(type, this);

    public string RecordReader(string typeName) => ReaderFor(_nested[typeName]);

    public string ListReader(TypeShape list) => ListReaderFor(list);

    public string Records(string collection) => "Store." + _declarations.Collections[_declarations.IndexOfCollection(collection)].PropertyName;

    private string ReaderFor(RecordShape shape)
    {
        if (_readerNames.TryGetValue(shape.TypeName, out string? name)) return name;
        name = UniqueName("Read" + shape.Name);
        _readerNames[shape.TypeName] = name;
        _pendingRecords.Enqueue((name, shape));
        return name;
    }

    private string ListReaderFor(TypeShape list)
    {
        string key = "list:" + list.TypeName;
        if (_readerNames.TryGetValue(key, out string? name)) return name;
        name = UniqueName("ReadList" + (_listReaders++).ToString(CultureInfo.InvariantCulture));
        _readerNames[key] = name;
        _pendingLists.Enqueue((name, list));
        return name;
    }

    private string UniqueName(string name)
    {
        string unique = name;
        for (int n = 2; !_usedNames.Add(unique); n++) unique = name + n.ToString(CultureInfo.InvariantCulture);
        return unique;
    }

    private static string Count(DatasetApi api, int collection) => api.Collections[collection].Count.ToString(CultureInfo.InvariantCulture);

    private static string KeySlice(DatasetApi api, int collection) => api.Collections[collection].KeySlice.ToString(CultureInfo.InvariantCulture);
}
