namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region KeyHash
    /// <summary>
    /// The hash table of a collection's keys, laid out when the project builds and read in place at run time: the
    /// generator and the generated lookup share this code, so a key hashes the same on both sides. Open addressing
    /// with linear probing over a power-of-two number of slots, at most four fifths full.
    /// </summary>
    internal static class KeyHash
    {
        /// <summary>
        /// FNV-1a over the UTF-16 code units of a key's canonical text, two at a time (the first in the low half), then
        /// MurmurHash3's finalizer, so that every unit reaches the low bits a slot is taken from: culture-free, the same
        /// on every runtime, and half the serial multiplications of one unit at a time.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static uint Of(string text, int start, int length)
        {
            uint hash = 2166136261;
            int i = start, end = start + length;
            for (; i + 1 < end; i += 2) hash = unchecked((hash ^ (text[i] | (uint)text[i + 1] << 16)) * 16777619);
            if (i < end) hash = unchecked((hash ^ text[i]) * 16777619);
            hash ^= hash >> 16;
            hash = unchecked(hash * 0x85EBCA6B);
            hash ^= hash >> 13;
            hash = unchecked(hash * 0xC2B2AE35);
            return hash ^ (hash >> 16);
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
