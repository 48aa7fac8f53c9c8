using System;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Image;

/// <summary>
/// Writes values in the data image format that the generated <c>DataImageReader</c> reads back. The image is bytes,
/// and always valid UTF-8: the generated code carries each chunk as the text those bytes decode to, in a string
/// literal or an attribute argument, and an attribute argument's metadata holds exactly these bytes, which the reader
/// reads where the assembly maps them (see <see cref="ToText"/>). Structural numbers are written as symbols of printable
/// ASCII (<c>'0'</c> + a digit of 0 to 63), so the generated literal is about as long as the image, needs no escape
/// but <c>\\</c>, and reads small numbers as digits. Text is written as its UTF-8 bytes, so a string value costs one
/// <c>GetString</c>. While the image is written, each byte is held as one character (0 to 255), so that every length
/// and position here, and every one the image stores, counts bytes. The format is documented value by value here;
/// its constants are <see cref="ImageFormat"/>, which the reader (<c>Runtime/DataImageReader.cs</c>, emitted
/// verbatim) shares.
/// <list type="bullet">
/// <item>counts, flags, day numbers and other unsigned numbers: varints of 5 bits a symbol, low bits first (digit 32 and up = more);</item>
/// <item>int and long (and enum values, as the bits of a long): zigzag, then a varint;</item>
/// <item>bool: one symbol, <c>'0'</c> or <c>'1'</c>;</item>
/// <item>double: the 64 bits of its bits in 11 symbols of 6 bits, low first, so every value (and -0) round-trips exactly;</item>
/// <item>decimal: the three 32-bit words of its integer as varints, then <c>scale * 2 + sign</c>, so the scale (2.50 vs 2.5) is kept;</item>
/// <item>DateOnly: its day number (days since 0001-01-01); DateTimeOffset: clock ticks, then the offset in minutes, zigzag;</item>
/// <item>string: a varint <c>length * 2 + form</c>, then form 0: that many bytes of UTF-8, or form 1 (text with a lone
/// surrogate, which UTF-8 cannot hold): that many UTF-16 code units as varints;</item>
/// <item>reference: the index of the record in its collection in 5 symbols of 6 bits (so below 2^30), low first, a fixed
/// width so that the linker can fill it in place; locators and key slots are fixed-width numbers too (see <see cref="ImageFormat"/>);</item>
/// <item>nullable value: a flag (0 = null), then the value; optional parameter: a flag (0 = left out, the default applies), then the value;</item>
/// <item>list: the count, then the items; inline record: its parameters in declaration order.</item>
/// </list>
/// </summary>
internal sealed class ImageWriter
{
    private const char Zero = ImageFormat.Zero;

    private char[] _buffer;
    private int _length;

    public ImageWriter(int capacity = 1024) => _buffer = new char[Math.Max(16, capacity)];

    public int Length => _length;

    /// <summary>The buffer, whose first <see cref="Length"/> characters are the bytes written, one to a character (for the content hash).</summary>
    internal char[] Characters => _buffer;

    /// <summary>Drops everything written after <paramref name="length"/> (a record that turned out to have errors).</summary>
    public void Truncate(int length) => _length = length;

    /// <summary>The bytes written, one to a character: a piece of image that another writer copies in.</summary>
    public override string ToString() => new(_buffer, 0, _length);

    /// <summary>
    /// The text whose UTF-8 is the bytes written: a chunk as the generated code carries it. Every byte sequence here is
    /// valid UTF-8 (structure is ASCII, text is written as its UTF-8), so the carrier's UTF-8 is these bytes again.
    /// </summary>
    public string ToText()
    {
        var bytes = new byte[_length];
        for (int i = 0; i < _length; i++) bytes[i] = unchecked((byte)_buffer[i]);
        return Utf8.GetString(bytes);
    }

    // Throws on a byte sequence that is not UTF-8 rather than replace it: that would be a bug of this writer.
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether everything written from <paramref name="start"/> on is exactly <paramref name="expected"/>.</summary>
    public bool EndsWith(int start, string expected)
    {
        if (_length - start != expected.Length) return false;
        for (int i = 0; i < expected.Length; i++)
        {
            if (_buffer[start + i] != expected[i]) return false;
        }
        return true;
    }

    public void Write(string text, int start, int count)
    {
        Ensure(count);
        text.CopyTo(start, _buffer, _length, count);
        _length += count;
    }

    /// <summary>Appends everything <paramref name="other"/> holds.</summary>
    public void Write(ImageWriter other)
    {
        Ensure(other._length);
        Array.Copy(other._buffer, 0, _buffer, _length, other._length);
        _length += other._length;
    }

    public void WriteFlag(bool value)
    {
        Ensure(1);
        _buffer[_length++] = value ? (char)(Zero + 1) : Zero;
    }

    public void WriteVarint(ulong value)
    {
        Ensure(13);
        while (value >= ImageFormat.VarintMore)
        {
            _buffer[_length++] = (char)(Zero + ImageFormat.VarintMore + (int)(value & ImageFormat.VarintMask));
            value >>= ImageFormat.VarintBits;
        }
        _buffer[_length++] = (char)(Zero + (int)value);
    }

