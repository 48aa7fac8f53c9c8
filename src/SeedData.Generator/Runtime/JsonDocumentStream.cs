namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region DocumentStream (uses Fail, DecodeText, ReadString)
    /// <summary>
    /// Reads the top level of a document from a stream, a buffer at a time, with memory in proportion to the records it
    /// keeps: each record of a collection is parsed on its own (JsonDocument.ParseValue) and kept, and any other value
    /// (<c>$schema</c>, say) is skipped token by token and never held. The buffer grows only for a record or a token
    /// longer than it. The document may be at most <c>maxBytes</c> long and nest <c>maxDepth</c> deep (its own object
    /// counts one); past either it is refused with a JsonException, as is anything that is not JSON.
    /// </summary>
    internal sealed class DocumentStream
    {
        private enum Expect
        {
            Root,
            Key,
            Ignored,
            SkippingIgnored,
            Scalar,
            Collection,
            Record,
            End,
        }

        private readonly global::System.IO.Stream _stream;
        private readonly string[] _collections;
        private readonly long _maxBytes;
        private readonly global::System.Collections.Generic.HashSet<string> _seen = new(global::System.StringComparer.Ordinal);
        private byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;
        private long _read;
        private bool _final;
        private global::System.Text.Json.JsonReaderState _state;
        private Expect _expect = Expect.Root;
        private string _key = string.Empty;
        private string _path = "$";
        private int _collection = -1;
        private int _ignoredDepth;

        public DocumentStream(global::System.IO.Stream stream, string[] collections, long maxBytes, int maxDepth)
        {
            _stream = stream;
            _collections = collections;
            _maxBytes = maxBytes;
            _state = new global::System.Text.Json.JsonReaderState(new global::System.Text.Json.JsonReaderOptions { MaxDepth = maxDepth });
            Records = new global::System.Collections.Generic.List<global::System.Text.Json.JsonElement>[collections.Length];
            for (int c = 0; c < collections.Length; c++) Records[c] = new global::System.Collections.Generic.List<global::System.Text.Json.JsonElement>();
        }

        /// <summary>The document's <c>version</c>, or null.</summary>
        public string? Version { get; private set; }

        /// <summary>Each collection's records, in document order.</summary>
        public global::System.Collections.Generic.List<global::System.Text.Json.JsonElement>[] Records { get; }

        public void Read()
        {
            try
            {
                // A byte order mark, which data files may start with (and JsonDocument skipped), is not JSON to the reader.
                while (_end < 3 && !_final) Fill();
                if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF) _start = 3;
                while (true)
                {
                    var reader = new global::System.Text.Json.Utf8JsonReader(new global::System.ReadOnlySpan<byte>(_buffer, _start, _end - _start), _final, _state);
                    bool more = Step(ref reader);
                    _start += (int)reader.BytesConsumed;
                    _state = reader.CurrentState;
                    if (!more) return;
                    Fill();
                }
            }
            catch (global::System.Text.Json.JsonException ex) when (ex.GetType() != typeof(global::System.Text.Json.JsonException))
            {
                // System.Text.Json's own (not JSON, or nested too deep): said at the key or record being read.
                throw new global::System.Text.Json.JsonException(_path + ": the document is not JSON of this dataset here: " + ex.Message, _path, ex.LineNumber, ex.BytePositionInLine, ex);
            }
        }

        /// <summary>Reads tokens while the buffer has them; true when it needs more of the stream.</summary>
        private bool Step(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            while (true)
            {
                var before = reader;
                if (!reader.Read()) return !_final;
                var token = reader.TokenType;
                switch (_expect)
                {
                    case Expect.Root:
                        if (token != global::System.Text.Json.JsonTokenType.StartObject)
                        {
                            if (!Value(ref reader, ref before, out var root)) return true;
                            throw Fail("$", "an object whose keys are the collections", root);
                        }
                        _expect = Expect.Key;
                        break;
                    case Expect.Key:
                        if (token == global::System.Text.Json.JsonTokenType.EndObject)
                        {
                            _expect = Expect.End;
                            break;
                        }
                        _key = DecodeText(reader.ValueSpan, "$");
                        _path = "$." + _key;
                        if (!_seen.Add(_key)) throw new global::System.Text.Json.JsonException(_path + ": expected each key once, found this one again.", _path, null, null);
                        _collection = global::System.Array.IndexOf(_collections, _key);
                        _expect = _key.StartsWith("$", global::System.StringComparison.Ordinal) ? Expect.Ignored
                            : _key is "version" or "contentHash" ? Expect.Scalar
                            : _collection >= 0 ? Expect.Collection
                            : throw new global::System.Text.Json.JsonException(_path + ": there is no collection '" + _key + "'; expected one of " + string.Join(", ", _collections) + ", version or contentHash.", _path, null, null);
                        break;
                    case Expect.Ignored:
                        if (token is global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.StartArray)
                        {
                            _ignoredDepth = reader.CurrentDepth;
                            _expect = Expect.SkippingIgnored;
                        }
                        else _expect = Expect.Key;
                        break;
                    case Expect.SkippingIgnored:
                        if (token is global::System.Text.Json.JsonTokenType.EndObject or global::System.Text.Json.JsonTokenType.EndArray && reader.CurrentDepth == _ignoredDepth) _expect = Expect.Key;
                        break;
                    case Expect.Scalar:
                        if (!Value(ref reader, ref before, out var scalar)) return true;
                        // The stated content hash is not kept: ReadJson states one only for records it knows (see ReadJson).
                        string text = ReadString(scalar, _path);
                        if (_key == "version") Version = text;
                        _expect = Expect.Key;
                        break;
                    case Expect.Collection:
                        if (token == global::System.Text.Json.JsonTokenType.Null)
                        {
                            _expect = Expect.Key;
                            break;
                        }
                        if (token != global::System.Text.Json.JsonTokenType.StartArray)
                        {
                            if (!Value(ref reader, ref before, out var found)) return true;
                            throw Fail(_path, "a list of records", found);
                        }
                        _expect = Expect.Record;
                        break;
                    case Expect.Record:
                        if (token == global::System.Text.Json.JsonTokenType.EndArray)
                        {
                            _expect = Expect.Key;
                            _path = "$";
                            break;
                        }
                        _path = "$." + _key + "[" + Records[_collection].Count.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]";
                        if (!Value(ref reader, ref before, out var record)) return true;
                        Records[_collection].Add(record);
                        break;
                    default:
                        // After the root object System.Text.Json itself refuses anything but white space.
                        break;
                }
            }
        }

        /// <summary>
        /// The value at the reader, parsed on its own. False, with the reader put back before it, while the buffer holds
        /// only part of it.
        /// </summary>
        private static bool Value(ref global::System.Text.Json.Utf8JsonReader reader, ref global::System.Text.Json.Utf8JsonReader before, out global::System.Text.Json.JsonElement value)
        {
            value = default;
            if (reader.TokenType is global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.StartArray)
            {
                var probe = reader;
                if (!probe.TrySkip())
                {
                    reader = before;
                    return false;
                }
            }
            value = global::System.Text.Json.JsonDocument.ParseValue(ref reader).RootElement;
            return true;
        }

        /// <summary>Keeps the unread part of the buffer and reads more of the stream after it, growing the buffer only when the part fills it.</summary>
        private void Fill()
        {
            int kept = _end - _start;
            if (kept == _buffer.Length) global::System.Array.Resize(ref _buffer, checked(_buffer.Length * 2));
            else if (_start > 0) global::System.Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
            _start = 0;
            _end = kept;
            int count = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (count == 0)
            {
                _final = true;
                return;
            }
            _end += count;
            _read += count;
            if (_read > _maxBytes)
            {
                throw new global::System.Text.Json.JsonException("$: the document is longer than " + _maxBytes.ToString(global::System.Globalization.CultureInfo.InvariantCulture)
                    + " bytes, the most ReadJson was told to read (DefaultMaxDocumentBytes unless given another limit).", "$", null, null);
            }
        }
    }
    #endregion

    #region SameJson
    /// <summary>Whether two values are written as the same JSON: the test of "the same records" that sees a decimal's scale and the sign of a zero.</summary>
    internal sealed class SameJson
    {
        private readonly global::System.IO.MemoryStream _left = new();
        private readonly global::System.IO.MemoryStream _right = new();
        private readonly global::System.Text.Json.Utf8JsonWriter _leftWriter;
        private readonly global::System.Text.Json.Utf8JsonWriter _rightWriter;

        public SameJson()
        {
            _leftWriter = new global::System.Text.Json.Utf8JsonWriter(_left);
            _rightWriter = new global::System.Text.Json.Utf8JsonWriter(_right);
        }

        public bool Same<T>(global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write, T left, T right)
        {
            _left.SetLength(0);
            _right.SetLength(0);
            _leftWriter.Reset(_left);
            _rightWriter.Reset(_right);
            write(_leftWriter, left);
            write(_rightWriter, right);
            _leftWriter.Flush();
            _rightWriter.Flush();
            return _left.Length == _right.Length && global::System.MemoryExtensions.SequenceEqual(
                new global::System.ReadOnlySpan<byte>(_left.GetBuffer(), 0, (int)_left.Length), new global::System.ReadOnlySpan<byte>(_right.GetBuffer(), 0, (int)_right.Length));
        }
    }
    #endregion
}
