namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region KeyHash
    /// <summary>
    /// The hash table of a collection's keys, laid out when the project builds and read in place at run time: the
    /// generator and the generated lookup share this code, so a key hashes the same on both sides. Open addressing
    /// with linear probing over a power-of-two number of slots, at most half full.
    /// </summary>
    internal static class KeyHash
    {
        // 2^64 divided by the golden ratio: multiplying by it spreads the bits of any input over the product's high bits.
        private const ulong Spread = 0x9E3779B97F4A7C15;

        /// <summary>
        /// Four UTF-16 code units of a key's canonical text at a time as one 64-bit number (the first in the low bits), each
        /// multiplied into the hash (Fibonacci hashing), and the product's high half taken: culture-free, the same on every
        /// runtime, and one multiplication for four units, so a lookup waits on few of them. A table takes a slot from the
        /// hash's high bits (see <see cref="Home"/>), which each unit reaches.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static uint Of(string text, int start, int length)
        {
            // The length is mixed in with the first units, not multiplied on its own: one multiplication fewer to wait on.
            ulong hash = (ulong)length;
            int i = start, end = start + length;
            for (; i + 3 < end; i += 4)
                hash = unchecked((hash ^ (text[i] | (ulong)text[i + 1] << 16 | (ulong)text[i + 2] << 32 | (ulong)text[i + 3] << 48)) * Spread);
            if (i < end)
            {
                ulong rest = text[i];
                if (i + 1 < end) rest |= (ulong)text[i + 1] << 16;
                if (i + 2 < end) rest |= (ulong)text[i + 2] << 32;
                hash = unchecked((hash ^ rest) * Spread);
            }
            return (uint)(hash >> 32);
        }

        /// <summary>
        /// The hash of the part of a key that its collection hashes, chosen when the project was built: with
        /// <paramref name="slice"/> above 0 its first that many code units, below 0 its last, 0 all of it. A key no longer
        /// than the part is hashed whole. Keys such as <c>statement-123</c> then hash the few units that tell them apart.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static uint Of(string text, int start, int length, int slice)
        {
            if (slice > 0 && length > slice) length = slice;
            else if (slice < 0 && length > -slice)
            {
                start += length + slice;
                length = -slice;
            }
            return Of(text, start, length);
        }

        /// <summary>
        /// The slot a key with <paramref name="hash"/> is looked for first, in a table of 2^(32 - <paramref name="shift"/>)
        /// slots (see <see cref="ShiftFor"/>): the hash's high bits, which every unit of the key reaches.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static uint Home(uint hash, int shift) => hash >> shift;

        /// <summary>The shift that takes a slot of a table of <paramref name="slots"/> (a power of two, at least 2) from a hash.</summary>
        internal static int ShiftFor(int slots)
        {
            int shift = 32;
            while (slots > 1)
            {
                slots >>= 1;
                shift--;
            }
            return shift;
        }

        /// <summary>
        /// The number of slots for <paramref name="count"/> keys: a power of two above twice the count, so at most half
        /// are taken and a lookup probes 1.5 slots on average.
        /// </summary>
        internal static int SlotCount(int count)
        {
            long wanted = 2L * count + 1;
            int slots = 2;
            while (slots < wanted) slots <<= 1;
            return slots;
        }
    }
    #endregion
}
