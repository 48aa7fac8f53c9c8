namespace SeedData.Generator.Emitting;

/// <summary>
/// The small hand-written code that reads the data image: <c>DataImage.Decode</c> (unpack the 7-bit chunks,
/// expand the LZ4 block) and <c>DataImageReader</c> (one method per value kind). It mirrors
/// <see cref="Image.ImageWriter"/> and <see cref="Image.ImageCompression"/>, which document the format; it is the
/// same for every dataset and is emitted inside the dataset class, so projects need no run-time package.
/// </summary>
internal static class ImageReaderSource
{
    public const string Members = """
        // Decodes the sections of the data image in DataImage.Chunk (see DataImage.g.cs).
        private static partial class DataImage
        {
            /// <summary>Unpacks chunks [first, first + count) and expands the LZ4 block they hold.</summary>
            internal static byte[] Decode(int first, int count)
            {
                int packedLength = 0;
                for (int c = first; c < first + count; c++) packedLength += Chunk(c).Length;
                var compressed = new byte[packedLength - (packedLength + 7) / 8];
                int at = 0;
                for (int c = first; c < first + count; c++)
                {
                    // Each group: a byte of high bits, then up to 7 bytes of low bits. No group spans two chunks.
                    global::System.ReadOnlySpan<byte> chunk = Chunk(c);
                    for (int group = 0; group < chunk.Length; group += 8)
                    {
                        int high = chunk[group];
                        int end = global::System.Math.Min(group + 8, chunk.Length);
                        for (int i = group + 1; i < end; i++) compressed[at++] = (byte)(chunk[i] | ((high >> (i - group - 1)) & 1) << 7);
                    }
                }
                return Expand(compressed);
            }

            // LZ4 block format, after a varint of the expanded length.
            private static byte[] Expand(byte[] source)
            {
                int position = 0, length = 0, shift = 0;
                byte next;
                do
                {
                    next = source[position++];
                    length |= (next & 0x7F) << shift;
                    shift += 7;
                }
                while (next >= 0x80);
                var target = new byte[length];
                int output = 0;
                while (position < source.Length)
                {
                    int token = source[position++];
                    int literals = token >> 4;
                    if (literals == 15) literals += ExtraLength(source, ref position);
                    global::System.Array.Copy(source, position, target, output, literals);
                    position += literals;
                    output += literals;
                    if (position >= source.Length) break;
                    int offset = source[position] | source[position + 1] << 8;
                    position += 2;
                    int match = token & 15;
                    if (match == 15) match += ExtraLength(source, ref position);
                    match += 4;
                    int from = output - offset;
                    if (offset >= match)
                    {
                        global::System.Array.Copy(target, from, target, output, match);
                    }
                    else
                    {
                        // An overlapping match repeats the last `offset` bytes: copy byte by byte.
                        for (int i = 0; i < match; i++) target[output + i] = target[from + i];
                    }
                    output += match;
                }
                return target;
            }

            private static int ExtraLength(byte[] source, ref int position)
            {
                int total = 0;
                byte next;
                do
                {
                    next = source[position++];
                    total += next;
                }
                while (next == 255);
                return total;
            }
        }

        /// <summary>Reads the values of a decoded image section, one method per kind of value.</summary>
        private ref struct DataImageReader
        {
            private readonly global::System.ReadOnlySpan<byte> _data;
            private int _position;

            internal DataImageReader(global::System.ReadOnlySpan<byte> data)
            {
                _data = data;
                _position = 0;
            }

            internal bool End => _position >= _data.Length;

            internal ulong Varint()
            {
                ulong value = 0;
                int shift = 0;
                byte next;
                do
                {
                    next = _data[_position++];
                    value |= (ulong)(next & 0x7F) << shift;
                    shift += 7;
                }
                while (next >= 0x80);
                return value;
            }

            internal int Count() => unchecked((int)Varint());

            /// <summary>A nullable value's or an optional parameter's flag: false for null or left out.</summary>
            internal bool Flag() => _data[_position++] != 0;

            internal bool Boolean() => _data[_position++] != 0;

            internal int Int32() => unchecked((int)Int64());

            internal long Int64()
            {
                ulong zigzag = Varint();
                return unchecked((long)(zigzag >> 1) ^ -(long)(zigzag & 1));
            }

            internal double Double()
            {
                double value = global::System.BitConverter.Int64BitsToDouble(global::System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(_data.Slice(_position)));
                _position += 8;
                return value;
            }

            internal decimal Decimal()
            {
                int low = unchecked((int)(uint)Varint()), middle = unchecked((int)(uint)Varint()), high = unchecked((int)(uint)Varint());
                ulong scaleAndSign = Varint();
                return new decimal(low, middle, high, (scaleAndSign & 1) != 0, unchecked((byte)(scaleAndSign >> 1)));
            }

            internal global::System.DateOnly Date() => global::System.DateOnly.FromDayNumber(unchecked((int)Varint()));

            internal global::System.DateTimeOffset DateTimeOffset()
            {
                long ticks = unchecked((long)Varint());
                return new global::System.DateTimeOffset(ticks, global::System.TimeSpan.FromMinutes(Int64()));
            }

            /// <summary>The index of the referenced record in its collection.</summary>
            internal int Reference()
            {
                int index = global::System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(_position));
                _position += 4;
                return index;
            }

            internal string String()
            {
                ulong header = Varint();
                int length = unchecked((int)(header >> 1));
                if ((header & 1) == 0)
                {
                    string text = global::System.Text.Encoding.UTF8.GetString(_data.Slice(_position, length));
                    _position += length;
                    return text;
                }
                // Text with lone surrogates, which UTF-8 cannot hold, comes as UTF-16 code units.
                var units = new char[length];
                for (int i = 0; i < length; i++) units[i] = unchecked((char)Varint());
                return new string(units);
            }

            internal string[] Strings(int count)
            {
                var strings = new string[count];
                for (int i = 0; i < count; i++) strings[i] = String();
                return strings;
            }
        }
        """;
}
