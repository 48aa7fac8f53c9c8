using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SeedData.Generator.Model;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Binding;

/// <summary>
/// Chooses the part of a collection's keys that its hash table hashes (see <c>KeyHash.Of</c> with a slice), as
/// <c>FrozenDictionary</c> does at run time, but once, when the project builds: the shortest run of first or last code
/// units whose hashes tell nearly all the keys apart. Ids such as <c>statement-123</c> then cost a lookup the hash of
/// a few units instead of the whole key; a lookup still compares the whole key, so the part only spreads the slots.
/// </summary>
internal static class KeySliceChooser
{
    /// <summary>The longest part tried; longer keys that share all their first and last this many units are hashed whole.</summary>
    public const int Longest = 8;

    /// <summary>A part is taken when at most one key in this many hashes the same as an earlier one.</summary>
    private const int RepeatsAllowedPer = 20;

    /// <summary>
    /// The slice for <paramref name="count"/> keys, the key at each position given by <paramref name="keyAt"/> as a run
    /// of a text: the shortest last, then first, units (1 to <see cref="Longest"/>) that pass, else 0 (the whole key).
    /// Each try stops at the repeat that fails it, so a part that is far too short costs a few keys.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static int Choose(int count, System.Func<int, (string Text, int Start, int Length)> keyAt)
    {
        var seen = new HashSet<uint>();
        int allowed = count / RepeatsAllowedPer;
        for (int length = 1; length <= Longest; length++)
        {
            if (Passes(count, keyAt, -length, allowed, seen)) return -length;
            if (Passes(count, keyAt, length, allowed, seen)) return length;
        }
        return 0;
    }

    private static bool Passes(int count, System.Func<int, (string Text, int Start, int Length)> keyAt, int slice, int allowed, HashSet<uint> seen)
    {
        seen.Clear();
        int repeats = 0;
        for (int position = 0; position < count; position++)
        {
            var (text, start, length) = keyAt(position);
            if (!seen.Add(KeyHash.Of(text, start, length, slice)) && ++repeats > allowed) return false;
        }
        return true;
    }
}
