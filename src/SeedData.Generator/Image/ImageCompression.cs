using System;
using System.Collections.Generic;

namespace SeedData.Generator.Image;

/// <summary>
/// Turns an image section into what the generated code carries: compressed, then cut into chunks of at most
/// <see cref="ChunkBytes"/> bytes, each written as a string of Latin-1 characters (one character per byte), which
/// <c>Encoding.Latin1</c> turns back into the bytes.
/// <para>
/// The compression is the LZ4 block format written out here rather than taken from zlib: its output depends on
/// nothing but the input, so the generated code is byte-identical on every host (a zlib's output varies with its
/// version), and its decoder is a few lines of generated code. The compressed stream starts with the section's
/// length as a varint.
/// </para>
/// </summary>
internal static class ImageCompression
{
    /// <summary>Bytes per chunk (one string literal or attribute argument).</summary>
    public const int ChunkBytes = 64 * 1024;

    private const int MinMatch = 4;
    private const int MaxOffset = 65535;
    private const int HashBits = 16;

    /// <summary>Compresses and chunks an image section.</summary>
    public static List<byte[]> Encode(byte[] image)
    {
        byte[] compressed = Compress(image);
        var chunks = new List<byte[]>();
        for (int start = 0; start < compressed.Length; start += ChunkBytes)
        {
            int length = Math.Min(ChunkBytes, compressed.Length - start);
            var chunk = new byte[length];
            Buffer.BlockCopy(compressed, start, chunk, 0, length);
            chunks.Add(chunk);
        }
        return chunks;
    }

    /// <summary>Greedy LZ4 block compression with a 64 KiB window.</summary>
    public static byte[] Compress(byte[] input)
    {
        var output = new ImageWriter(input.Length / 2 + 16);
        output.WriteVarint((ulong)input.Length);
        var table = new int[1 << HashBits];
        for (int i = 0; i < table.Length; i++) table[i] = -1;

        int anchor = 0;
        int position = 0;
        int last = input.Length - MinMatch;
        while (position <= last)
        {
            uint sequence = Read32(input, position);
            int slot = (int)((sequence * 2654435761u) >> (32 - HashBits));
            int candidate = table[slot];
            table[slot] = position;
            if (candidate < 0 || position - candidate > MaxOffset || Read32(input, candidate) != sequence)
            {
                position++;
                continue;
            }
            int length = MinMatch;
            while (position + length < input.Length && input[candidate + length] == input[position + length]) length++;
            WriteSequence(output, input, anchor, position - anchor, position - candidate, length);
            position += length;
            anchor = position;
        }
        // The stream ends with a sequence of literals only (possibly none).
        WriteSequence(output, input, anchor, input.Length - anchor, offset: 0, matchLength: 0);
        return output.ToArray();
    }

    private static void WriteSequence(ImageWriter output, byte[] input, int literalStart, int literalLength, int offset, int matchLength)
    {
        int matchCode = matchLength == 0 ? 0 : matchLength - MinMatch;
        output.WriteByte((byte)((Math.Min(literalLength, 15) << 4) | Math.Min(matchCode, 15)));
        if (literalLength >= 15) WriteLength(output, literalLength - 15);
        output.Write(input, literalStart, literalLength);
        if (matchLength == 0) return;
        output.WriteByte((byte)offset);
        output.WriteByte((byte)(offset >> 8));
        if (matchCode >= 15) WriteLength(output, matchCode - 15);
    }

    private static void WriteLength(ImageWriter output, int rest)
    {
        while (rest >= 255)
        {
            output.WriteByte(255);
            rest -= 255;
        }
        output.WriteByte((byte)rest);
    }

    private static uint Read32(byte[] data, int at)
        => (uint)(data[at] | data[at + 1] << 8 | data[at + 2] << 16 | data[at + 3] << 24);
}
