using System;
using System.Collections.Generic;
using System.Linq;

namespace SeedData.Generator.Binding;

/// <summary>"Did you mean" hints: the candidates closest to a misspelt name (see <see cref="SuggestionSearch"/>).</summary>
internal static class Suggestions
{
    /// <summary>The closest of the candidates to one name.</summary>
    public static IReadOnlyList<string> Closest(string text, IEnumerable<string> candidates)
    {
        var search = new SuggestionSearch(new[] { text });
        foreach (string candidate in candidates) search.Consider(candidate.AsMemory());
        return search.Closest(0);
    }

    /// <summary>" (did you mean 'a' or 'b'?)", or empty.</summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates) => DidYouMean(Closest(text, candidates));

    /// <summary>" (did you mean 'a' or 'b'?)" for the closest candidates already found, or empty.</summary>
    public static string DidYouMean(IReadOnlyList<string> closest)
        => closest.Count == 0 ? string.Empty : " (did you mean " + string.Join(" or ", closest.Select(c => "'" + c + "'")) + "?)";

    /// <summary>A short list for messages: the first few, then how many more.</summary>
    public static string List(IReadOnlyCollection<string> items, int shown = 12)
    {
        if (items.Count == 0) return "(none)";
        string head = string.Join(", ", items.Take(shown));
        return items.Count > shown ? $"{head}, ... ({items.Count - shown} more)" : head;
    }
}

/// <summary>
/// "Did you mean" for many names at once, in one pass over the candidates: 5,000 unknown references among 100,000
/// ids must cost little more than the build itself, so no name is measured against every candidate. Suggested for
/// each name, up to three, nearest first and in ordinal order among equals (docs/diagnostics.md, SD0017), ignoring case:
/// <list type="bullet">
/// <item>a candidate at most <see cref="MaxEdits"/> edit away: one character inserted, removed or replaced, or two
/// neighbours swapped;</item>
/// <item>farther than that, a candidate that begins with the name or that the name begins with, the shorter of the
/// two at least <see cref="MinShared"/> characters long (<c>marco</c> for <c>marco-rubio</c>, <c>orchard-company</c> for
/// <c>orchard-co</c>); the distance is then the characters one has beyond the other.</item>
/// </list>
/// The names go into small hash tables first (each name, each name with one character removed, and each beginning of a
/// name); then each candidate is hashed the same way, its one-removed forms from its prefix hashes in constant time
/// each, and looked up there. A name and a candidate one edit apart always share a one-removed form (or are one such
/// form of the other), so every hit is checked exactly and no candidate within the rule is missed. Work: the total
/// length of the candidates and of the names, whatever the alphabet.
/// </summary>
internal sealed class SuggestionSearch
{
    /// <summary>No suggestion is farther than this many edits, except a beginning or an extension of the name.</summary>
    public const int MaxEdits = 1;

    /// <summary>The length the shorter of a name and a candidate must have for one to be suggested as the other's beginning.</summary>
    public const int MinShared = 3;

    private const int Count = 3;
    private const ulong Base = 0x100000001B3UL;

    private readonly string[] _names;
    private readonly List<(int Distance, ReadOnlyMemory<char> Candidate)>[] _best;
    private readonly MultiTable _near = new();
    private readonly MultiTable _beginnings = new();
    private readonly MultiTable _whole = new();
    private readonly bool[] _isNameLength;
    private readonly int _shortest;
    private readonly int _longest;
    private ulong[] _powers = { 1 };
    private ulong[] _prefix = new ulong[64];

    /// <param name="names">The misspelt names; results are asked for by their position here.</param>
    public SuggestionSearch(IReadOnlyList<string> names)
    {
        // Lower-cased a character at a time, as candidates are: the same text always has the same hash.
        _names = names.Select(n => new string(n.Select(Lower).ToArray())).ToArray();
        _best = _names.Select(_ => new List<(int, ReadOnlyMemory<char>)>(Count + 1)).ToArray();
        _shortest = _names.Length == 0 ? 0 : _names.Min(n => n.Length);
        _longest = _names.Length == 0 ? 0 : _names.Max(n => n.Length);
        _isNameLength = new bool[_longest + 1];
        for (int q = 0; q < _names.Length; q++)
        {
            string name = _names[q];
            int length = name.Length;
            _isNameLength[length] = true;
            Hash(name.AsSpan());
            ulong whole = _prefix[length];
            _near.Add(Key(whole, length), q);
            _whole.Add(Key(whole, length), q);
            for (int i = 0; i < length; i++) _near.Add(Key(Removed(whole, i, length), length - 1), q);
            for (int p = MinShared; p < length; p++) _beginnings.Add(Key(_prefix[p], p), q);
        }
    }

