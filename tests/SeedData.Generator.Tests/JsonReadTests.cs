using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// ReadJson on untrusted input (issue 21): only JsonException with the path, the round trip of every value that
/// builds, a content hash only for records it knows, and memory in proportion to the records, within limits.
/// </summary>
public sealed class JsonReadTests
{
    private const string Records = """
        using System.Collections.Immutable;
        using SeedData;
        namespace Shop;
        [SeedRecord("suppliers")] public sealed partial record Supplier(string Id, string Name);
        [SeedRecord("products")] public sealed partial record Product(string Id, string Name, decimal Price, Supplier Supplier,
            ImmutableArray<string> Tags = default, ImmutableDictionary<string, int>? Stock = null);
        [SeedDataset] public static partial class Catalog;
        """;

    // A lone surrogate in an id, a name, a tag and a map key: a JSON data file may hold one, and the generator keeps it.
    private const string Data = """
        {
          "suppliers": [ { "id": "orchard", "name": "Orchard" }, { "id": "mill-\ud800", "name": "Mill \udfff" } ],
          "products": [
            { "id": "apple", "name": "Apple", "price": 0.45, "supplier": "orchard", "tags": ["fresh", "x\ud83dy"], "stock": { "shelf": 3, "back\udc00": 4 } },
            { "id": "bread", "name": "Bread", "price": 4.20, "supplier": "mill-\ud800" }
          ]
        }
        """;

    private static readonly Lazy<Assembly> Built = new(() =>
    {
        var output = GeneratorHarness.Run(Records, new DataFile("/data/catalog.json", Data));
        Assert.Empty(output.GeneratorDiagnostics);
        return output.Load();
    });

    private static Type Catalog => Built.Value.GetType("Shop.Catalog", throwOnError: true)!;

    private static Type Snapshot => Built.Value.GetType("Shop.CatalogSnapshot", throwOnError: true)!;

    private static string BuildHash => (string)Catalog.GetField("ContentHash")!.GetValue(null)!;

    private static byte[] Export()
    {
        using var stream = new MemoryStream();
        Catalog.GetMethod("WriteJson", new[] { typeof(Stream) })!.Invoke(null, new object[] { stream });
        return stream.ToArray();
    }

    private static object Read(byte[] json) => Read(new MemoryStream(json));

    private static object Read(Stream stream, long? maxBytes = null, int? maxDepth = null)
    {
        try
        {
            return maxBytes is null
                ? Snapshot.GetMethod("ReadJson", new[] { typeof(Stream) })!.Invoke(null, new object[] { stream })!
                : Catalog.GetMethod("ReadJson", new[] { typeof(Stream), typeof(long), typeof(int) })!.Invoke(null, new object[] { stream, maxBytes, maxDepth! })!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    private static string HashOf(object snapshot) => (string)snapshot.GetType().GetProperty("ContentHash")!.GetValue(snapshot)!;

    private static object BuildSnapshot() => Catalog.GetMethod("ToSnapshot")!.Invoke(null, null)!;

    private static byte[] Replace(byte[] json, string from, byte[] to)
    {
        string text = Encoding.UTF8.GetString(json);
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from + " is not in the export");
        int start = Encoding.UTF8.GetByteCount(text.Substring(0, at));
        return json.Take(start).Concat(to).Concat(json.Skip(start + Encoding.UTF8.GetByteCount(from))).ToArray();
    }

    private static byte[] Replace(byte[] json, string from, string to) => Replace(json, from, Encoding.UTF8.GetBytes(to));

    [Fact]
    public void An_export_with_lone_surrogates_reads_back_as_the_same_records_with_the_builds_hash()
    {
        // ReadJson threw InvalidOperationException ("missing low surrogate") on its own export.
        byte[] export = Export();
        Assert.Contains("\\ud800", Encoding.UTF8.GetString(export), StringComparison.Ordinal);
        var back = Read(export);
        Assert.Equal(BuildSnapshot(), back);
        Assert.Equal(BuildHash, HashOf(back));
    }

