using System;
using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Binding;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>The "did you mean" search finds what measuring the name against every candidate would, by the documented rule.</summary>
public sealed class SuggestionSearchTests
{
    /// <summary>
    /// The rule, written as plainly as it is documented: ignoring case, every candidate at most one edit away (insert,
    /// remove, replace, or swap two neighbours), or one that begins the other with the shorter at least 3 characters
    /// long; nearest first, then in ordinal order.
    /// </summary>
    private static IReadOnlyList<string> Expected(string text, IEnumerable<string> candidates)
    {
        string name = text.ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Key: c.ToLowerInvariant()))
            .Select(c => (c.Candidate, c.Key, Distance: Distance(name, c.Key)))
            .Where(c => c.Distance <= SuggestionSearch.MaxEdits
                || Math.Min(c.Key.Length, name.Length) >= SuggestionSearch.MinShared && (c.Key.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(c.Key, StringComparison.Ordinal)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Take(3).Select(c => c.Candidate).ToList();
    }

    /// <summary>Optimal string alignment distance: insert, remove, replace, or swap two neighbours.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, d[i - 2, j - 2] + 1);
                d[i, j] = value;
            }
        }
        return d[a.Length, b.Length];
    }

    [Theory]
    [InlineData("ab-", 0)]
    [InlineData("abcAB-", 1)]
    [InlineData("ab", 2)]
    [InlineData("abcdefghij0123456789-", 3)]
    public void Finds_what_measuring_every_candidate_finds(string alphabet, int seed)
    {
        var random = new Random(seed);
        string Word(int max) => new(Enumerable.Range(0, random.Next(0, max)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        for (int round = 0; round < 300; round++)
        {
            var candidates = Enumerable.Range(0, random.Next(0, 200)).Select(_ => Word(14)).Distinct(StringComparer.Ordinal).ToList();
            // Near a candidate as often as not: a typo of one, or one cut short or made longer.
            var names = Enumerable.Range(0, 20)
                .Select(_ => candidates.Count > 0 && random.Next(2) == 0 ? Typo(candidates[random.Next(candidates.Count)], random, alphabet) : Word(16))
                .ToList();
            var search = new SuggestionSearch(names);
            foreach (string candidate in candidates) search.Consider(candidate.AsMemory());
            for (int n = 0; n < names.Count; n++) Assert.Equal(Expected(names[n], candidates), search.Closest(n));
        }
    }

    private static string Typo(string word, Random random, string alphabet)
    {
        var chars = word.ToList();
        for (int e = random.Next(1, 3); e > 0; e--)
        {
            int at = random.Next(chars.Count + 1);
            switch (random.Next(5))
            {
                case 0 when chars.Count > 0 && at < chars.Count: chars.RemoveAt(at); break;
                case 1 when at < chars.Count: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                case 2 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
                case 3: chars.AddRange(alphabet.Take(random.Next(1, 6))); break;
                default: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
            }
        }
        return new string(chars.ToArray());
    }

    [Theory]
    [InlineData("marco-rubbio", "marco-rubio")]       // a letter too many
    [InlineData("nmae", "name")]                      // two neighbours swapped: one edit
    [InlineData("orchard-company", "orchard-co")]     // a candidate the name begins with, 5 characters short
    [InlineData("marco", "marco-rubio")]              // the beginning of a candidate
    [InlineData("MARCO-RUBIO", "marco-rubio")]        // case is ignored
    public void Suggests_typos_swaps_and_beginnings(string text, string suggested)
        => Assert.Equal(suggested, Suggestions.Closest(text, new[] { "marco-rubio", "name", "orchard-co", "kaja-kallas", "kind" }).First());

    [Fact]
    public void Suggests_nothing_past_one_edit_but_beginnings()
    {
        Assert.Empty(Suggestions.Closest("kaja-kalals-x", new[] { "kaja-kallas" }));   // a swap and two more letters
        Assert.Empty(Suggestions.Closest("ab", new[] { "abcd" }));                     // a beginning, but of 2 characters only
        Assert.Equal(new[] { "abc", "abcd" }, Suggestions.Closest("abcx", new[] { "abcde", "abcd", "abc", "zzz" })); // abcde: two edits, and no beginning
    }
}
