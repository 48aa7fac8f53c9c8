namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region RecordView
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
        private readonly global::System.Func<int, T> _record;

        internal RecordView(int[] positions, int start, int count, global::System.Func<int, T> record)
        {
            _positions = positions;
            _start = start;
            _count = count;
            _record = record;
        }

        /// <summary>The number of records in the view.</summary>
        public int Count => _count;

        /// <summary>The record at <paramref name="index"/> in the view's order.</summary>
        public T this[int index] => (uint)index < (uint)_count ? _record(_positions[_start + index]) : throw new global::System.ArgumentOutOfRangeException(nameof(index));

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
