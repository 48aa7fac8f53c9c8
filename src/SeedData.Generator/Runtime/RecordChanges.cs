namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region RecordChanges
    /// <summary>
    /// One collection's records as a dataset's <c>With</c> changes them: added, replaced or removed by key. Replaced
    /// records keep their place, added ones go last, in the order they were added.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <typeparam name="TKey">The records' key.</typeparam>
    public sealed class RecordChanges<T, TKey>
    {
        private readonly string _collection;
        private readonly global::System.Collections.Generic.List<T> _records;
        private readonly global::System.Collections.Generic.List<bool> _removed;
        private readonly global::System.Collections.Generic.Dictionary<string, int> _positions = new(global::System.StringComparer.Ordinal);
        private readonly global::System.Func<T, string> _keyOf;
        private readonly global::System.Func<TKey, string> _keyText;

        internal RecordChanges(string collection, global::System.Collections.Immutable.ImmutableArray<T> records, global::System.Func<T, string> keyOf, global::System.Func<TKey, string> keyText)
        {
            _collection = collection;
            _records = new global::System.Collections.Generic.List<T>(records);
            _removed = new global::System.Collections.Generic.List<bool>(new bool[records.Length]);
            _keyOf = keyOf;
            _keyText = keyText;
            for (int i = 0; i < _records.Count; i++) _positions[keyOf(_records[i])] = i;
        }

        /// <summary>The number of records, after the changes so far.</summary>
        public int Count => _positions.Count;

        /// <summary>Whether a record has the key <paramref name="key"/>, after the changes so far.</summary>
        public bool Contains(TKey key) => _positions.ContainsKey(_keyText(key));

        /// <summary>Adds <paramref name="record"/> after the others.</summary>
        /// <exception cref="global::System.ArgumentException">A record already has its key.</exception>
        public RecordChanges<T, TKey> Add(T record)
        {
            string key = KeyOf(record);
            if (_positions.ContainsKey(key)) throw new global::System.ArgumentException("A record of '" + _collection + "' already has the key '" + key + "'; Replace or Set it instead.", nameof(record));
            Append(key, record);
            return this;
        }

        /// <summary>Puts <paramref name="record"/> in place of the record with its key.</summary>
        /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">No record has its key.</exception>
        public RecordChanges<T, TKey> Replace(T record)
        {
            string key = KeyOf(record);
            if (!_positions.TryGetValue(key, out int position)) throw new global::System.Collections.Generic.KeyNotFoundException("No record of '" + _collection + "' has the key '" + key + "'; Add or Set it instead.");
            _records[position] = record;
            return this;
        }

        /// <summary>Replaces the record with the key of <paramref name="record"/>, or adds it when there is none.</summary>
        public RecordChanges<T, TKey> Set(T record)
        {
            string key = KeyOf(record);
            if (_positions.TryGetValue(key, out int position)) _records[position] = record;
            else Append(key, record);
            return this;
        }

        /// <summary>Removes the record with the key <paramref name="key"/>; false when there is none.</summary>
        public bool Remove(TKey key)
        {
            if (!_positions.TryGetValue(_keyText(key), out int position)) return false;
            _positions.Remove(_keyText(key));
            _removed[position] = true;
            return true;
        }

        internal global::System.Collections.Immutable.ImmutableArray<T> ToImmutableArray()
        {
            var records = global::System.Collections.Immutable.ImmutableArray.CreateBuilder<T>(_positions.Count);
            for (int i = 0; i < _records.Count; i++)
            {
                if (!_removed[i]) records.Add(_records[i]);
            }
            return records.MoveToImmutable();
        }

        private string KeyOf(T record)
        {
            if (record is null) throw new global::System.ArgumentNullException(nameof(record));
            return _keyOf(record);
        }

        private void Append(string key, T record)
        {
            _positions[key] = _records.Count;
            _records.Add(record);
            _removed.Add(false);
        }
    }
    #endregion
}
