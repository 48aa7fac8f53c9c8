using System;
using System.Text;

namespace SeedData.Generator.Image;

/// <summary>
/// Writes values in the data image format that the generated <c>DataImageReader</c> reads back. The image is text:
/// a sequence of UTF-16 characters, so that the generated code can carry it in string literals or attribute
/// arguments and read it in place, and a string value costs one copy. Structural numbers are written as bytes,
/// each the character of that value (0 to 255); text is written as its own characters. The format is documented
/// value by value here and nowhere else; the reader's source is its mirror image.
/// <list type="bullet">
/// <item>counts, flags, day numbers and other unsigned numbers: LEB128 varints (7 bits a byte, high bit = more);</item>
/// <item>int and long (and enum values, as the bits of a long): zigzag, then a varint;</item>
/// <item>bool: one byte, 0 or 1;</item>
/// <item>double: the 8 bytes of its bits, little-endian, so every value (and -0) round-trips exactly;</item>
/// <item>decimal: the three 32-bit words of its integer as varints, then <c>scale * 2 + sign</c>, so the scale (2.50 vs 2.5) is kept;</item>
/// <item>DateOnly: its day number (days since 0001-01-01); DateTimeOffset: clock ticks, then the offset in minutes, zigzag;</item>
/// <item>string: a varint <c>length * 2 + form</c>, then form 0: that many characters, or form 1 (text with a lone
/// surrogate, which an attribute's UTF-8 blob cannot hold): that many UTF-16 code units as varints;</item>
/// <item>reference: the index of the record in its collection, 4 bytes little-endian, so the linker can fill it in place;</item>
/// <item>nullable value: a flag (0 = null), then the value; optional parameter: a flag (0 = left out, the default applies), then the value;</item>
/// <item>list: the count, then the items; inline record: its parameters in declaration order.</item>
/// </list>
/// </summary>
internal sealed class ImageWriter
{
    private char[] _buffer;
    private int _length;

    public ImageWriter(int capacity = 1024) => _buffer = new char[Math.Max(16, capacity)];

    public int Length => _length;

    /// <summary>Drops everything written after <paramref name="length"/> (a record that turned out to have errors).</summary>
    public void Truncate(int length) => _length = length;

    public override string ToString() => new(_buffer, 0, _length);

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

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = (char)value;
    }

    public void WriteFlag(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    public void WriteVarint(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[_length++] = (char)(byte)(value | 0x80);
            value >>= 7;
        }
        _buffer[_length++] = (char)value;
    }

    public void WriteZigZag(long value) => WriteVarint(unchecked((ulong)((value << 1) ^ (value >> 63))));

    public void WriteDouble(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        for (int i = 0; i < 8; i++) WriteByte((byte)(bits >> (8 * i)));
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

    public void WriteString(string value)
    {
        if (!HasLoneSurrogate(value))
        {
            WriteVarint((ulong)value.Length * 2);
            Write(value, 0, value.Length);
            return;
        }
        WriteVarint((ulong)value.Length * 2 + 1);
        foreach (char c in value) WriteVarint(c);
    }

    /// <summary>Reserves a reference and returns where it is, so that the linker can write the target's index there.</summary>
    public int WriteReferencePlaceholder()
    {
        int at = _length;
        for (int i = 0; i < 4; i++) WriteByte(0xFF);
        return at;
    }

    /// <summary>Writes a reference's target index over its placeholder at <paramref name="at"/>.</summary>
    public static void PatchReference(StringBuilder image, int at, int index)
    {
        for (int i = 0; i < 4; i++) image[at + i] = (char)(byte)(index >> (8 * i));
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
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
