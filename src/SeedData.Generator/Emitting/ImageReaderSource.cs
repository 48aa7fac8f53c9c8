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
        // Decodes the sections of the data image (see DataImage.g.cs). Every method here runs once per section or
        // once per value while the records are read, so it is compiled optimized from the start.
        private static partial class DataImage
        {
            /// <summary>Turns a section's chunks (one character per byte) back into bytes and expands them.</summary>
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal static byte[] Decode(string[] chunks)
            {
                int length = 0;
                foreach (string chunk in chunks) length += chunk.Length;
                var compressed = new byte[length];
                int at = 0;
                foreach (string chunk in chunks) at += global::System.Text.Encoding.Latin1.GetBytes(chunk, 0, chunk.Length, compressed, at);
                return Expand(compressed);
            }

            // LZ4 block format, after a varint of the expanded length.
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
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
                    new global::System.ReadOnlySpan<byte>(source, position, literals).CopyTo(new global::System.Span<byte>(target, output, literals));
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
                        new global::System.ReadOnlySpan<byte>(target, from, match).CopyTo(new global::System.Span<byte>(target, output, match));
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

        /// <summary>Reads the values of a decoded image section, one method per kind of value (see the generator's ImageWriter).</summary>
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

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
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

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal int Count() => unchecked((int)Varint());

            /// <summary>A nullable value's or an optional parameter's flag: false for null or left out.</summary>
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal bool Flag() => _data[_position++] != 0;

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal bool Boolean() => _data[_position++] != 0;

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal int Int32() => unchecked((int)Int64());

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal long Int64()
            {
                ulong zigzag = Varint();
                return unchecked((long)(zigzag >> 1) ^ -(long)(zigzag & 1));
            }

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal double Double()
            {
                double value = global::System.BitConverter.Int64BitsToDouble(global::System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(_data.Slice(_position)));
                _position += 8;
                return value;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal decimal Decimal()
            {
                int low = unchecked((int)(uint)Varint()), middle = unchecked((int)(uint)Varint()), high = unchecked((int)(uint)Varint());
                ulong scaleAndSign = Varint();
                return new decimal(low, middle, high, (scaleAndSign & 1) != 0, unchecked((byte)(scaleAndSign >> 1)));
            }

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal global::System.DateOnly Date() => global::System.DateOnly.FromDayNumber(unchecked((int)Varint()));

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal global::System.DateTimeOffset DateTimeOffset()
            {
                long ticks = unchecked((long)Varint());
                return new global::System.DateTimeOffset(ticks, global::System.TimeSpan.FromMinutes(Int64()));
            }

            /// <summary>The index of the referenced record in its collection.</summary>
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal int Reference()
            {
                int index = global::System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_data.Slice(_position));
                _position += 4;
                return index;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
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

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal string[] Strings(int count)
            {
                var strings = new string[count];
                for (int i = 0; i < count; i++) strings[i] = String();
                return strings;
            }
        }
        """;
}
