namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region DataImageReader (uses ImageFormat)
    /// <summary>
    /// Reads the values of one chunk of the data image, in place: structural numbers are symbols of printable ASCII,
    /// text is its UTF-8 (see <see cref="ImageFormat"/>). It runs once per id or value while the data is read,
    /// so its methods are compiled optimized from the start rather than as tier-0 code first ((MethodImplOptions)512 is
    /// AggressiveOptimization, which netstandard2.0 does not name).
    /// </summary>
    internal ref struct DataImageReader
    {
        private readonly global::System.ReadOnlySpan<byte> _data;
        private int _position;

        internal DataImageReader(global::System.ReadOnlySpan<byte> data)
        {
            _data = data;
            _position = 0;
        }

        internal bool End => _position >= _data.Length;

        /// <summary>Where the reader is in its chunk.</summary>
        internal int Position => _position;

        /// <summary>Moves on <paramref name="count"/> bytes without reading them (a run of records not wanted).</summary>
        internal void Skip(int count) => _position += count;

        /// <summary>Digits of <see cref="ImageFormat.VarintBits"/> bits, low first; a digit of <see cref="ImageFormat.VarintMore"/> or more says another follows.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
        internal ulong Varint()
        {
            ulong value = 0;
            int shift = 0;
            int next;
            do
            {
                next = _data[_position++] - ImageFormat.Zero;
                value |= (ulong)(next & ImageFormat.VarintMask) << shift;
                shift += ImageFormat.VarintBits;
            }
            while (next >= ImageFormat.VarintMore);
            return value;
        }

        internal int Count() => unchecked((int)Varint());

        /// <summary>A nullable value's or an optional parameter's flag: false for null or left out.</summary>
        internal bool Flag() => _data[_position++] != ImageFormat.Zero;

        internal bool Boolean() => _data[_position++] != ImageFormat.Zero;

        internal int Int32() => unchecked((int)Int64());

        /// <summary>A signed number: zigzag, then a varint.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
        internal long Int64()
        {
            ulong zigzag = Varint();
            return unchecked((long)(zigzag >> 1) ^ -(long)(zigzag & 1));
        }

        /// <summary>A 64-bit pattern in <see cref="ImageFormat.Bits64Symbols"/> digits of <see cref="ImageFormat.FixedBits"/> bits, low first.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
        internal ulong Bits64()
        {
            ulong bits = 0;
            for (int i = 0; i < ImageFormat.Bits64Symbols; i++) bits |= (ulong)(uint)(_data[_position++] - ImageFormat.Zero) << (ImageFormat.FixedBits * i);
            return bits;
        }

        internal double Double() => global::System.BitConverter.Int64BitsToDouble(unchecked((long)Bits64()));

        /// <summary>The three 32-bit words of the integer, then <c>scale * 2 + sign</c>.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
        internal decimal Decimal()
        {
            int low = unchecked((int)(uint)Varint()), middle = unchecked((int)(uint)Varint()), high = unchecked((int)(uint)Varint());
            ulong scaleAndSign = Varint();
            return new decimal(low, middle, high, (scaleAndSign & 1) != 0, unchecked((byte)(scaleAndSign >> 1)));
        }

        /// <summary>The 16 bytes of a GUID (<c>Guid.ToByteArray</c>) as two 64-bit patterns, low bytes first.</summary>
        internal global::System.Guid Guid()
        {
            ulong low = Bits64(), high = Bits64();
            return new global::System.Guid(unchecked((int)low), unchecked((short)(low >> 32)), unchecked((short)(low >> 48)),
                (byte)high, (byte)(high >> 8), (byte)(high >> 16), (byte)(high >> 24), (byte)(high >> 32), (byte)(high >> 40), (byte)(high >> 48), (byte)(high >> 56));
        }

        /// <summary>Clock ticks, then the offset in minutes.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
        internal global::System.DateTimeOffset DateTimeOffset()
        {
            long ticks = unchecked((long)Varint());
            return new global::System.DateTimeOffset(ticks, global::System.TimeSpan.FromMinutes(Int64()));
        }

        /// <summary>The index of the referenced record in its collection: <see cref="ImageFormat.ReferenceSymbols"/> digits of <see cref="ImageFormat.FixedBits"/> bits, low first.</summary>
        internal int Reference() => Fixed(ImageFormat.ReferenceSymbols);

        /// <summary>A number of <paramref name="symbols"/> digits of <see cref="ImageFormat.FixedBits"/> bits, low first (references, locators, key slots).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
        internal int Fixed(int symbols)
        {
            int value = 0;
            for (int i = 0; i < symbols; i++) value |= (_data[_position++] - ImageFormat.Zero) << (ImageFormat.FixedBits * i);
            return value;
        }

        /// <summary>
        /// The text of UTF-8 bytes. Short ASCII text (keys, names, most values) is widened here: the framework's UTF-8
        /// decoders are vectorized, and the first call of any of them in a process costs 3 to 4 ms (measured on .NET 10:
        /// not JIT, the vector types they load), about as much as the rest of a first lookup by key.
        /// </summary>
        private static string Text(global::System.ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length <= ShortText)
            {
                global::System.Span<char> chars = stackalloc char[bytes.Length];
                int i = 0;
#if NET5_0_OR_GREATER
                // Eight bytes at a time while they are ASCII, each widened to its character in a register.
                ref byte from = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(bytes);
                ref byte to = ref global::System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(chars));
                for (; i + 8 <= bytes.Length; i += 8)
                {
                    ulong eight = global::System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref from, i));
                    if ((eight & 0x8080808080808080UL) != 0) break;
                    global::System.Runtime.CompilerServices.Unsafe.WriteUnaligned(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref to, 2 * i), Widen((uint)eight));
                    global::System.Runtime.CompilerServices.Unsafe.WriteUnaligned(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref to, 2 * i + 8), Widen((uint)(eight >> 32)));
                }
