using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Declarations;
using SeedData.Generator.Image;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emitting;

/// <summary>
/// Writes the data image and the content hash: the only source that changes when data changes but no record is
/// added, removed or renamed. The chunks go in string literals for a small image and in attribute arguments for a
/// large one (see <see cref="ImageCarrier"/>); neither adds code per record.
/// </summary>
internal static class ImageEmitter
{
    public static SourceText Emit(DatasetInfo dataset, EncodedImage image)
    {
        // The builder grows a block at a time, each below the large object heap's threshold (see ToSourceText).
        var writer = DatasetEmitter.Begin(dataset);
        writer.Open("static partial class " + dataset.ClassName);
        writer.Summary("SHA-256 (hex) of the records' values, ids and order: pin it to know which data a build used. Comments, layout, key order, the split into files and YAML or JSON do not change it.");
        writer.Line("public const string ContentHash = \"" + image.ContentSha256 + "\";");
        writer.Line();
        bool literals = image.Carrier == ImageCarrier.StringLiterals;
        writer.Line("// The data image: the ids of each collection, then the records (see DataImageReader).");
        if (!literals)
        {
            writer.Line("// It is large, so it is carried in attribute arguments: metadata, which costs the compiler little and no code,");
            writer.Line("// and keeps it out of the 16 MB string heap. Each part is read once by reflection.");
        }
        writer.Open("private static partial class DataImage");
        for (int c = 0; c < image.IdChunks.Count; c++)
        {
            string collection = c.ToString(CultureInfo.InvariantCulture);
            WriteChunks(writer, literals, "IdChunks" + collection, "IdData" + collection, image.IdChunks[c]);
            writer.Line();
        }
        WriteChunks(writer, literals, "RecordChunks", "RecordData", image.RecordChunks);
        for (int c = 0; c < image.IndexChunks.Count; c++)
        {
            for (int i = 0; i < image.IndexChunks[c].Count; i++)
            {
                string name = c.ToString(CultureInfo.InvariantCulture) + "_" + i.ToString(CultureInfo.InvariantCulture);
                writer.Line();
                WriteChunks(writer, literals, "IndexChunks" + name, "IndexData" + name, image.IndexChunks[c][i]);
            }
        }
        if (!literals)
        {
            writer.Line();
            writer.Open("private static string[] Chunks(global::System.Type holder)");
            writer.Line("var attributes = (DataChunkAttribute[])holder.GetCustomAttributes(typeof(DataChunkAttribute), false);");
            writer.Line("var chunks = new string[attributes.Length];");
            writer.Line("foreach (var attribute in attributes) chunks[attribute.Index] = attribute.Data;");
            writer.Line("return chunks;");
            writer.Close();
            writer.Line();
            writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = true)]");
            writer.Open("private sealed class DataChunkAttribute : global::System.Attribute");
            writer.Line("public DataChunkAttribute(int index, string data) => (Index, Data) = (index, data);");
            writer.Line("public int Index { get; }");
            writer.Line("public string Data { get; }");
            writer.Close();
        }
        writer.Close();
        writer.Close();
        return DatasetEmitter.EndText(dataset, writer);
    }

    /// <summary>The method <paramref name="method"/> that returns <paramref name="chunks"/>, and for attributes their holder class.</summary>
    private static void WriteChunks(SourceWriter writer, bool literals, string method, string holder, EquatableArray<string> chunks)
    {
        if (literals)
        {
            writer.Line("internal static string[] " + method + "() => new string[]");
            writer.Line("{");
            foreach (string chunk in chunks) writer.Line("    ", text => Literal(text, chunk), ",");
            writer.Line("};");
            return;
        }
        writer.Line("internal static string[] " + method + "() => Chunks(typeof(" + holder + "));");
        writer.Line();
        for (int i = 0; i < chunks.Count; i++)
        {
            string chunk = chunks[i];
            writer.Line("[DataChunk(" + i.ToString(CultureInfo.InvariantCulture) + ", ", text => Literal(text, chunk), ")]");
        }
        writer.Line("private static class " + holder + " { }");
    }

    /// <summary>
    /// A string literal in printable ASCII: everything else escaped, so the generated file is the same text on
    /// every host and holds no control, bidirectional or line-breaking character.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static void Literal(SourceWriter writer, string text)
    {
        writer.Raw("\"");
        int plain = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') continue;
            // A run of printable ASCII goes in at once; the character that ends it is escaped.
            writer.Slice(text, plain, i - plain);
            plain = i + 1;
            writer.Raw(c switch
            {
                '\0' => "\\0",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        writer.Slice(text, plain, text.Length - plain);
        writer.Raw("\"");
    }
}
