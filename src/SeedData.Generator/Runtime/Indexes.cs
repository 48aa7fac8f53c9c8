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
        private readonly int _start;
        private readonly int _count;
        private readonly RecordSource<T> _records;

        internal RecordView(int[] positions, int start, int count, RecordSource<T> records)
        {
            _positions = positions;
            _start = start;
            _count = count;
            _records = records;
        }

        /// <summary>The number of records in the view.</summary>
        public int Count => _count;

        /// <summary>The record at <paramref name="index"/> in the view's order.</summary>
        public T this[int index] => (uint)index < (uint)_count ? _records[_positions[_start + index]] : throw new global::System.ArgumentOutOfRangeException(nameof(index));

        /// <summary>Enumerates the records in the view's order, without allocating.</summary>
        public Enumerator GetEnumerator() => new(this);

        global::System.Collections.Generic.IEnumerator<T> global::System.Collections.Generic.IEnumerable<T>.GetEnumerator() => GetEnumerator();

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Enumerates a <see cref="RecordView{T}"/>.</summary>
        public struct Enumerator : global::System.Collections.Generic.IEnumerator<T>
        {
            private readonly RecordView<T> _view;
            private int _index;

            internal Enumerator(RecordView<T> view)
            {
                _view = view;
                _index = -1;
            }

            /// <summary>The record at the enumerator's place.</summary>
            public T Current => _view[_index];

            object? global::System.Collections.IEnumerator.Current => Current;

            /// <summary>Moves to the next record.</summary>
            public bool MoveNext() => ++_index < _view._count;

            /// <summary>Moves back before the first record.</summary>
            public void Reset() => _index = -1;

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
            Values = values;
            Order = order;
        }

        internal int[] Positions { get; }

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

    /// <summary>Binary searches over an index's values, sorted when the project was built.</summary>
    internal static class IndexSearch
    {
        /// <summary>The first place whose value is not below <paramref name="value"/>.</summary>
        internal static int Lower<TValue>(TValue[] values, TValue value, global::System.Collections.Generic.IComparer<TValue> comparer)
        {
            int low = 0, high = values.Length;
            while (low < high)
            {
                int middle = low + ((high - low) >> 1);
                if (comparer.Compare(values[middle], value) < 0) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        /// <summary>The first place whose value is above <paramref name="value"/>.</summary>
        internal static int Upper<TValue>(TValue[] values, TValue value, global::System.Collections.Generic.IComparer<TValue> comparer)
        {
            int low = 0, high = values.Length;
            while (low < high)
            {
                int middle = low + ((high - low) >> 1);
                if (comparer.Compare(values[middle], value) <= 0) low = middle + 1;
                else high = middle;
            }
            return low;
        }
    }
    #endregion
}
