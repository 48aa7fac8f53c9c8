using System;
using System.Collections.Generic;
using System.Linq;

namespace SeedData.Generator.Binding;

/// <summary>"Did you mean" hints: the candidates closest to a misspelt name (see <see cref="SuggestionIndex"/>).</summary>
internal static class Suggestions
{
    /// <summary>The closest of a few candidates (keys, collections, enum members), made into an index for this one question.</summary>
    public static IReadOnlyList<string> Closest(string text, IEnumerable<string> candidates) => new SuggestionIndex(candidates).Closest(text);

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
/// The candidates for "did you mean", searched without measuring a name against every candidate: 100,000 ids and
/// 5,000 unknown references must cost little more than the build itself. Suggested, up to three, nearest first and in
/// ordinal order among equals (as docs/diagnostics.md says under SD0017):
/// <list type="bullet">
/// <item>candidates at most <see cref="EditLimit"/> edits away, ignoring case: 2 for names of up to 8 characters, 3 for
/// longer ones (<see cref="MaxEdits"/>); an edit inserts, removes or replaces a character or swaps two neighbours;</item>
/// <item>farther than that, candidates that begin with the name, or that the name begins with, sharing at least
/// <see cref="MinShared"/> characters (<c>marco</c> for <c>marco-rubio</c>, <c>orchard-company</c> for <c>orchard-co</c>).</item>
/// </list>
/// The candidates are sorted once (lower-cased, ordinal), which makes them a trie: the edit distance to each prefix is
/// one row of the usual table, shared by every candidate with that prefix, kept to the band of <see cref="EditLimit"/>
/// cells either side of its diagonal, and a whole range of candidates is skipped as soon as its prefix is too far.
/// Answers are kept, so a name repeated across a dataset is looked up once.
/// </summary>
internal sealed class SuggestionIndex
{
    /// <summary>No suggestion is farther than this many edits, whatever the length of the name.</summary>
    public const int MaxEdits = 3;

    /// <summary>The characters a name and a candidate must share at their start to be suggested as a beginning or an extension.</summary>
    public const int MinShared = 3;

    private const int Count = 3;

    private readonly string[] _keys;
    private readonly string[] _names;
    private readonly Dictionary<string, IReadOnlyList<string>> _answers = new(StringComparer.Ordinal);

    public SuggestionIndex(IEnumerable<string> candidates)
    {
        var sorted = candidates.Select(c => (Key: c.ToLowerInvariant(), Name: c)).ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(a.Name, b.Name));
        _keys = sorted.Select(s => s.Key).ToArray();
        _names = sorted.Select(s => s.Name).ToArray();
    }

    /// <summary>How many edits a suggestion for a name of <paramref name="length"/> characters may be away.</summary>
    public static int EditLimit(int length) => Math.Min(MaxEdits, Math.Max(2, length / 3));

    public IReadOnlyList<string> Closest(string text)
    {
        if (_answers.TryGetValue(text, out var known)) return known;
        var search = new Search(this, text.ToLowerInvariant());
        search.Run();
        return _answers[text] = search.Best.Select(b => b.Name).ToArray();
    }

    /// <summary>One name's search: the walk over the sorted candidates, with the rows of the table for the current prefix.</summary>
    private sealed class Search(SuggestionIndex index, string query)
    {
        private readonly int _limit = EditLimit(query.Length);
        private readonly int _m = query.Length;
        // Rows of the edit-distance table, one per prefix length of the current candidate; a cell past the band holds _limit + 1.
        private readonly List<int[]> _rows = new();

        public List<(int Distance, string Name)> Best { get; } = new(Count + 1);

        private int Far => _limit + 1;