#endif
                for (; i < bytes.Length && bytes[i] < 0x80; i++) chars[i] = (char)bytes[i];
                if (i == bytes.Length) return chars.ToString();
            }
#if NETCOREAPP2_1_OR_GREATER || NETSTANDARD2_1_OR_GREATER
            return global::System.Text.Encoding.UTF8.GetString(bytes);
#else
            // netstandard2.0 and .NET Framework have no GetString of a span.
            return global::System.Text.Encoding.UTF8.GetString(bytes.ToArray());
#endif
        }

        /// <summary>Four ASCII bytes as four UTF-16 units, little-endian: each byte moved to the low half of its own 16 bits.</summary>
        private static ulong Widen(uint four)
        {
            ulong wide = four;
            wide = (wide | (wide << 16)) & 0x0000FFFF0000FFFFUL;
            return (wide | (wide << 8)) & 0x00FF00FF00FF00FFUL;
        }

        /// <summary>The longest text, in bytes, that <see cref="Text"/> widens on the stack.</summary>
        private const int ShortText = 256;

        /// <summary>Steps over a string (see <see cref="String"/>) without reading it.</summary>
        internal void SkipString()
        {
            ulong header = Varint();
            int length = unchecked((int)(header >> 1));
            if ((header & 1) == 0) _position += length;
            else for (int i = 0; i < length; i++) Varint();
        }

        /// <summary>A varint <c>length * 2 + form</c>, then form 0: that many bytes of UTF-8, or form 1 (text with a lone surrogate): that many UTF-16 code units as varints.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
        internal string String()
        {
            ulong header = Varint();
            int length = unchecked((int)(header >> 1));
            if ((header & 1) == 0)
            {
                string text = Text(_data.Slice(_position, length));
                _position += length;
                return text;
            }
            var units = new char[length];
            for (int i = 0; i < length; i++) units[i] = unchecked((char)Varint());
            return new string(units);
        }
    }
    #endregion
}
