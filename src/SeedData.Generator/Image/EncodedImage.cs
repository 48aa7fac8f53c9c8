using System.Collections.Generic;
using SeedData.Generator.Binding;
using SeedData.Generator.Model;

namespace SeedData.Generator.Image;

/// <summary>How the generated code carries the image.</summary>
internal enum ImageCarrier
{
    /// <summary>
    /// String literals: no reflection and nothing to copy but the characters. They fill the assembly's 16 MB
    /// string heap (CS8103 when full), so only images up to <see cref="EncodedImage.LiteralLimit"/> bytes use them.
    /// </summary>
    StringLiterals,

    /// <summary>
    /// Arguments of attributes on two private classes: metadata blobs, outside the string heap and outside the IL,
    /// that cost the compiler about as little as string literals, read once by reflection.
    /// </summary>
    Attributes,
}

/// <summary>The image as the generated code carries it: each section compressed and cut into chunks.</summary>
internal sealed record EncodedImage(
    string ContentSha256,
    ImageCarrier Carrier,
    EquatableArray<EquatableBytes> IdChunks,
    EquatableArray<EquatableBytes> RecordChunks)
{
    /// <summary>At most this many bytes (2 MB of the 16 MB string heap) go in string literals.</summary>
    public const int LiteralLimit = 1024 * 1024;

    public static EncodedImage From(DatasetImage image)
    {
        var ids = Chunks(image.Ids.Bytes);
        var records = Chunks(image.Records.Bytes);
        int bytes = 0;
        foreach (var chunk in ids) bytes += chunk.Length;
        foreach (var chunk in records) bytes += chunk.Length;
        return new(image.ContentSha256, bytes <= LiteralLimit ? ImageCarrier.StringLiterals : ImageCarrier.Attributes, ids, records);
    }

    private static EquatableArray<EquatableBytes> Chunks(byte[] section)
    {
        var chunks = new List<EquatableBytes>();
        foreach (var chunk in ImageCompression.Encode(section)) chunks.Add(new EquatableBytes(chunk));
        return chunks.ToEquatableArray();
    }
}
