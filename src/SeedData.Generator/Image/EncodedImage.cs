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
    /// Arguments of attributes on private classes, one class to a group of chunks (see <see cref="EncodedImage.RecordGroupSize"/>):
    /// metadata blobs, outside the string heap and the IL, that cost the compiler about as little as string literals,
    /// each group read when one of its chunks is first needed: where the metadata holds it, as UTF-8, when the project
    /// allows unsafe code (see <see cref="EncodedImage.InPlace"/>), and by reflection otherwise.
    /// </summary>
    Attributes,
}

/// <summary>The image as the generated code holds it: its parts, each a list of chunks, and how they are carried.</summary>
/// <param name="Parts">The records, then each collection's locators and key slots, then each index, each named as its member.</param>
/// <param name="InPlace">
/// Whether the generated code reads attribute arguments where the assembly's metadata holds them: on .NET 5 and later,
/// when the project allows unsafe code, which the one call that gives the metadata's address needs
/// (<c>AssemblyExtensions.TryGetRawMetadata</c>).
/// </param>
internal sealed record EncodedImage(string ContentSha256, ImageCarrier Carrier, EquatableArray<ImagePartChunks> Parts, bool InPlace)
{
    /// <summary>At most this many characters (2 MB of the 16 MB string heap) go in string literals.</summary>
    public const int LiteralLimit = 1024 * 1024;

    /// <summary>
    /// The chunks of one attribute holder, by part: reflection decodes a holder whole, so a lookup decodes this many
    /// chunks of each part it reads. A lookup reads one key slot chunk and one locator chunk (a few KB each) and the full
    /// build reads neither, so those parts have one chunk to a holder. The full build reads every record chunk, and four
    /// to a holder made it about 5% slower at 100,000 records (four times the reflection calls) for a cold lookup 2 ms
    /// faster, so sixteen; an index is read whole when first used, so sixteen.
    /// </summary>
    public const int KeySlotGroupSize = 1, LocatorGroupSize = 1, RecordGroupSize = 16, IndexGroupSize = 16;

    /// <summary>The member of the generated DataImage class that holds the records.</summary>
    public const string Records = "Records";

    /// <summary>The member that holds the locators of collection <paramref name="collection"/>.</summary>
    public static string Locators(int collection) => "Locators" + collection.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The member that holds the key slots of collection <paramref name="collection"/>.</summary>
    public static string KeySlots(int collection) => "KeySlots" + collection.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The member that holds index <paramref name="index"/> of collection <paramref name="collection"/>.</summary>
    public static string Index(int collection, int index)
        => "Index" + collection.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static EncodedImage From(DatasetImage image, bool unsafeAllowed)
    {
        var parts = new System.Collections.Generic.List<ImagePartChunks> { new(Records, image.RecordChunks, RecordGroupSize) };
        for (int c = 0; c < image.LocatorChunks.Count; c++) parts.Add(new(Locators(c), image.LocatorChunks[c], LocatorGroupSize));
        for (int c = 0; c < image.KeySlotChunks.Count; c++) parts.Add(new(KeySlots(c), image.KeySlotChunks[c], KeySlotGroupSize));
        for (int c = 0; c < image.IndexChunks.Count; c++)
        {
            for (int i = 0; i < image.IndexChunks[c].Count; i++) parts.Add(new(Index(c, i), image.IndexChunks[c][i], IndexGroupSize));
        }
        long characters = 0;
        foreach (var part in parts)
        {
            foreach (string chunk in part.Chunks) characters += chunk.Length;
        }
        var carrier = characters <= LiteralLimit ? ImageCarrier.StringLiterals : ImageCarrier.Attributes;
        return new EncodedImage(image.ContentSha256, carrier, parts.ToEquatableArray(), carrier == ImageCarrier.Attributes && unsafeAllowed);
    }
}

/// <summary>One part of the image: the name of the generated member that holds it, its chunks, and how many go to an attribute holder.</summary>
internal sealed record ImagePartChunks(string Name, EquatableArray<string> Chunks, int GroupSize);
