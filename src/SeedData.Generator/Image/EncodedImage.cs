using System.Collections.Generic;
using SeedData.Generator.Binding;
using SeedData.Generator.Model;

namespace SeedData.Generator.Image;

/// <summary>The image as the generated code carries it: each section compressed, packed and cut into chunks.</summary>
internal sealed record EncodedImage(string ContentSha256, EquatableArray<EquatableBytes> IdChunks, EquatableArray<EquatableBytes> RecordChunks)
{
    public static EncodedImage From(DatasetImage image)
        => new(image.ContentSha256, Chunks(image.Ids.Bytes), Chunks(image.Records.Bytes));

    private static EquatableArray<EquatableBytes> Chunks(byte[] section)
    {
        var chunks = new List<EquatableBytes>();
        foreach (var chunk in ImageCompression.Encode(section)) chunks.Add(new EquatableBytes(chunk));
        return chunks.ToEquatableArray();
    }
}
