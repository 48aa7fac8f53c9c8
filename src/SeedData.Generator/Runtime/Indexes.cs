namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region RecordView (uses RecordSource)
    /// <summary>
    /// Records of a collection in the order of one of its indexes: a slice of the index, built at compile time, read
    /// where it is. Querying and enumerating it allocates nothing; its records are built as they are read.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    public readonly struct RecordView<T> : global::System.Collections.Generic.IReadOnlyList<T>
    {
        private readonly int[] _positions;
        private readonly object?[] _inOrder;
        private readonly int _start;
        private readonly int _count;
        private readonly RecordSource<T> _records;

        internal RecordView(int[] positions, object?[] inOrder, int start, int count, RecordSource<T> records)
        {
            _positions = positions;
            _inOrder = inOrder;
            _start = start;
            _count = count;
            _records = records;
        }

        /// <summary>The number of records in the view.</summary>
        public int Count => _count;

        /// <summary>The record at <paramref name="index"/> in the view's order.</summary>
        public T this[int index] => (uint)index < (uint)_count ? Read(_positions, _inOrder, _records, _start + index) : throw new global::System.ArgumentOutOfRangeException(nameof(index));

        // The record at a place of the index, kept there once read: the index's records are then read in its order from
        // one array, as a sorted array of them would be, rather than each through its position.
        private static T Read(int[] positions, object?[] inOrder, RecordSource<T> records, int at)
            => inOrder[at] is { } kept ? (T)kept : Keep(positions, inOrder, records, at);

        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static T Keep(int[] positions, object?[] inOrder, RecordSource<T> records, int at)
        {
            T record = records[positions[at]];
            // The record's one instance (its box, for a record struct); two threads may both keep it.
            inOrder[at] = records.Instance(positions[at]);
            return record;
        }

        /// <summary>Enumerates the records in the view's order, without allocating.</summary>
        public Enumerator GetEnumerator() => new(this);

        global::System.Collections.Generic.IEnumerator<T> global::System.Collections.Generic.IEnumerable<T>.GetEnumerator() => GetEnumerator();

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Enumerates a <see cref="RecordView{T}"/>.</summary>
        public struct Enumerator : global::System.Collections.Generic.IEnumerator<T>
        {
            // The view's slice of the index, walked by place: one array read and one record read a step.
            private readonly int[] _positions;
            private readonly object?[] _inOrder;
            private readonly int _start;
            private readonly int _end;
            private readonly RecordSource<T> _records;
            private int _at;

            internal Enumerator(RecordView<T> view)
            {
                _positions = view._positions;
                _inOrder = view._inOrder;
                _start = view._start;
                _end = view._start + view._count;
                _records = view._records;
                _at = _start - 1;
            }

            /// <summary>The record at the enumerator's place.</summary>
            /// <exception cref="global::System.InvalidOperationException">The enumerator is before the first record or after the last.</exception>
            public T Current => _at >= _start && _at < _end ? Read(_positions, _inOrder, _records, _at) : throw new global::System.InvalidOperationException("The enumerator is before the first record or after the last.");

            object? global::System.Collections.IEnumerator.Current => Current;

            /// <summary>Moves to the next record.</summary>
            public bool MoveNext() => ++_at < _end;

            /// <summary>Moves back before the first record.</summary>
            public void Reset() => _at = _start - 1;

            /// <summary>Nothing to release.</summary>
            public void Dispose()
            {
            }
        }
    }
    #endregion

    #region IndexSearch
    /// <summary>
    /// One index of one dataset's collection: the records' positions in the index's order and their values there
    /// (sorted when the project was built, or for a loaded document when it was loaded), and binary searches over them.
    /// </summary>
    internal sealed class IndexData<TValue>
    {
        internal IndexData(int[] positions, TValue[] values, global::System.Collections.Generic.IComparer<TValue> order)
        {
            Positions = positions;
            InOrder = new object?[positions.Length];
            Values = values;
            Order = order;
        }

        internal int[] Positions { get; }

        /// <summary>The records at each place, kept as views read them (see <see cref="RecordView{T}"/>).</summary>
        internal object?[] InOrder { get; }

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
        internal static IndexData<TValue> Sort(TValue[] values, global::System.Collections.Generic.IComparer<TValue> order)
        {
            var positions = new int[values.Length];
            for (int i = 0; i < positions.Length; i++) positions[i] = i;
            global::System.Array.Sort(positions, (x, y) => order.Compare(values[x], values[y]) is var by && by != 0 ? by : x.CompareTo(y));
            var sorted = new TValue[values.Length];
            for (int i = 0; i < sorted.Length; i++) sorted[i] = values[positions[i]];
            return new IndexData<TValue>(positions, sorted, order);
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
