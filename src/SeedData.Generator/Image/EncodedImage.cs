using SeedData.Generator.Binding;
using SeedData.Generator.Model;

namespace SeedData.Generator.Image;

/// <summary>How the generated code carries the image's chunks.</summary>
internal enum ImageCarrier
{
    /// <summary>
    /// String literals: nothing to decode and no reflection. They fill the assembly's 16 MB string heap (CS8103 when
    /// full), so only images up to <see cref="EncodedImage.LiteralLimit"/> characters use them.
    /// </summary>
    StringLiterals,

    /// <summary>
    /// Arguments of attributes on two private classes: metadata blobs, outside the string heap and the IL, that cost
    /// the compiler about as little as string literals, read once by reflection.
    /// </summary>
    Attributes,
}

/// <summary>The image and how the generated code carries it.</summary>
internal sealed record EncodedImage(string ContentSha256, ImageCarrier Carrier, EquatableArray<EquatableArray<string>> IdChunks, EquatableArray<string> RecordChunks,
    EquatableArray<EquatableArray<EquatableArray<string>>> IndexChunks)
{
    /// <summary>At most this many characters (2 MB of the 16 MB string heap) go in string literals.</summary>
    public const int LiteralLimit = 1024 * 1024;

    public static EncodedImage From(DatasetImage image)
    {
        long characters = 0;
        foreach (var collection in image.IdChunks)
        {
            foreach (string chunk in collection) characters += chunk.Length;
        }
        foreach (string chunk in image.RecordChunks) characters += chunk.Length;
        foreach (var collection in image.IndexChunks)
        {
            foreach (var index in collection)
            {
                foreach (string chunk in index) characters += chunk.Length;
            }
        }
        var carrier = characters <= LiteralLimit ? ImageCarrier.StringLiterals : ImageCarrier.Attributes;
        return new EncodedImage(image.ContentSha256, carrier, image.IdChunks, image.RecordChunks, image.IndexChunks);
    }
}
