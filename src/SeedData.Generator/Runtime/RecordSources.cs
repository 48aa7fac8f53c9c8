namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region ImagePart (uses ImageChunk)
    /// <summary>
    /// One part of the data image (the records, one collection's locators or key slots, one index): its chunks, each
    /// taken from the carrier on first use and kept, so a lookup reads the chunks it needs and no others.
    /// </summary>
    internal sealed class ImagePart
    {
        private readonly ImageChunk[]?[] _groups;
        private readonly int _groupSize;
        private readonly global::System.Func<int, ImageChunk[]> _read;

        /// <param name="count">The number of chunks.</param>
        /// <param name="groupSize">How many chunks the carrier gives at once.</param>
        /// <param name="read">Gives the chunks of one group.</param>
        internal ImagePart(int count, int groupSize, global::System.Func<int, ImageChunk[]> read)
        {
            Count = count;
            _groups = new ImageChunk[]?[(count + groupSize - 1) / groupSize];
            _groupSize = groupSize;
            _read = read;
        }

        /// <summary>The number of chunks.</summary>
        internal int Count { get; }

        // Two threads may both take a group; they take the same bytes.
        internal global::System.ReadOnlySpan<byte> this[int chunk] => (_groups[chunk / _groupSize] ??= _read(chunk / _groupSize))[chunk % _groupSize].Bytes;
    }
    #endregion

    #region ImageChunk
    /// <summary>
    /// One chunk of the data image, as UTF-8: an array, or where the assembly's metadata holds it (an attribute argument
    /// read in place, memory the runtime maps for as long as the assembly is loaded, which is as long as the code that
    /// reads it can run).
    /// </summary>
    internal readonly struct ImageChunk
    {
        private readonly byte[]? _array;
        private readonly global::System.IntPtr _address;
        private readonly int _length;

        internal ImageChunk(byte[] array)
        {
            _array = array;
            _address = global::System.IntPtr.Zero;
            _length = array.Length;
        }

        internal ImageChunk(global::System.IntPtr address, int length)
        {
            _array = null;
            _address = address;
            _length = length;
        }

#if NET5_0_OR_GREATER
        internal global::System.ReadOnlySpan<byte> Bytes => _array ?? global::System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
            ref global::System.Runtime.CompilerServices.Unsafe.AddByteOffset(ref global::System.Runtime.CompilerServices.Unsafe.NullRef<byte>(), _address), _length);
#else
        // Memory in place is read only on .NET 5 and later.
        internal global::System.ReadOnlySpan<byte> Bytes => _array;
