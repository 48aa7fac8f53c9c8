using System.Globalization;
using System.Text;
using SeedData.Generator.Declarations;
using SeedData.Generator.Image;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emitting;

/// <summary>
/// Writes the data image and the content hash: the only source that changes when data changes but no record is
/// added, removed or renamed. Each chunk is a string of one character per byte, in string literals for a small
/// image and in attribute arguments for a large one (see <see cref="ImageCarrier"/>); neither adds code per record.
/// </summary>
internal static class ImageEmitter
{
    public static string Emit(DatasetInfo dataset, EncodedImage image)
    {
        var writer = DatasetEmitter.Begin(dataset);
        writer.Open("static partial class " + dataset.ClassName);
        writer.Summary("SHA-256 (hex) of the data files this class was generated from, in path order: pin it to know which data a build used.");
        writer.Line("public const string ContentHash = \"" + image.ContentSha256 + "\";");
        writer.Line();
        if (image.Carrier == ImageCarrier.StringLiterals)
        {
            writer.Line("// The data image: ids, then records, each LZ4-compressed, one character per byte (see DataImage.Decode).");
            writer.Open("private static partial class DataImage");
            WriteLiterals(writer, "IdChunks", image.IdChunks);
            writer.Line();
            WriteLiterals(writer, "RecordChunks", image.RecordChunks);
            writer.Close();
        }
        else
        {
            writer.Line("// The data image: ids, then records, each LZ4-compressed, one character per byte (see DataImage.Decode). It is large,");
            writer.Line("// so it is carried in attribute arguments: metadata, which costs the compiler little and no code, read once by reflection.");
            writer.Open("private static partial class DataImage");
            writer.Line("internal static string[] IdChunks() => Chunks(typeof(IdData));");
            writer.Line();
            writer.Line("internal static string[] RecordChunks() => Chunks(typeof(RecordData));");
            writer.Line();
            WriteAttributes(writer, "IdData", image.IdChunks);
            writer.Line();
            WriteAttributes(writer, "RecordData", image.RecordChunks);
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
            writer.Close();
        }
        writer.Close();
        return DatasetEmitter.End(dataset, writer);
    }

    private static void WriteLiterals(SourceWriter writer, string method, EquatableArray<EquatableBytes> chunks)
    {
        writer.Line("internal static string[] " + method + "() => new string[]");
        writer.Line("{");
        foreach (var chunk in chunks) writer.Line("    " + Latin1Literal(chunk.Bytes) + ",");
        writer.Line("};");
    }

    private static void WriteAttributes(SourceWriter writer, string holder, EquatableArray<EquatableBytes> chunks)
    {
        for (int i = 0; i < chunks.Count; i++)
        {
            writer.Line("[DataChunk(" + i.ToString(CultureInfo.InvariantCulture) + ", " + Latin1Literal(chunks[i].Bytes) + ")]");
        }
        writer.Line("private static class " + holder + " { }");
    }

    /// <summary>A string literal of one character per byte: printable ASCII as is, everything else escaped.</summary>
    private static string Latin1Literal(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 3 + 2).Append('"');
        foreach (byte b in bytes)
        {
            switch (b)
            {
                case 0: builder.Append("\\0"); break;
                case 7: builder.Append("\\a"); break;
                case 8: builder.Append("\\b"); break;
                case 9: builder.Append("\\t"); break;
                case 10: builder.Append("\\n"); break;
                case 11: builder.Append("\\v"); break;
                case 12: builder.Append("\\f"); break;
                case 13: builder.Append("\\r"); break;
                case (byte)'"': builder.Append("\\\""); break;
                case (byte)'\\': builder.Append("\\\\"); break;
                default:
                    if (b < 0x20 || b >= 0x7F) builder.Append("\\u00").Append(b.ToString("X2", CultureInfo.InvariantCulture));
                    else builder.Append((char)b);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
