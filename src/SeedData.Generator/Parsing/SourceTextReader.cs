using System;
using System.IO;
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
    /// Whether the text holds a replacement character, which the compiler puts where the file's bytes were not UTF-8.
    /// A block at a time: the text is never copied whole.
    /// </summary>
    public static bool HasReplacementCharacter(SourceText text)
    {
        var chars = new char[BlockLength];
        for (int start = 0; start < text.Length; start += BlockLength)
        {
            int length = Math.Min(BlockLength, text.Length - start);
            text.CopyTo(start, chars, 0, length);
            if (Array.IndexOf(chars, '\uFFFD', 0, length) >= 0) return true;
        }
        return false;
    }
}
