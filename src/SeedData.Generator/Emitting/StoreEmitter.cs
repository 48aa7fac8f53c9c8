using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Kinds;

namespace SeedData.Generator.Emitting;

/// <summary>
/// Writes the code that builds the records from the data image: <c>IdTable</c> (every id, read on the first
/// lookup by id, with a Dictionary per collection) and <c>Store</c> (every record, read on first use), with one
/// straight-line reader method per record type and per list type. Its size depends on the declarations only,
/// never on how many records there are.
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
    }

    public static string Emit(DatasetInfo dataset, DatasetDeclarations declarations, DatasetApi api)
        => new StoreEmitter(declarations).Write(dataset, api);

    private string Write(DatasetInfo dataset, DatasetApi api)
    {
        var writer = DatasetEmitter.Begin(dataset);
        writer.Open("static partial class " + dataset.ClassName);
        WriteIdTable(writer, api);
        writer.Line();
        WriteStore(writer, api);
        writer.Line();
        RuntimeSource.Write(writer, "DataImageReader");
        writer.Close();
        return DatasetEmitter.End(dataset, writer);
    }

    /// <summary>The expression for the ids of <paramref name="collection"/>, in order (read on its first use).</summary>
    public static string IdsOf(CollectionDeclaration collection) => "IdTable." + IdsClass(collection) + ".All";

    // The class in IdTable that holds one collection's ids.
    private static string IdsClass(CollectionDeclaration collection) => collection.PropertyName + "Ids";

    private void WriteIdTable(SourceWriter writer, DatasetApi api)
    {
        var collections = _declarations.Collections;
        writer.Line("// The ids of each collection, read from the image on the first lookup by id in it, without building any record.");
        writer.Line("// A class per collection: the runtime reads its ids once, thread-safely, and a lookup reads no other collection's.");
        writer.Open("private static class IdTable");
        for (int c = 0; c < collections.Count; c++)
        {
            string name = IdsClass(collections[c]);
            writer.Open("internal static class " + name);
            if (api.HasErrors)
            {
                writer.Line("internal static readonly string[] All = new string[0];");
                writer.Line();
                writer.Line("static " + name + "() => throw new global::System.InvalidOperationException(\"The SeedData files of this build have errors; see the SD diagnostics.\");");
            }
            else
            {
                writer.Line("internal static readonly string[] All;");
                writer.Line();
                writer.Line("static " + name + "() => All = DataImageReader.ReadIds(DataImage.IdChunks" + c.ToString(CultureInfo.InvariantCulture) + "(), " + Count(api, c) + ");");
            }
            writer.Close();
            writer.Line();
        }
        writer.Line(Optimized);
        writer.Open("internal static global::System.Collections.Generic.Dictionary<string, int> Index(string[] ids)");
        writer.Line("var index = new global::System.Collections.Generic.Dictionary<string, int>(ids.Length);");
        writer.Line("for (int i = 0; i < ids.Length; i++) index.Add(ids[i], i);");
        writer.Line("return index;");
        writer.Close();
        writer.Close();
    }

    private void WriteStore(SourceWriter writer, DatasetApi api)
    {
        var collections = _declarations.Collections;
        writer.Line("// Every record, read from the image on first use. The runtime runs the static constructor once, thread-safely.");
        writer.Open("private static class Store");
        // With values that the project's own code reads, a Parse that throws breaks only the collections that reach it.
        bool failures = !api.HasErrors && _declarations.HasValuesReadByProjectCode;
        for (int c = 0; c < collections.Count; c++)
        {
            string type = collections[c].RecordTypeName, property = collections[c].PropertyName;
            writer.Line((failures ? "private" : "internal") + " static readonly " + type + "[] " + Built(collections[c], failures) + " = new " + type + "[" + Count(api, c) + "];");
            if (failures)
            {
                writer.Line("internal static " + type + "[] " + property + " => Broken[" + c.ToString(CultureInfo.InvariantCulture) + "] is { } failure"
                    + " ? throw failure.Exception(" + CSharpNames.StringLiteral(collections[c].Name) + ", SeedDataValueChecks.Table) : " + Built(collections[c], failures) + ";");
            }
        }
        writer.Line();
        if (failures) WriteFailures(writer);
        if (api.HasErrors)
        {
            writer.Line("// The data files have errors (see the SD diagnostics), so no record is built.");
            writer.Line("static Store() => throw new global::System.InvalidOperationException(\"The SeedData files of this build have errors; see the SD diagnostics.\");");
            writer.Close();
            return;
        }

        var readers = new List<string>();
        for (int c = 0; c < collections.Count; c++) readers.Add(ReaderFor(collections[c].Shape));
        writer.Line("// The records come in runs of one collection (collection, first index, count), each record after those it references.");
        writer.Line(Optimized);
        writer.Open("static Store()");
        writer.Open("foreach (string chunk in DataImage.RecordChunks())");
        writer.Line("var reader = new DataImageReader(global::System.MemoryExtensions.AsSpan(chunk));");
        writer.Open("while (!reader.End)");
        writer.Line("int collection = reader.Count(), start = reader.Count(), end = start + reader.Count();");
        writer.Open("switch (collection)");
        for (int c = 0; c < collections.Count; c++)
        {
            string property = collections[c].PropertyName;
            writer.Open("case " + c.ToString(CultureInfo.InvariantCulture) + ":");
            writer.Line("var ids = " + IdsOf(collections[c]) + ";");
            if (failures)
            {
                writer.Line("s_collection = " + c.ToString(CultureInfo.InvariantCulture) + ";");
                writer.Line("for (int i = start; i < end; i++) " + Built(collections[c], failures) + "[i] = " + readers[c] + "(ref reader, s_id = ids[i]);");
            }
            else
            {
                writer.Line("for (int i = start; i < end; i++) " + property + "[i] = " + readers[c] + "(ref reader, ids[i]);");
            }
            writer.Line("break;");
            writer.Close();
        }
        writer.Line("default:");
        writer.Line("    throw new global::System.InvalidOperationException(\"The SeedData image is corrupt.\");");
        writer.Close();
        writer.Close();
        writer.Close();
        if (failures)
        {
            writer.Line("MarkBroken(Reaches);");
        }
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

    private static string Built(CollectionDeclaration collection, bool failures) => failures ? "Built" + collection.PropertyName : collection.PropertyName;

    /// <summary>
    /// What keeps one failed value from breaking every collection: the collections' names and the collections each one
    /// reaches through references (computed here, from the declarations), then the run-time part (StoreFailures).
    /// </summary>
    private void WriteFailures(SourceWriter writer)
    {
        var collections = _declarations.Collections;
        writer.Line("private static readonly string[] Collections = { " + string.Join(", ", collections.Select(c => CSharpNames.StringLiteral(c.Name))) + " };");
        writer.Line("// The collections each collection's records reach through references, itself included.");
        writer.Line("private static readonly int[][] Reaches =");
        writer.Line("{");
        for (int c = 0; c < collections.Count; c++)
        {
            writer.Line("    new[] { " + string.Join(", ", Reached(c).Select(r => r.ToString(CultureInfo.InvariantCulture))) + " },");
        }
        writer.Line("};");
        writer.Line();
        RuntimeSource.Write(writer, "StoreFailures");
        writer.Line();
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
        writer.Line("private static " + shape.TypeName + " " + name + "(ref DataImageReader reader" + (topLevel ? ", string id" : string.Empty) + ") => new "
            + shape.TypeName + "(");
        for (int i = 0; i < shape.Parameters.Count; i++)
        {
            var parameter = shape.Parameters[i];
            string value = topLevel && shape.RecordKey.IsId && parameter.Name == "Id" ? "id" : Argument(parameter);
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
}