        public void Run()
        {
            var keys = index._keys;
            var first = new int[_m + 1];
            for (int k = 0; k <= _m; k++) first[k] = k <= _limit ? k : Far;
            _rows.Add(first);
            int valid = 0; // rows 0..valid hold the table for the prefix of the current candidate
            string previous = string.Empty;
            int i = 0;
            while (i < keys.Length)
            {
                string key = keys[i];
                int depth = Math.Min(valid, SharedLength(previous, key));
                bool skipped = false;
                while (depth < key.Length)
                {
                    depth++;
                    if (FillRow(key, depth) > Bound)
                    {
                        // Every candidate with this prefix is at least as far: skip them all. The rows above it stay valid.
                        valid = depth - 1;
                        previous = key;
                        i = EndOfPrefix(i, key, depth);
                        skipped = true;
                        break;
                    }
                }
                if (skipped) continue;
                valid = key.Length;
                int distance = Cell(key.Length, _m);
                if (distance <= _limit) Offer(distance, index._names[i]);
                else if (key.Length >= MinShared && key.Length < _m && Cell(key.Length, key.Length) == 0) Offer(_m - key.Length, index._names[i]); // the name begins with it
                previous = key;
                i++;
            }
            OfferExtensions();
        }

        /// <summary>Candidates that begin with the name and are more than the limit longer: the shortest of them.</summary>
        private void OfferExtensions()
        {
            if (_m < MinShared) return;
            var keys = index._keys;
            int lo = 0, hi = keys.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (string.CompareOrdinal(keys[mid], query) < 0) lo = mid + 1;
                else hi = mid;
            }
            for (int i = lo; i < keys.Length && keys[i].StartsWith(query, StringComparison.Ordinal); i++)
            {
                if (keys[i].Length - _m > _limit) Offer(keys[i].Length - _m, index._names[i]);
            }
        }

        /// <summary>The farthest a candidate may be and still be offered: the limit, or the worst of a full list.</summary>
        private int Bound => Best.Count == Count ? Math.Min(_limit, Best[Count - 1].Distance) : _limit;

        private void Offer(int distance, string name)
        {
            int at = Best.Count;
            while (at > 0 && (Best[at - 1].Distance > distance || Best[at - 1].Distance == distance && string.CompareOrdinal(Best[at - 1].Name, name) > 0)) at--;
            if (at >= Count) return;
            Best.Insert(at, (distance, name));
            if (Best.Count > Count) Best.RemoveAt(Count);
        }

        /// <summary>
        /// The row for the candidate's prefix of <paramref name="depth"/> characters, from the rows above it (optimal
        /// string alignment: a swap of neighbours is one edit), within the band; returns its smallest cell, which no
        /// longer prefix can be below.
        /// </summary>
        private int FillRow(string key, int depth)
        {
            if (_rows.Count <= depth) _rows.Add(new int[_m + 1]);
            var row = _rows[depth];
            char c = key[depth - 1];
            int from = Math.Max(0, depth - _limit), to = Math.Min(_m, depth + _limit);
            int smallest = Far;
            for (int k = from; k <= to; k++)
            {
                int value;
                if (k == 0) value = depth;
                else
                {
                    value = Cell(depth - 1, k - 1) + (c == query[k - 1] ? 0 : 1);
                    value = Math.Min(value, Cell(depth - 1, k) + 1);
                    if (k - 1 >= from) value = Math.Min(value, row[k - 1] + 1);
                    if (depth > 1 && k > 1 && c == query[k - 2] && key[depth - 2] == query[k - 1]) value = Math.Min(value, Cell(depth - 2, k - 2) + 1);
                }
                row[k] = Math.Min(value, Far);
                smallest = Math.Min(smallest, row[k]);
            }
            return smallest;
        }

        private int Cell(int depth, int k) => Math.Abs(depth - k) > _limit ? Far : _rows[depth][k];

        /// <summary>The first candidate after <paramref name="start"/> that does not begin with the first <paramref name="length"/> characters of <paramref name="key"/>.</summary>
        private int EndOfPrefix(int start, string key, int length)
        {
            var keys = index._keys;
            int lo = start + 1, hi = keys.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (keys[mid].Length >= length && string.CompareOrdinal(keys[mid], 0, key, 0, length) == 0) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        private static int SharedLength(string a, string b)
        {
            int n = Math.Min(a.Length, b.Length), i = 0;
            while (i < n && a[i] == b[i]) i++;
            return i;
        }
    }
}