    public void WriteZigZag(long value) => WriteVarint(unchecked((ulong)((value << 1) ^ (value >> 63))));

    public void WriteDouble(double value) => WriteBits64(unchecked((ulong)BitConverter.DoubleToInt64Bits(value)));

    /// <summary>A 64-bit pattern at a fixed width, low digits first.</summary>
    public void WriteBits64(ulong bits)
    {
        Ensure(ImageFormat.Bits64Symbols);
        for (int i = 0; i < ImageFormat.Bits64Symbols; i++) _buffer[_length++] = (char)(Zero + (int)((bits >> (ImageFormat.FixedBits * i)) & ImageFormat.FixedMask));
    }

    public void WriteDecimal(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        WriteVarint(unchecked((uint)bits[0]));
        WriteVarint(unchecked((uint)bits[1]));
        WriteVarint(unchecked((uint)bits[2]));
        int scale = (bits[3] >> 16) & 0xFF;
        bool negative = bits[3] < 0;
        WriteVarint((ulong)(scale * 2 + (negative ? 1 : 0)));
    }

    public void WriteString(string value) => WriteString(value, 0, value.Length);

    /// <summary>Writes <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> as a string value.</summary>
    public void WriteString(string text, int start, int length)
    {
        if (!HasLoneSurrogate(text, start, length))
        {
            int bytes = Utf8Length(text, start, length);
            WriteVarint((ulong)bytes * 2);
            WriteUtf8(text, start, length, bytes);
            return;
        }
        WriteVarint((ulong)length * 2 + 1);
        for (int i = start; i < start + length; i++) WriteVarint(text[i]);
    }

    /// <summary>A number below 2^(6 * <paramref name="symbols"/>) at a fixed width, low digits first (locators, key slots).</summary>
    public void WriteFixed(int value, int symbols)
    {
        Ensure(symbols);
        for (int i = 0; i < symbols; i++) _buffer[_length++] = (char)(Zero + ((value >> (ImageFormat.FixedBits * i)) & ImageFormat.FixedMask));
    }

    /// <summary>Reserves a reference and returns where it is, so that the linker can write the target's index there.</summary>
    public int WriteReferencePlaceholder()
    {
        int at = _length;
        Ensure(ImageFormat.ReferenceSymbols);
        for (int i = 0; i < ImageFormat.ReferenceSymbols; i++) _buffer[_length++] = (char)(Zero + ImageFormat.FixedMask);
        return at;
    }

    /// <summary>Writes a reference's target index over its placeholder at <paramref name="at"/>.</summary>
    public void PatchReference(int at, int index)
    {
        int end = _length;
        _length = at;
        WriteFixed(index, ImageFormat.ReferenceSymbols);
        _length = end;
    }

    /// <summary>The length in UTF-8 of text without a lone surrogate (a pair's two characters are four bytes).</summary>
    private static int Utf8Length(string text, int start, int length)
    {
        int bytes = length;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c < 0x80) continue;
            bytes += c < 0x800 || char.IsSurrogate(c) ? 1 : 2;
        }
        return bytes;
    }

    /// <summary>The UTF-8 of <paramref name="length"/> characters of <paramref name="text"/> (<paramref name="bytes"/> bytes), a byte to a character.</summary>
    private void WriteUtf8(string text, int start, int length, int bytes)
    {
        Ensure(bytes);
        int end = start + length;
        for (int i = start; i < end; i++)
        {
            int c = text[i];
            if (c < 0x80)
            {
                _buffer[_length++] = (char)c;
                continue;
            }
            if (c < 0x800)
            {
                _buffer[_length++] = (char)(0xC0 | (c >> 6));
            }
            else if (!char.IsHighSurrogate((char)c))
            {
                _buffer[_length++] = (char)(0xE0 | (c >> 12));
                _buffer[_length++] = (char)(0x80 | ((c >> 6) & 0x3F));
            }
            else
            {
                // A pair (a lone surrogate takes form 1): one code point of four bytes.
                c = char.ConvertToUtf32((char)c, text[++i]);
                _buffer[_length++] = (char)(0xF0 | (c >> 18));
                _buffer[_length++] = (char)(0x80 | ((c >> 12) & 0x3F));
                _buffer[_length++] = (char)(0x80 | ((c >> 6) & 0x3F));
            }
            _buffer[_length++] = (char)(0x80 | (c & 0x3F));
        }
    }

    private static bool HasLoneSurrogate(string value, int start, int length)
    {
        int end = start + length;
        for (int i = start; i < end; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(c)) return true;
        }
        return false;
    }

    private void Ensure(int extra)
    {
        if (_length + extra <= _buffer.Length) return;
        int size = _buffer.Length;
        while (size < _length + extra) size *= 2;
        Array.Resize(ref _buffer, size);
    }
}
