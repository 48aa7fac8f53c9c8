namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region RecordView (uses IndexOrder)
    /// <summary>
    /// Records of a collection in the order of one of its indexes: a slice of the index, built at compile time, read
    /// where it is. Querying and enumerating it allocates nothing; its records are built as they are read.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    public readonly struct RecordView<T> : global::System.Collections.Generic.IReadOnlyList<T>
    {
        // Null in a default view, which is empty.
        private readonly IndexOrder<T>? _order;
        private readonly int _start;
        private readonly int _count;

        internal RecordView(IndexOrder<T> order, int start, int count)
        {
            _order = order;
            _start = start;
            _count = count;
        }

        /// <summary>The number of records in the view.</summary>
        public int Count => _count;

        /// <summary>The record at <paramref name="index"/> in the view's order.</summary>
        public T this[int index] => (uint)index < (uint)_count ? _order![_start + index] : throw new global::System.ArgumentOutOfRangeException(nameof(index));

        /// <summary>Enumerates the records in the view's order, without allocating.</summary>
        public Enumerator GetEnumerator() => new(this);

        global::System.Collections.Generic.IEnumerator<T> global::System.Collections.Generic.IEnumerable<T>.GetEnumerator() => GetEnumerator();

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Enumerates a <see cref="RecordView{T}"/>.</summary>
        public struct Enumerator : global::System.Collections.Generic.IEnumerator<T>
        {
            // As List<T>'s enumerator: MoveNext reads the record at the next place, from one array of the records once a view
            // has kept it there (without a cast, as RecordSource.Unbox reads), as a loop over a sorted array of them would,
            // and Current is that record. The rest of the index
            // is reached only to build a record not yet read, so a caller's loop keeps the fields it steps with in registers.
            private readonly object?[] _inOrder;
            private readonly IndexOrder<T>? _order;
            private readonly int _start;
            private readonly int _end;
            private int _at;
            private T _current;

            internal Enumerator(RecordView<T> view)
            {
                // A default view (no record found) has no index, and MoveNext reads none.
                _order = view._order;
                _inOrder = _order?.InOrder ?? global::System.Array.Empty<object?>();
                _start = view._start;
                _end = view._start + view._count;
                _at = _start - 1;
                _current = default!;
            }

            /// <summary>The record at the enumerator's place; undefined (the default) before the first call of <see cref="MoveNext"/> and after the last record, as for <c>List&lt;T&gt;</c>.</summary>
            public readonly T Current => _current;

            /// <exception cref="global::System.InvalidOperationException">The enumerator is before the first record or after the last.</exception>
            readonly object? global::System.Collections.IEnumerator.Current => _at >= _start && _at < _end ? _current : throw new global::System.InvalidOperationException("The enumerator is before the first record or after the last.");

            /// <summary>Moves to the next record, building it if no one has read it yet.</summary>
            // Inlined into the caller's loop, where the record's type is known.
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            public bool MoveNext()
            {
                if (++_at >= _end) return End();
                // IndexOrder.Keep is out of line, and not a call on this struct, whose fields then stay in registers.
                _current = _inOrder[_at] is { } kept ? RecordSource<T>.Unbox(kept) : _order!.Keep(_at);
                return true;
            }

            private bool End()
            {
                _at = _end;
                _current = default!;
                return false;
            }

            /// <summary>Moves back before the first record.</summary>
            public void Reset()
            {
                _at = _start - 1;
                _current = default!;
            }

            /// <summary>Nothing to release.</summary>
            public readonly void Dispose()
            {
            }
        }
    }
    #endregion

    #region IndexOrder (uses RecordSource)
    /// <summary>
    /// The records of one dataset's collection in the order of one of its indexes: their positions, and each record
    /// kept at its place once a view has read it, so the index's records are then read in its order from one array.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    internal abstract class IndexOrder<T>
    {
        private protected IndexOrder(int[] positions, RecordSource<T> records)
        {
            Positions = positions;
            InOrder = new object?[positions.Length];
            Records = records;
        }

        internal int[] Positions { get; }

        /// <summary>The record at each place once read (its box, for a record struct), else null; read as RecordSource reads its own.</summary>
        internal object?[] InOrder { get; }

        internal RecordSource<T> Records { get; }

        /// <summary>The record at place <paramref name="at"/> of the index.</summary>
        internal T this[int at] => InOrder[at] is { } kept ? RecordSource<T>.Unbox(kept) : Keep(at);

        /// <summary>Builds, or takes, the record at place <paramref name="at"/> and keeps it there.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        internal T Keep(int at)
        {
            T record = Records[Positions[at]];
            // The record's one instance (its box, for a record struct); two threads may both keep it.
            InOrder[at] = Records.Instance(Positions[at]);
            return record;
        }
    }
    #endregion

    #region IndexSearch (uses IndexOrder)
    /// <summary>
    /// One index of one dataset's collection: the records' positions in the index's order and their values there
    /// (sorted when the project was built, or for a loaded document when it was loaded), and binary searches over them.
    /// </summary>
    internal sealed class IndexData<T, TValue> : IndexOrder<T>
    {
        internal IndexData(int[] positions, TValue[] values, global::System.Collections.Generic.IComparer<TValue> order, RecordSource<T> records)
            : base(positions, records)
        {
            Values = values;
            Order = order;
        }

        internal TValue[] Values { get; }

        internal global::System.Collections.Generic.IComparer<TValue> Order { get; }

        internal int Lower(TValue value) => IndexSearch.Lower(Values, value, Order);

        internal int Upper(TValue value) => IndexSearch.Upper(Values, value, Order);

        /// <summary>Whether the value at <paramref name="at"/> is <paramref name="value"/>.</summary>
        internal bool Holds(int at, TValue value) => at < Values.Length && Order.Compare(Values[at], value) == 0;

        /// <summary>Whether two records hold the same value (for a unique index): the first pair found, by position.</summary>
        internal bool FindRepeat(out int first, out int second)
        {
            for (int i = 1; i < Values.Length; i++)
            {
                if (Order.Compare(Values[i - 1], Values[i]) != 0) continue;
                first = global::System.Math.Min(Positions[i - 1], Positions[i]);
                second = global::System.Math.Max(Positions[i - 1], Positions[i]);
                return true;
            }
            first = second = -1;
            return false;
        }

        /// <summary>The index of records held at run time: their values sorted, ties in record order (a stable sort).</summary>
        internal static IndexData<T, TValue> Sort(TValue[] values, global::System.Collections.Generic.IComparer<TValue> order, RecordSource<T> records)
        {
            var positions = new int[values.Length];
            for (int i = 0; i < positions.Length; i++) positions[i] = i;
            global::System.Array.Sort(positions, (x, y) => order.Compare(values[x], values[y]) is var by && by != 0 ? by : x.CompareTo(y));
            var sorted = new TValue[values.Length];
            for (int i = 0; i < sorted.Length; i++) sorted[i] = values[positions[i]];
            return new IndexData<T, TValue>(positions, sorted, order, records);
        }
    }

    /// <summary>
    /// Binary searches over an index's values, sorted when the project was built. A value type in its default order is
    /// compared through <c>Comparer&lt;TValue&gt;.Default</c> itself, which the JIT calls directly and inlines; any other
    /// order through its interface.
    /// </summary>
    internal static class IndexSearch
    {
        /// <summary>The first place whose value is not below <paramref name="value"/>.</summary>
        internal static int Lower<TValue>(TValue[] values, TValue value, global::System.Collections.Generic.IComparer<TValue> comparer)
            => DefaultOrder(comparer) ? Search(values, value, 0) : Search(values, value, 0, comparer);

        /// <summary>The first place whose value is above <paramref name="value"/>.</summary>
        internal static int Upper<TValue>(TValue[] values, TValue value, global::System.Collections.Generic.IComparer<TValue> comparer)
            => DefaultOrder(comparer) ? Search(values, value, 1) : Search(values, value, 1, comparer);

        private static bool DefaultOrder<TValue>(global::System.Collections.Generic.IComparer<TValue> comparer)
            => typeof(TValue).IsValueType && ReferenceEquals(comparer, global::System.Collections.Generic.Comparer<TValue>.Default);

        // The first place whose value compares to value by above or more: with 0 the lower bound, with 1 the upper.
        private static int Search<TValue>(TValue[] values, TValue value, int above)
        {
            int low = 0, high = values.Length;
            while (low < high)
            {
                int middle = low + ((high - low) >> 1);
                if (global::System.Collections.Generic.Comparer<TValue>.Default.Compare(values[middle], value) < above) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        private static int Search<TValue>(TValue[] values, TValue value, int above, global::System.Collections.Generic.IComparer<TValue> comparer)
        {
            int low = 0, high = values.Length;
            while (low < high)
            {
                int middle = low + ((high - low) >> 1);
                if (comparer.Compare(values[middle], value) < above) low = middle + 1;
                else high = middle;
            }
            return low;
        }
    }
    #endregion
}