    /// <summary>Offers one candidate to every name it is a suggestion for.</summary>
    public void Consider(ReadOnlyMemory<char> candidate)
    {
        var text = candidate.Span;
        int length = text.Length;
        if (_names.Length == 0) return;
        Hash(text);
        ulong whole = _prefix[length];
        if (length >= _shortest - 1 && length <= _longest + 1)
        {
            foreach (int q in _near.Find(Key(whole, length))) OfferIfNear(q, candidate);
            for (int i = 0; i < length; i++)
            {
                foreach (int q in _near.Find(Key(Removed(whole, i, length), length - 1))) OfferIfNear(q, candidate);
            }
        }
        // The candidate is a beginning of a name, or a name a beginning of the candidate.
        if (length >= MinShared && length < _longest)
        {
            foreach (int q in _beginnings.Find(Key(whole, length)))
            {
                if (StartsWith(_names[q].AsSpan(), text)) Offer(q, _names[q].Length - length, candidate);
            }
        }
        for (int p = MinShared; p < length && p <= _longest; p++)
        {
            if (!_isNameLength[p]) continue;
            foreach (int q in _whole.Find(Key(_prefix[p], p)))
            {
                if (StartsWith(text, _names[q].AsSpan())) Offer(q, length - p, candidate);
            }
        }
    }

    /// <summary>The suggestions for the name at <paramref name="name"/>, nearest first.</summary>
    public IReadOnlyList<string> Closest(int name) => _best[name].Select(b => b.Candidate.ToString()).ToArray();

    private void OfferIfNear(int name, ReadOnlyMemory<char> candidate)
    {
        int distance = WithinOneEdit(_names[name].AsSpan(), candidate.Span);
        if (distance <= MaxEdits) Offer(name, distance, candidate);
    }

    private void Offer(int name, int distance, ReadOnlyMemory<char> candidate)
    {
        var best = _best[name];
        foreach (var (_, already) in best)
        {
            if (already.Span.SequenceEqual(candidate.Span)) return;
        }
        int at = best.Count;
        while (at > 0 && (best[at - 1].Distance > distance || best[at - 1].Distance == distance && best[at - 1].Candidate.Span.SequenceCompareTo(candidate.Span) > 0)) at--;
        if (at >= Count) return;
        best.Insert(at, (distance, candidate));
        if (best.Count > Count) best.RemoveAt(Count);
    }

    /// <summary>0 or 1 when <paramref name="name"/> (lower case) and <paramref name="candidate"/> are that many edits apart ignoring case, else 2.</summary>
    private static int WithinOneEdit(ReadOnlySpan<char> name, ReadOnlySpan<char> candidate)
    {
        int n = name.Length, c = candidate.Length;
        if (Math.Abs(n - c) > 1) return 2;
        int i = 0;
        while (i < n && i < c && name[i] == Lower(candidate[i])) i++;
        if (i == n && i == c) return 0;
        if (n == c)
        {
            if (Same(name, i + 1, candidate, i + 1)) return 1; // replaced
            return i + 1 < n && name[i] == Lower(candidate[i + 1]) && name[i + 1] == Lower(candidate[i]) && Same(name, i + 2, candidate, i + 2) ? 1 : 2; // swapped
        }
        return n > c ? (Same(name, i + 1, candidate, i) ? 1 : 2) : (Same(name, i, candidate, i + 1) ? 1 : 2);
    }

