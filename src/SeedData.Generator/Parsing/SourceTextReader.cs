using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SeedData.Generator.Parsing;

/// <summary>
/// Reads a <see cref="SourceText"/> in blocks, so that a large data file is never copied into one string (a
/// megabyte-sized copy per file is memory the parser does not need).
/// </summary>
internal sealed class SourceTextReader(SourceText text) : TextReader
{
    private const int BlockLength = 4096;

    private readonly char[] _block = new char[BlockLength];
    private int _blockStart;
    private int _blockLength;
    private int _index;

    public override int Peek() => Fill() ? _block[_index] : -1;

    public override int Read() => Fill() ? _block[_index++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        if (!Fill()) return 0;
        int copied = Math.Min(count, _blockLength - _index);
        Array.Copy(_block, _index, buffer, index, copied);
        _index += copied;
        return copied;
    }

    private bool Fill()
    {
        if (_index < _blockLength) return true;
        _blockStart += _blockLength;
        _blockLength = Math.Min(BlockLength, text.Length - _blockStart);
        _index = 0;
        if (_blockLength <= 0) return false;
        text.CopyTo(_blockStart, _block, 0, _blockLength);
        return true;
    }

    /// <summary>
    /// The SHA-256 of the text's UTF-8 bytes, as lower-case hex, and whether it holds a replacement character
    /// (which the compiler puts where the file's bytes were not UTF-8): one pass, a block at a time.
    /// </summary>
    public static (string Sha256, bool HasReplacementCharacter) Hash(SourceText text)
    {
        var chars = new char[BlockLength];
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(BlockLength)];
        var encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        bool replaced = false;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (int start = 0; start < text.Length; start += BlockLength)
        {
            int length = Math.Min(BlockLength, text.Length - start);
            text.CopyTo(start, chars, 0, length);
            replaced |= Array.IndexOf(chars, '\uFFFD', 0, length) >= 0;
            // A surrogate pair split between blocks is kept by the encoder until the next block.
            int count = encoder.GetBytes(chars, 0, length, bytes, 0, flush: start + length >= text.Length);
            hash.AppendData(bytes, 0, count);
        }
        byte[] digest = hash.GetHashAndReset();
        var hex = new StringBuilder(digest.Length * 2);
        foreach (byte b in digest) hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return (hex.ToString(), replaced);
    }
}
