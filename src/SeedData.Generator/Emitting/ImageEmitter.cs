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
        writer.Line("// The data image (see DataImageReader): the records, where each starts, each collection's key slots and each index.");
        if (!literals)
        {
            writer.Line("// It is large, so it is carried in attribute arguments: metadata, which costs the compiler little and no code,");
            writer.Line("// and keeps it out of the 16 MB string heap. Each group of chunks is read when first needed" + (image.InPlace
                ? ": where the metadata holds\n// it, as UTF-8 (see ImageMetadata), or else by reflection."
                : ", by reflection."));
        }
        writer.Open("private static partial class DataImage");
        for (int p = 0; p < image.Parts.Count; p++)
        {
            if (p > 0) writer.Line();
            WritePart(writer, literals, image.InPlace, image.Parts[p]);
        }
        if (!literals)
        {
            writer.Line();
            if (image.InPlace)
            {
                // Apart from the reflection read, which a fresh process then does not compile.
                WriteChunksSignature(writer, ReadInPlace, trimmingJustification: null);
                writer.Line("{");
                writer.Raw("#if NET5_0_OR_GREATER\n");
                writer.Line("    return ImageMetadata.Chunks(first, group) ?? " + ReadByReflection + "(part, first, group);");
                writer.Raw("#else\n");
                writer.Line("    return " + ReadByReflection + "(part, first, group);");
                writer.Raw("#endif\n");
                writer.Line("}");
                writer.Line();
            }
            WriteChunksSignature(writer, ReadByReflection, "A type resolved by its token is checked by its name and owner, and found by name otherwise.");
            writer.Line("{");
            writer.Indent();
            writer.Line("string name = \"G\" + group.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
            writer.Line("// The compiler numbers a class's nested classes together, in order: group k's holder is k tokens after the first");
            writer.Line("// group's. Finding a nested type by name instead costs a fresh process about 2.5 ms on its first call (the type's");
            writer.Line("// member cache).");
            writer.Line("global::System.Type? holder = null;");
            writer.Line("try { holder = part.Module.ResolveType(first.MetadataToken + group); } catch (global::System.ArgumentException) { }");
            writer.Line("if (holder is null || holder.DeclaringType != part || holder.Name != name) holder = part.GetNestedType(name, global::System.Reflection.BindingFlags.NonPublic)!;");
            writer.Line("var attributes = (DataChunkAttribute[])holder.GetCustomAttributes(typeof(DataChunkAttribute), false);");
            writer.Line("var chunks = new string[attributes.Length];");
            writer.Line("foreach (var attribute in attributes) chunks[attribute.Index] = attribute.Data;");
            writer.Line("return ImageChunk.Encode(chunks);");
            writer.Close();
            writer.Line();
            writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = true)]");
            writer.Open("private sealed class DataChunkAttribute : global::System.Attribute");
            writer.Line("public DataChunkAttribute(int index, string data) => (Index, Data) = (index, data);");
            writer.Line("public int Index { get; }");
            writer.Line("public string Data { get; }");
            writer.Close();
            if (image.InPlace)
            {
                writer.Line();
                RuntimeSource.Write(writer, "ImageMetadata");
            }
        }
        writer.Close();
        writer.Close();
        return DatasetEmitter.EndText(dataset, writer);
    }

    /// <summary>The method that reads one group of a part's chunks: where the metadata holds them, or by reflection.</summary>
    private const string ReadInPlace = "ChunksInPlace", ReadByReflection = "Chunks";

    /// <summary>
    /// A reader of a group of chunks: the holders are found by their metadata tokens or names, and the annotation keeps
    /// them, and their attributes, in a trimmed application (the token is checked: a trimmer renumbers them).
    /// </summary>
    private static void WriteChunksSignature(SourceWriter writer, string name, string? trimmingJustification)
    {
        string parameters = "global::System.Type part, global::System.Type first, int group)";
        writer.Raw("#if NET5_0_OR_GREATER\n");
        if (trimmingJustification is not null)
        {
            writer.Line("[global::System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage(\"Trimming\", \"IL2026\", Justification = \"" + trimmingJustification + "\")]");
        }
        writer.Line("private static ImageChunk[] " + name + "([global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicNestedTypes)] " + parameters);
        writer.Raw("#else\n");
        writer.Line("private static ImageChunk[] " + name + "(" + parameters);
        writer.Raw("#endif\n");
    }

    /// <summary>One part: its <c>ImagePart</c>, read from string literals, or from attributes on one holder class per group of chunks.</summary>
    private static void WritePart(SourceWriter writer, bool literals, bool inPlace, ImagePartChunks part)
    {
        var chunks = part.Chunks;
        string count = chunks.Count.ToString(CultureInfo.InvariantCulture);
        if (literals)
        {
            string all = System.Math.Max(1, chunks.Count).ToString(CultureInfo.InvariantCulture);
            writer.Line("internal static readonly ImagePart " + part.Name + " = new ImagePart(" + count + ", " + all + ", static group => ImageChunk.Encode(new string[]");
            writer.Line("{");
            foreach (string chunk in chunks) writer.Line("    ", text => Literal(text, chunk), ",");
            writer.Line("}));");
            return;
        }
        string holder = part.Name + "Data";
        writer.Line("internal static readonly ImagePart " + part.Name + " = new ImagePart(" + count + ", " + part.GroupSize.ToString(CultureInfo.InvariantCulture)
            + ", static group => " + (chunks.Count == 0 ? "global::System.Array.Empty<ImageChunk>()" : (inPlace ? ReadInPlace : ReadByReflection) + "(typeof(" + holder + "), typeof(" + holder + ".G0), group)") + ");");
        writer.Line();
        writer.Open("private static class " + holder);
        for (int start = 0; start < chunks.Count; start += part.GroupSize)
        {
            if (start > 0) writer.Line();
            for (int i = start; i < System.Math.Min(start + part.GroupSize, chunks.Count); i++)
            {
                string chunk = chunks[i];
                writer.Line("[DataChunk(" + (i - start).ToString(CultureInfo.InvariantCulture) + ", ", text => Literal(text, chunk), ")]");
            }
            writer.Line("internal static class G" + (start / part.GroupSize).ToString(CultureInfo.InvariantCulture) + " { }");
        }
        writer.Close();
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
