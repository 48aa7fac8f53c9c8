using System;
using System.Text;

namespace SeedData.Generator.Image;

/// <summary>
/// Writes values in the data image format that the generated <c>DataImageReader</c> reads back. The format is
/// documented value by value here and nowhere else; the reader's source is its mirror image.
/// <list type="bullet">
/// <item>counts, flags, day numbers and other unsigned numbers: LEB128 varints (7 bits a byte, high bit = more);</item>
/// <item>int and long (and enum values, as the bits of a long): zigzag, then a varint;</item>
/// <item>bool: one byte, 0 or 1;</item>
/// <item>double: the 8 bytes of its bits, little-endian, so every value (and -0) round-trips exactly;</item>
/// <item>decimal: the three 32-bit words of its integer as varints, then <c>scale * 2 + sign</c>, so the scale (2.50 vs 2.5) is kept;</item>
/// <item>DateOnly: its day number (days since 0001-01-01); DateTimeOffset: clock ticks, then the offset in minutes, zigzag;</item>
/// <item>string: a varint <c>length * 2 + form</c>, then form 0: that many UTF-8 bytes, or form 1 (text with lone
/// surrogates, which UTF-8 cannot hold): that many UTF-16 code units as varints;</item>
/// <item>reference: the index of the record in its collection, 4 bytes little-endian, so the linker can fill it in place;</item>
/// <item>nullable value: a flag (0 = null), then the value; optional parameter: a flag (0 = left out, the default applies), then the value;</item>
/// <item>list: the count, then the items; inline record: its parameters in declaration order.</item>
/// </list>
/// </summary>
internal sealed class ImageWriter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[] _buffer;
    private int _length;

    public ImageWriter(int capacity = 1024) => _buffer = new byte[Math.Max(16, capacity)];

    public int Length => _length;

    /// <summary>The bytes written so far (and spare capacity after them), for patching in place.</summary>
    public byte[] Buffer => _buffer;

    /// <summary>Drops everything written after <paramref name="length"/> (a record that turned out to have errors).</summary>
    public void Truncate(int length) => _length = length;

    public byte[] ToArray()
    {
        var result = new byte[_length];
        System.Buffer.BlockCopy(_buffer, 0, result, 0, _length);
        return result;
    }

    public void Write(byte[] bytes, int offset, int count)
    {
        Ensure(count);
        System.Buffer.BlockCopy(bytes, offset, _buffer, _length, count);
        _length += count;
    }

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void WriteFlag(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    public void WriteVarint(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        _buffer[_length++] = (byte)value;
    }

    public void WriteZigZag(long value) => WriteVarint(unchecked((ulong)((value << 1) ^ (value >> 63))));

    public void WriteDouble(double value) => WriteInt64LittleEndian(BitConverter.DoubleToInt64Bits(value));

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
        byte[]? utf8 = null;
        try
        {
            utf8 = StrictUtf8.GetBytes(value);
        }
        catch (EncoderFallbackException)
        {
            // A lone surrogate: keep the exact UTF-16 code units.
        }
        if (utf8 is not null)
        {
            WriteVarint((ulong)utf8.Length * 2);
            Write(utf8, 0, utf8.Length);
            return;
        }
        WriteVarint((ulong)value.Length * 2 + 1);
        foreach (char c in value) WriteVarint(c);
    }

    /// <summary>Reserves a reference and returns where it is, so that the linker can write the target's index there.</summary>
    public int WriteReferencePlaceholder()
    {
        int at = _length;
        WriteInt32LittleEndianAt(at, -1);
        return at;
    }

    public static void PatchReference(byte[] image, int at, int index)
    {
        image[at] = (byte)index;
        image[at + 1] = (byte)(index >> 8);
        image[at + 2] = (byte)(index >> 16);
        image[at + 3] = (byte)(index >> 24);
    }

    private void WriteInt32LittleEndianAt(int at, int value)
    {
        Ensure(4);
        _buffer[at] = (byte)value;
        _buffer[at + 1] = (byte)(value >> 8);
        _buffer[at + 2] = (byte)(value >> 16);
        _buffer[at + 3] = (byte)(value >> 24);
        _length = Math.Max(_length, at + 4);
    }

    private void WriteInt64LittleEndian(long value)
    {
        Ensure(8);
        for (int i = 0; i < 8; i++) _buffer[_length++] = (byte)(value >> (8 * i));
    }

    private void Ensure(int extra)
    {
        if (_length + extra <= _buffer.Length) return;
        int size = _buffer.Length;
        while (size < _length + extra) size *= 2;
        Array.Resize(ref _buffer, size);
    }
}