    [Theory]
    // Each threw InvalidOperationException: "Cannot transcode invalid UTF-8 JSON text to UTF-16 string."
    [InlineData("\"Apple\"", "$.products[0].name")]
    [InlineData("\"price\"", "$.products[0]")]
    [InlineData("\"apple\"", "$.products[0].id")]
    [InlineData("\"products\"", "$")]
    [InlineData("\"shelf\"", "$.products[0].stock")]
    [InlineData("\"fresh\"", "$.products[0].tags[0]")]
    public void Bytes_that_are_not_UTF_8_give_a_JsonException_with_the_path(string quoted, string path)
    {
        byte[] broken = Replace(Export(), quoted, new byte[] { (byte)'"', (byte)'a', 0xFF, 0xC3, (byte)'"' });
        var error = Assert.Throws<JsonException>(() => Read(broken));
        Assert.StartsWith(path, error.Path, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"name\": \"Apple\"", "\"name\": \"Apples\"")]                 // a name
    [InlineData("\"supplier\": \"orchard\"", "\"supplier\": \"mill-\\ud800\"")] // a reference
    [InlineData("\"price\": 0.45", "\"price\": 0.450")]                        // a price: equal as a decimal, not as a value
    [InlineData("\"shelf\":3", "\"shelf\":30")]                                // a value in a map (written whole, for its lone surrogate key)
    public void A_changed_record_is_read_with_no_content_hash_whatever_the_document_states(string from, string to)
    {
        // The stated hash was copied: a changed export was accepted as the original, hash and all.
        byte[] export = Export();
        var back = Read(Replace(export, from, to));
        Assert.Equal(string.Empty, HashOf(back));
        Assert.NotEqual(BuildSnapshot(), back);
        Assert.Contains("\"contentHash\": \"" + BuildHash + "\"", Encoding.UTF8.GetString(export), StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_record_is_read_with_no_content_hash()
    {
        string export = Encoding.UTF8.GetString(Export());
        int start = export.IndexOf("{\n      \"id\": \"bread\"", StringComparison.Ordinal);
        Assert.True(start > 0);
        string shorter = export.Substring(0, export.LastIndexOf(',', start)) + export.Substring(export.IndexOf('}', export.IndexOf("\"supplier\": \"mill", start, StringComparison.Ordinal)) + 1);
        var back = Read(Encoding.UTF8.GetBytes(shorter));
        Assert.Equal(string.Empty, HashOf(back));
    }

    [Fact]
    public void The_builds_records_get_the_builds_hash_with_any_stated_hash_or_none()
    {
        byte[] export = Export();
        Assert.Equal(BuildHash, HashOf(Read(Replace(export, BuildHash, new string('0', 64)))));
        Assert.Equal(BuildHash, HashOf(Read(Replace(export, "\"contentHash\": \"" + BuildHash + "\",", string.Empty))));
        // The data file itself, in another layout and key order, is the same records.
        Assert.Equal(BuildHash, HashOf(Read(Encoding.UTF8.GetBytes(Data))));
    }

    [Fact]
    public void A_document_longer_than_the_limit_is_refused_with_a_JsonException()
    {
        byte[] export = Export();
        var error = Assert.Throws<JsonException>(() => Read(new MemoryStream(export), maxBytes: export.Length - 1, maxDepth: 65));
        Assert.Contains("longer than", error.Message, StringComparison.Ordinal);
        Assert.Equal(BuildHash, HashOf(Read(new MemoryStream(export), maxBytes: export.Length, maxDepth: 65)));
    }

    [Fact]
    public void The_default_depth_reads_every_nesting_a_data_file_may_have_and_no_more()
    {
        // 64 levels of lists below the root: the most a data file may nest (SD0006 past it), so the export of any
        // dataset that builds is within the default.
        static string Nested(int levels) => "{ \"$nest\": " + new string('[', levels) + new string(']', levels) + ", \"suppliers\": [] }";
        Assert.Empty(GeneratorHarness.Run(Records, new DataFile("/data/deep.json", Nested(64))).GeneratorDiagnostics);
        Assert.Contains(GeneratorHarness.Run(Records, new DataFile("/data/deep.json", Nested(65))).GeneratorDiagnostics, d => d.Id == "SD0006");
        Read(Encoding.UTF8.GetBytes(Nested(64)));
        var error = Assert.Throws<JsonException>(() => Read(Encoding.UTF8.GetBytes(Nested(65))));
        Assert.Equal("$.$nest", error.Path);
        Assert.Throws<JsonException>(() => Read(new MemoryStream(Encoding.UTF8.GetBytes(Nested(10))), maxBytes: 1 << 20, maxDepth: 10));
    }

    [Fact]
    public void An_ignored_value_is_skipped_without_being_held()
    {
        // 64 MB of numbers under one ignored key took 16 times that in memory; read as it streams, it takes a buffer.
        byte[] export = Export();
        var stream = new ConcatenatedStream(Encoding.UTF8.GetBytes("{ \"$numbers\": [0"), ",12345678".Length, 8 << 20, ",12345678"u8.ToArray(),
            Encoding.UTF8.GetBytes("], " + Encoding.UTF8.GetString(export).TrimStart().Substring(1)));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var back = Read(stream, maxBytes: 1L << 30, maxDepth: 65);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(BuildHash, HashOf(back));
        Assert.True(allocated < 16 << 20, $"reading {stream.Length:N0} bytes allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_byte_order_mark_is_read_past_as_a_data_file_may_start_with_one()
    {
        var back = Read(new TrickleStream(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Export()).ToArray(), 2), maxBytes: 1 << 20, maxDepth: 65);
        Assert.Equal(BuildHash, HashOf(back));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void A_stream_that_gives_a_few_bytes_at_a_time_reads_the_same(int bytesPerRead)
    {
        // Records and keys cut at every place by the buffer's refills.
        var back = Read(new TrickleStream(Export(), bytesPerRead), maxBytes: 1 << 20, maxDepth: 65);
        Assert.Equal(BuildSnapshot(), back);
        Assert.Equal(BuildHash, HashOf(back));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"products\": {}}")]
    [InlineData("{\"products\": [1]}")]
    [InlineData("{\"suppliers\": [], \"suppliers\": []}")]
    [InlineData("{\"vendors\": []}")]
    [InlineData("{\"products\": [{\"id\": \"a\", \"name\": \"A\", \"price\": 1, \"supplier\": \"nobody\"}]}")]
    [InlineData("{\"suppliers\": []} {}")]
    [InlineData("{\"suppliers\": [")]
    public void Anything_else_is_a_JsonException(string json) => Assert.Throws<JsonException>(() => Read(Encoding.UTF8.GetBytes(json)));

    /// <summary>A stream that gives at most a few bytes each read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] bytes, int most) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, most));
    }

    /// <summary>A head, a piece repeated, and a tail, made as they are read: a long document without its bytes in memory.</summary>
    private sealed class ConcatenatedStream(byte[] head, int pieceLength, int pieces, byte[] piece, byte[] tail) : Stream
    {
        private long _position;

        public override long Length => head.Length + (long)pieceLength * pieces + tail.Length;

        public override int Read(byte[] buffer, int offset, int count)
        {
            int written = 0;
            while (written < count && _position < Length)
            {
                long at = _position;
                buffer[offset + written++] = at < head.Length ? head[at]
                    : at < head.Length + (long)pieceLength * pieces ? piece[(at - head.Length) % pieceLength]
                    : tail[at - head.Length - (long)pieceLength * pieces];
                _position++;
            }
            return written;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
