using System;
using System.Collections.Generic;
using System.Linq;

namespace SeedData.Generator.Binding;

/// <summary>"Did you mean" hints: the candidates closest to a misspelt name by edit distance.</summary>
internal static class Suggestions
{
    public static IReadOnlyList<string> Closest(string text, IEnumerable<string> candidates, int count = 3)
    {
        int limit = Math.Max(2, text.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(text.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.Distance <= limit || x.Candidate.StartsWith(text, StringComparison.OrdinalIgnoreCase) && text.Length >= 3)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Candidate)
            .ToList();
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

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
