using System.Globalization;
using System.Text;
using SeedData.Generator.Declarations;
using SeedData.Generator.Image;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emitting;

/// <summary>
/// Writes the data image as <c>"..."u8</c> literals: UTF-8 literals compile to read-only data in the assembly
/// (no string heap, so no CS8103 however large the data) and cost no code per record.
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
        writer.Line("// The data image: ids, then records; compressed (LZ4 block) and packed 7 bits a byte (see DataImage.Decode).");
        writer.Open("private static partial class DataImage");
        writer.Line("internal const int IdChunks = " + image.IdChunks.Count.ToString(CultureInfo.InvariantCulture) + ";");
        writer.Line("internal const int RecordChunks = " + image.RecordChunks.Count.ToString(CultureInfo.InvariantCulture) + ";");
        writer.Line();
        writer.Open("private static global::System.ReadOnlySpan<byte> Chunk(int index) => index switch");
        int index = 0;
        foreach (var chunk in image.IdChunks) writer.Line(Arm(index++, chunk));
        foreach (var chunk in image.RecordChunks) writer.Line(Arm(index++, chunk));
        writer.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        writer.Close(";");
        writer.Close();
        writer.Close();
        return DatasetEmitter.End(dataset, writer);
    }

    private static string Arm(int index, EquatableBytes chunk) => index.ToString(CultureInfo.InvariantCulture) + " => " + Utf8Literal(chunk.Bytes) + ",";

    /// <summary>A u8 literal of 7-bit bytes: printable ASCII as is, everything else escaped.</summary>
    private static string Utf8Literal(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2 + 4).Append('"');
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
        return builder.Append("\"u8").ToString();
    }
}
