using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// ContentHash identifies the records, not the files: it follows every value, id and the record order, and ignores
/// how the files are written.
/// </summary>
public sealed class ContentHashTests
{
    private const string Records = """
        using SeedData;
        namespace T;
        public enum Size { Small, Large }
        [SeedRecord("items")] public sealed partial record Item(string Id, string Name, int Count = 1, Size Size = Size.Small, string? Note = null);
        [SeedDataset] public static partial class Data;
        """;

    private static string Hash(params DataFile[] files)
    {
        var output = GeneratorHarness.Run(Records, files);
        Assert.Empty(output.GeneratorDiagnostics);
        return (string)output.Load().GetType("T.Data")!.GetField("ContentHash")!.GetValue(null)!;
    }

    private const string Plain = """
        items:
          - { id: a, name: Apple }
          - { id: b, name: Bean, count: 3 }
        """;

    [Fact]
    public void Comments_layout_key_order_defaults_written_out_file_split_and_format_leave_it_alone()
    {
        string plain = Hash(DataFile.Yaml("items.yaml", Plain));
        Assert.Matches("^[0-9a-f]{64}$", plain);

        string rewritten = Hash(DataFile.Yaml("items.yaml", """
            # a comment
            items:
              - name: Apple    # key order differs
                id: a
                count: 1       # the default, written out
                size: small
                note: null
              - id: b
                name: "Bean"
                count: 3
            """));
        string split = Hash(
            DataFile.Yaml("1.yaml", "items:\n  - { id: a, name: Apple }\n"),
            DataFile.Yaml("2.yaml", "items:\n  - { id: b, name: Bean, count: 3 }\n"));
        string json = Hash(new DataFile("/data/items.json", """{ "items": [ { "id": "a", "name": "Apple" }, { "id": "b", "name": "Bean", "count": 3 } ] }"""));

        Assert.Equal(plain, rewritten);
        Assert.Equal(plain, split);
        Assert.Equal(plain, json);
    }

    [Theory]
    [InlineData("items:\n  - { id: a, name: Apple }\n  - { id: b, name: Bean, count: 4 }\n")]
    [InlineData("items:\n  - { id: a, name: Apple }\n  - { id: c, name: Bean, count: 3 }\n")]
    [InlineData("items:\n  - { id: b, name: Bean, count: 3 }\n  - { id: a, name: Apple }\n")]
    [InlineData("items:\n  - { id: a, name: Apple, note: '' }\n  - { id: b, name: Bean, count: 3 }\n")]
    [InlineData("items:\n  - { id: a, name: Apple, size: large }\n  - { id: b, name: Bean, count: 3 }\n")]
    public void A_changed_value_id_or_order_changes_it(string changed)
    {
        Assert.NotEqual(Hash(DataFile.Yaml("items.yaml", Plain)), Hash(DataFile.Yaml("items.yaml", changed)));
    }
}