#endif

        /// <summary>Chunks carried as text (string literals, or attribute arguments read by reflection): their UTF-8.</summary>
        internal static ImageChunk[] Encode(string[] chunks)
        {
            var encoded = new ImageChunk[chunks.Length];
            for (int i = 0; i < chunks.Length; i++) encoded[i] = new ImageChunk(Utf8(chunks[i]));
            return encoded;
        }

        /// <summary>
        /// The UTF-8 of a chunk. A chunk of ASCII, as most are, is narrowed here: the framework's UTF-8 encoder is
        /// vectorized, and its first call in a process costs 3 to 4 ms (see DataImageReader.Text), half the first
        /// access of a thousand records.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl((global::System.Runtime.CompilerServices.MethodImplOptions)512)]
        private static byte[] Utf8(string chunk)
        {
            var bytes = new byte[chunk.Length];
            for (int i = 0; i < chunk.Length; i++)
            {
                char c = chunk[i];
                if (c >= 0x80) return global::System.Text.Encoding.UTF8.GetBytes(chunk);
                bytes[i] = (byte)c;
            }
            return bytes;
        }
    }
    #endregion

    #region RecordSource
    /// <summary>
    /// The records of one collection of one dataset, by position: the build's, read from the data image record by
    /// record as they are first needed (<c>ImageRecords</c>), or a loaded document's, all built (<c>LoadedRecords</c>).
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    internal abstract class RecordSource<T>
    {
        // Each record once it is built (boxed, for a record struct): a loaded document's from the start, the build's as
        // they are first read. The read of a built record is not virtual, so views and lookups inline it.
        private protected readonly object?[] _built;

        private protected RecordSource(object?[] built) => _built = built;

        internal int Count => _built.Length;

        /// <summary>The record at <paramref name="position"/>, built if it was not.</summary>
        internal T this[int position] => _built[position] is { } built ? Unbox(built) : Build(position);

        /// <summary>
        /// A built record as its type. Only records of type T (boxed, for a record struct) are kept, here and in an index's
        /// order, so a record class needs no cast: a cast reads the object's type from its header, which for a record a
        /// build only points to (a reference) is a cache miss of its own.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static T Unbox(object built)
        {
#if NET5_0_OR_GREATER
            if (!typeof(T).IsValueType) return global::System.Runtime.CompilerServices.Unsafe.As<object, T>(ref built);
#endif
            return (T)built;
        }

        /// <summary>The one instance of the record at <paramref name="position"/>, which is built (its box, for a record struct).</summary>
        internal object Instance(int position) => _built[position]!;

        /// <summary>Builds the record at <paramref name="position"/>, which is not built yet.</summary>
        private protected abstract T Build(int position);

        /// <summary>The position of the record whose key has the canonical text <paramref name="key"/>, or -1.</summary>
        internal abstract int IndexOfKey(string key);

        /// <summary>Every record in order, built; the array is never changed, so callers may share it.</summary>
        internal abstract T[] All();
    }
    #endregion

    #region LoadedRecords (uses RecordSource)
    /// <summary>The records of a document read at run time: all built, with their keys' positions.</summary>
    internal sealed class LoadedRecords<T> : RecordSource<T>
    {
        private readonly T[] _records;
        private readonly global::System.Collections.Generic.Dictionary<string, int> _positions;

        /// <summary>The records, whose keys (by <paramref name="keyOf"/>) the reader has already found to be distinct.</summary>
        internal LoadedRecords(T[] records, global::System.Func<T, string> keyOf)
            : base((object)records as object?[] ?? Boxed(records))
        {
            _records = records;
            _positions = new global::System.Collections.Generic.Dictionary<string, int>(records.Length, global::System.StringComparer.Ordinal);
            for (int i = 0; i < records.Length; i++) _positions.Add(keyOf(records[i]), i);
        }

        // Records of a class are read through their own array (arrays of references convert); record structs are boxed.
        private static object?[] Boxed(T[] records)
        {
            var boxed = new object?[records.Length];
            for (int i = 0; i < records.Length; i++) boxed[i] = records[i];
            return boxed;
        }

        private protected override T Build(int position) => _records[position];

        internal override int IndexOfKey(string key) => _positions.TryGetValue(key, out int position) ? position : -1;

        internal override T[] All() => _records;
    }
    #endregion

    #region ImageRecords (uses RecordSource, ImagePart, DataImageReader, KeyHash, Parsed)
    /// <summary>Reads one record from where <paramref name="reader"/> stands, its key's text already read.</summary>
    internal delegate T RecordReader<T>(ref DataImageReader reader, string key);

    /// <summary>
    /// The build's records of one collection, read from the data image as they are first needed: a lookup builds the
    /// record it returns and, through the references it reads, the records that one reaches, and no other. Each record
    /// is published once (a compare-and-swap), so every thread sees one instance per record. Enumerating the
    /// collection builds all of it in the image's order, each record after those it references.
    /// </summary>
    internal sealed class ImageRecords<T> : RecordSource<T>
    {
        // References nest one build in another; past this depth the collections are built in the image's order instead.
        private const int DepthLimit = 200;

        [global::System.ThreadStatic]
        private static int t_depth;

        private readonly ImagePart _records;
        private readonly ImagePart _locators;
        private readonly ImagePart _keys;
        // Decoded as lookups first read them, a chunk of ImageFormat.PerChunk at a time: each key slot's record, and its key
        // text once a lookup has probed it, side by side, so a later lookup reads one place and no image text.
        private readonly KeySlot[]?[] _keySlots;
        private readonly int _slotMask;
        private readonly int _slotShift;
        private readonly int _keySlice;
        private readonly RecordReader<T> _read;
        private readonly global::System.Action _buildAll;
        private readonly string _collection;
        private readonly string? _checks;
        private int _builtCount;
        private T[]? _all;

        /// <param name="count">The number of records.</param>
        /// <param name="records">The image's records.</param>
        /// <param name="locators">Where each record of this collection starts.</param>
        /// <param name="keys">The collection's key slots (see KeyHash).</param>
        /// <param name="keySlice">The part of each key the slots were laid out by (see KeyHash.Of).</param>
        /// <param name="read">Reads one record.</param>
        /// <param name="buildAll">Builds this collection, and those it reaches, in the image's order.</param>
        /// <param name="collection">The collection's name, for messages.</param>
        /// <param name="checks">The dataset's SeedDataValueChecks table, where the project's scalars are written; null without them.</param>
        internal ImageRecords(int count, ImagePart records, ImagePart locators, ImagePart keys, int keySlice, RecordReader<T> read, global::System.Action buildAll, string collection, string? checks)
            : base(new object?[count])
        {
            _records = records;
            _locators = locators;
            _keys = keys;
            _keySlice = keySlice;
            _slotMask = KeyHash.SlotCount(count) - 1;
            _slotShift = KeyHash.ShiftFor(_slotMask + 1);
            _keySlots = new KeySlot[]?[(_slotMask + ImageFormat.PerChunk) / ImageFormat.PerChunk];
            _read = read;
            _buildAll = buildAll;
            _collection = collection;
            _checks = checks;
        }

        /// <summary>Whether the record at <paramref name="position"/> is built (the full build reads on past it).</summary>
        internal bool IsBuilt(int position) => _built[position] is not null;

        /// <summary>Publishes a record built from the image; a record another thread published first wins, and is returned.</summary>
        internal T Publish(int position, T record)
        {
            object? won = global::System.Threading.Interlocked.CompareExchange(ref _built[position], record, null);
            if (won is not null) return Unbox(won);
            global::System.Threading.Interlocked.Increment(ref _builtCount);
            return record;
        }

        // A lookup's methods are left to tiered compilation: compiled optimized from the start, they cost a first lookup
        // in a fresh process about a millisecond more of JIT each, and a lookup that runs often is soon tiered up.
        internal override int IndexOfKey(string key) => Probe(key, out _, out _);

        /// <summary>
        /// The record with the canonical key text <paramref name="key"/>, built if it was not, or false. The record is kept
        /// in its key slot, so a later lookup of it reads the slot and the record, and not the collection's array.
        /// </summary>
        internal bool TryFind(string key, out T record)
        {
            int position = Probe(key, out var chunk, out int at);
            if (position < 0)
            {
                record = default!;
                return false;
            }
            if (chunk![at].Record is { } kept)
            {
                record = Unbox(kept);
                return true;
            }
            record = this[position];
            // The record's one instance (its box, for a record struct); two threads may both keep it.
            chunk[at].Record = Instance(position);
            return true;
        }

        /// <summary>The position of the record with the key, or -1; and the slot that holds it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int Probe(string key, out KeySlot[]? chunk, out int at)
        {
            uint hash = KeyHash.Of(key, 0, key.Length, _keySlice);
            // Unsigned, so a division by the chunk size is a shift.
            for (uint slot = KeyHash.Home(hash, _slotShift); ; slot = (slot + 1) & (uint)_slotMask)
            {
                chunk = _keySlots[slot / ImageFormat.PerChunk] ?? KeySlots((int)(slot / ImageFormat.PerChunk));
                at = (int)(slot % ImageFormat.PerChunk);
                ref KeySlot entry = ref chunk[at];
                int position = entry.Position - 1;
                if (position < 0) return -1;
                // The key is written after its hash, and read before it, so a thread that sees the key sees its hash.
                string? known = global::System.Threading.Volatile.Read(ref entry.Key);
                if (known is null) known = RememberKey(ref entry, position);
                else if (entry.Hash != hash) continue;
                if (string.Equals(known, key)) return position;
            }
        }

        /// <summary>
        /// One slot of the key table: the record there, and once a lookup has probed it, its key and the key's hash, so a
        /// later lookup passes a key with another hash without comparing text.
        /// </summary>
        private struct KeySlot
        {
            /// <summary>The record's key text, or null until a lookup reads it.</summary>
            internal string? Key;

            /// <summary>The record (its box, for a record struct), or null until a lookup by its key returns it.</summary>
            internal object? Record;

            /// <summary>The record's position + 1; 0 for an empty slot.</summary>
            internal int Position;

            /// <summary>The hash of <see cref="Key"/> (see KeyHash.Of with the collection's slice), once it is read.</summary>
            internal uint Hash;
        }

        private string RememberKey(ref KeySlot entry, int position)
        {
            string key = Locate(position).String();
            entry.Hash = KeyHash.Of(key, 0, key.Length, _keySlice);
            global::System.Threading.Volatile.Write(ref entry.Key, key);
            return key;
        }

        private KeySlot[] KeySlots(int chunk)
        {
            var reader = new DataImageReader(_keys[chunk]);
            var slots = new KeySlot[global::System.Math.Min(ImageFormat.PerChunk, _slotMask + 1 - chunk * ImageFormat.PerChunk)];
            for (int i = 0; i < slots.Length; i++) slots[i].Position = reader.Fixed(ImageFormat.SlotSymbols);
            // Two threads may both decode a chunk; they decode the same numbers, and the keys read into the one that loses
            // are read again.
            global::System.Threading.Volatile.Write(ref _keySlots[chunk], slots);
            return slots;
        }

        internal override T[] All()
        {
            if (_all is { } all) return all;
            if (global::System.Threading.Volatile.Read(ref _builtCount) < _built.Length) _buildAll();
            var records = new T[_built.Length];
            // A record the full build could not make (a project scalar's Parse threw) is built here once more, and throws.
            for (int i = 0; i < records.Length; i++) records[i] = this[i];
            return _all = records;
        }

        /// <summary>Where the record at <paramref name="position"/> starts in its chunk (the full build steps over records already built).</summary>
        internal int OffsetOf(int position) => Locator(position).Fixed(ImageFormat.LocatorOffsetSymbols);

        private DataImageReader Locator(int position)
        {
            var locator = new DataImageReader(_locators[position / ImageFormat.PerChunk].Slice(position % ImageFormat.PerChunk * ImageFormat.LocatorSymbols));
            locator.Skip(ImageFormat.LocatorChunkSymbols);
            return locator;
        }

        /// <summary>
        /// A reader <paramref name="offset"/> bytes into the values of the record at <paramref name="position"/>
        /// (past its key): where an index refers to a value it does not hold itself (text, held in place).
        /// </summary>
        internal DataImageReader ValuesAt(int position, int offset)
        {
            var reader = Locate(position);
            reader.SkipString();
            reader.Skip(offset);
            return reader;
        }

        // Tiered, as the lookups are: the full build reads records in order and does not locate them.
        private DataImageReader Locate(int position)
        {
            var locator = new DataImageReader(_locators[position / ImageFormat.PerChunk].Slice(position % ImageFormat.PerChunk * ImageFormat.LocatorSymbols));
            int chunk = locator.Fixed(ImageFormat.LocatorChunkSymbols), offset = locator.Fixed(ImageFormat.LocatorOffsetSymbols);
            return new DataImageReader(_records[chunk].Slice(offset));
        }

        private protected override T Build(int position)
        {
            if ((uint)position >= (uint)_built.Length) throw new global::System.ArgumentOutOfRangeException(nameof(position));
            if (t_depth >= DepthLimit)
            {
                // A long chain of references: build in the image's order, where every reference is built before it is read.
                _buildAll();
                if (_built[position] is { } built) return Unbox(built);
            }
            var reader = Locate(position);
            string key = reader.String();
            T record;
            t_depth++;
            try
            {
                record = _read(ref reader, key);
            }
            catch (ValueParseException failure)
            {
                throw new ValueFailure(_collection, key, failure.Type, failure.Value, failure.InnerException!).Exception(_collection, _checks);
            }
            catch (ValueFailureException reached) when (reached.Broken != _collection)
            {
                // A referenced record failed: this one fails with it, and says that it reaches it.
                throw reached.Failure.Exception(_collection, _checks);
            }
            finally
            {
                t_depth--;
            }
            return Publish(position, record);
        }
    }
    #endregion
}
