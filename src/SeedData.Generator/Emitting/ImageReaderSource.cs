namespace SeedData.Generator.Emitting;

/// <summary>
/// The small hand-written code that reads the data image: <c>DataImage.ReadIds</c> and <c>DataImageReader</c>
/// (one method per kind of value), reading the chunks in place. It mirrors <see cref="Image.ImageWriter"/>, which
/// documents the format; it is the same for every dataset and is emitted inside the dataset class, so projects need
/// no run-time package.
/// </summary>
internal static class ImageReaderSource
{
    private const string Optimized = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]";

    public static readonly string Members = """
        // Reads the data image (see DataImage.g.cs). This code runs once per id or value while the data is read, so it
        // is compiled optimized from the start rather than as tier-0 code first.
        private static partial class DataImage
        {
            /// <summary>The ids of one collection, read from its chunks in order; no id spans two chunks.</summary>
            OPTIMIZED
            internal static string[] ReadIds(string[] chunks, int count)
            {
                var ids = new string[count];
                int chunk = 0;
                var reader = new DataImageReader(chunks.Length > 0 ? chunks[0] : string.Empty);
                for (int i = 0; i < ids.Length; i++)
                {
                    if (reader.End) reader = new DataImageReader(chunks[++chunk]);
                    ids[i] = reader.String();
                }
                return ids;
            }
        }

        /// <summary>
        /// Reads the values of one chunk of the image, in place: structural numbers are symbols of printable ASCII,
        /// <c>'0'</c> + a digit of 0 to 63; text is its own characters.
        /// </summary>
        private ref struct DataImageReader
        {
            private const int Zero = '0';

            private readonly global::System.ReadOnlySpan<char> _data;
            private int _position;

            internal DataImageReader(global::System.ReadOnlySpan<char> data)
            {
                _data = data;
                _position = 0;
            }

            internal bool End => _position >= _data.Length;

            /// <summary>Digits of 5 bits, low first; a digit of 32 or more says another follows.</summary>
            OPTIMIZED
            internal ulong Varint()
            {
                ulong value = 0;
                int shift = 0;
                int next;
                do
                {
                    next = _data[_position++] - Zero;
                    value |= (ulong)(next & 31) << shift;
                    shift += 5;
                }
                while (next >= 32);
                return value;
            }

            internal int Count() => unchecked((int)Varint());

            /// <summary>A nullable value's or an optional parameter's flag: false for null or left out.</summary>
            internal bool Flag() => _data[_position++] != Zero;

            internal bool Boolean() => _data[_position++] != Zero;

            internal int Int32() => unchecked((int)Int64());

            OPTIMIZED
            internal long Int64()
            {
                ulong zigzag = Varint();
                return unchecked((long)(zigzag >> 1) ^ -(long)(zigzag & 1));
            }

            /// <summary>The 64 bits of the value in 11 digits of 6 bits, low first.</summary>
            OPTIMIZED
            internal double Double()
            {
                ulong bits = 0;
                for (int i = 0; i < 11; i++) bits |= (ulong)(uint)(_data[_position++] - Zero) << (6 * i);
                return global::System.BitConverter.Int64BitsToDouble(unchecked((long)bits));
            }

            OPTIMIZED
            internal decimal Decimal()
            {
                int low = unchecked((int)(uint)Varint()), middle = unchecked((int)(uint)Varint()), high = unchecked((int)(uint)Varint());
                ulong scaleAndSign = Varint();
                return new decimal(low, middle, high, (scaleAndSign & 1) != 0, unchecked((byte)(scaleAndSign >> 1)));
            }

            internal global::System.DateOnly Date() => global::System.DateOnly.FromDayNumber(unchecked((int)Varint()));

            OPTIMIZED
            internal global::System.DateTimeOffset DateTimeOffset()
            {
                long ticks = unchecked((long)Varint());
                return new global::System.DateTimeOffset(ticks, global::System.TimeSpan.FromMinutes(Int64()));
            }

            /// <summary>The index of the referenced record in its collection: 5 digits of 6 bits, low first.</summary>
            OPTIMIZED
            internal int Reference()
            {
                var digits = _data.Slice(_position, 5);
                _position += 5;
                return (digits[0] - Zero) | (digits[1] - Zero) << 6 | (digits[2] - Zero) << 12 | (digits[3] - Zero) << 18 | (digits[4] - Zero) << 24;
            }

            OPTIMIZED
            internal string String()
            {
                ulong header = Varint();
                int length = unchecked((int)(header >> 1));
                if ((header & 1) == 0)
                {
                    string text = new string(_data.Slice(_position, length));
                    _position += length;
                    return text;
                }
                // Text with a lone surrogate comes as UTF-16 code units.
                var units = new char[length];
                for (int i = 0; i < length; i++) units[i] = unchecked((char)Varint());
                return new string(units);
            }
        }
        """.Replace("OPTIMIZED", Optimized);
}