    /// <summary>Whether the rest of the name from <paramref name="i"/> is the rest of the candidate from <paramref name="j"/>, ignoring case.</summary>
    private static bool Same(ReadOnlySpan<char> name, int i, ReadOnlySpan<char> candidate, int j)
    {
        if (name.Length - i != candidate.Length - j) return false;
        for (; i < name.Length; i++, j++)
        {
            if (name[i] != Lower(candidate[j])) return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="text"/> begins with <paramref name="start"/>, ignoring case.</summary>
    private static bool StartsWith(ReadOnlySpan<char> text, ReadOnlySpan<char> start)
    {
        if (start.Length > text.Length) return false;
        for (int i = 0; i < start.Length; i++)
        {
            if (Lower(text[i]) != Lower(start[i])) return false;
        }
        return true;
    }

    private static char Lower(char c) => char.ToLowerInvariant(c);

    /// <summary>Fills <see cref="_prefix"/> with the polynomial hashes of each beginning of the text, lower-cased.</summary>
    private void Hash(ReadOnlySpan<char> text)
    {
        if (_prefix.Length <= text.Length) _prefix = new ulong[Math.Max(text.Length + 1, _prefix.Length * 2)];
        ulong hash = 0;
        _prefix[0] = 0;
        for (int i = 0; i < text.Length; i++)
        {
            hash = unchecked(hash * Base + Lower(text[i]));
            _prefix[i + 1] = hash;
        }
        if (_powers.Length <= text.Length)
        {
            var powers = new ulong[Math.Max(text.Length + 1, _powers.Length * 2)];
            powers[0] = 1;
            for (int i = 1; i < powers.Length; i++) powers[i] = unchecked(powers[i - 1] * Base);
            _powers = powers;
        }
    }

    /// <summary>The hash of the text last hashed with its character at <paramref name="i"/> removed, from its prefix hashes.</summary>
    private ulong Removed(ulong whole, int i, int length)
        => unchecked(whole + (_prefix[i] * (1 - Base) - (_prefix[i + 1] - _prefix[i] * Base)) * _powers[length - 1 - i]);

    /// <summary>A hash and its length, mixed: texts of different lengths rarely share a key.</summary>
    private static ulong Key(ulong hash, int length) => unchecked((hash ^ (ulong)length * 0x9E3779B97F4A7C15UL) * 0xFF51AFD7ED558CCDUL);

    /// <summary>Keys to names, several names a key: open addressing over the keys, a chain of names per key.</summary>
    private sealed class MultiTable
    {
        private ulong[] _keys = new ulong[16];
        private int[] _heads = new int[16];
        private readonly List<(int Name, int Next)> _chain = new() { (-1, -1) };
        private int _used;

        public void Add(ulong key, int name)
        {
            if ((_used + 1) * 2 > _keys.Length) Grow();
            int slot = Slot(key);
            if (_heads[slot] == 0)
            {
                _keys[slot] = key;
                _used++;
            }
            else if (_chain[_heads[slot]].Name == name) return; // the same form twice from one name (aab without either a)
            _chain.Add((name, _heads[slot]));
            _heads[slot] = _chain.Count - 1;
        }

        public Chain Find(ulong key)
        {
            int slot = Slot(key);
            return new Chain(_chain, _heads[slot]);
        }

        private int Slot(ulong key)
        {
            int mask = _keys.Length - 1;
            int slot = (int)(key >> 40) & mask;
            while (_heads[slot] != 0 && _keys[slot] != key) slot = (slot + 1) & mask;
            return slot;
        }

        private void Grow()
        {
            var (keys, heads) = (_keys, _heads);
            _keys = new ulong[keys.Length * 2];
            _heads = new int[keys.Length * 2];
            for (int i = 0; i < keys.Length; i++)
            {
                if (heads[i] == 0) continue;
                int slot = Slot(keys[i]);
                (_keys[slot], _heads[slot]) = (keys[i], heads[i]);
            }
        }

        /// <summary>The names of one key, without allocating.</summary>
        public readonly struct Chain(List<(int Name, int Next)> chain, int head)
        {
            public Enumerator GetEnumerator() => new(chain, head);

            public struct Enumerator(List<(int Name, int Next)> chain, int head)
            {
                private int _next = head;

                public int Current { get; private set; }

                public bool MoveNext()
                {
                    if (_next == 0) return false;
                    (Current, _next) = chain[_next];
                    return true;
                }
            }
        }
    }
}
