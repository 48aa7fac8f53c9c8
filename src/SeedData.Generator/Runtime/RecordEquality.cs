namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    // The comparisons of generated record equality, written into each record that needs them: lists item by item and
    // maps entry by entry, each item or value by its own rule (references by id), with an omitted list or map equal
    // to an empty one, so that a record read back from an export equals the one built from data.

    #region SameItemsImmutable
    private static bool SameItems<TItem>(global::System.Collections.Immutable.ImmutableArray<TItem> left, global::System.Collections.Immutable.ImmutableArray<TItem> right, global::System.Func<TItem, TItem, bool> same)
    {
        if (left.IsDefault) left = global::System.Collections.Immutable.ImmutableArray<TItem>.Empty;
        if (right.IsDefault) right = global::System.Collections.Immutable.ImmutableArray<TItem>.Empty;
        if (left.Length != right.Length) return false;
        for (int i = 0; i < left.Length; i++) if (!same(left[i], right[i])) return false;
        return true;
    }
    #endregion

    #region SameItemsReadOnly
    private static bool SameItems<TItem>(global::System.Collections.Generic.IReadOnlyList<TItem>? left, global::System.Collections.Generic.IReadOnlyList<TItem>? right, global::System.Func<TItem, TItem, bool> same)
    {
        int count = left?.Count ?? 0;
        if (count != (right?.Count ?? 0)) return false;
        for (int i = 0; i < count; i++) if (!same(left![i], right![i])) return false;
        return true;
    }
    #endregion

    #region SameEntries
    private static bool SameEntries<TValue>(global::System.Collections.Generic.IReadOnlyDictionary<string, TValue>? left, global::System.Collections.Generic.IReadOnlyDictionary<string, TValue>? right, global::System.Func<TValue, TValue, bool> same)
    {
        int count = left?.Count ?? 0;
        if (count != (right?.Count ?? 0)) return false;
        if (count == 0) return true;
        foreach (var entry in left!)
        {
            if (!right!.TryGetValue(entry.Key, out var other) || !same(entry.Value, other)) return false;
        }
        return true;
    }
    #endregion
}
