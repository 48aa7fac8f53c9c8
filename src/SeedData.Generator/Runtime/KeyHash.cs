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
        /// <summary>FNV-1a over the UTF-16 code units of a key's canonical text: culture-free, and the same on every runtime.</summary>
        internal static uint Of(string text, int start, int length)
        {
            uint hash = 2166136261;
            for (int i = start; i < start + length; i++) hash = unchecked((hash ^ text[i]) * 16777619);
            return hash;
        }

        /// <summary>The number of slots for <paramref name="count"/> keys: a power of two above count * 5 / 4.</summary>
        internal static int SlotCount(int count)
        {
            long wanted = (long)count + count / 4 + 1;
            int slots = 2;
            while (slots < wanted) slots <<= 1;
            return slots;
        }
    }
    #endregion
}
