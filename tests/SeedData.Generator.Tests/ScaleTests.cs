using System;
using System.Collections;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// Data is emitted as data: the generated code (its IL) does not grow with the record count, no method comes near
/// the JIT's size limits, and named members stop at a documented, configurable number per collection. Speed and
/// memory are measured by the scale benchmark in bench/, not here.
/// </summary>
public sealed class ScaleTests
{
    private static GeneratorOutput Generate(int actors, string records = Samples.NewsRecords)
    {
        var output = GeneratorHarness.Run(records, DataFile.Yaml("many.yaml", Samples.ManyRecordsData(actors)));
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        return output;
    }

    [Fact]
    public void Generated_il_does_not_grow_with_the_record_count()
    {
        // 7,500 records: a small image, in string literals. 150,000: a large one, in attribute arguments. Both are
        // past the named-member limit, so neither has named members.
        var small = Generate(1_500);
        var large = Generate(30_000);
        Assert.Contains("internal static readonly ImagePart Records = new ImagePart(", small.Source("DataImage.g.cs"));
        Assert.Contains("static group => ImageChunk.Encode(new string[]", small.Source("DataImage.g.cs"));
        Assert.Contains("[DataChunk(", large.Source("DataImage.g.cs"));
        var smallIl = IlSizes.Of(small.Compilation);
        var largeIl = IlSizes.Of(large.Compilation);

        foreach (var (method, size) in smallIl.Where(m => !m.Key.StartsWith("News.Data+DataImage", StringComparison.Ordinal)))
        {
            // Record counts are constants (an array size, Count): a larger number can take a wider ldc.i4 form.
            Assert.True(Math.Abs(size - largeIl[method]) <= 8, $"{method}: {size} bytes of IL at 7,500 records, {largeIl[method]} at 150,000");
        }
        int smallTotal = smallIl.Values.Sum(), largeTotal = largeIl.Values.Sum();
        Assert.True(largeTotal <= smallTotal + 512, $"{smallTotal} bytes of IL at 7,500 records, {largeTotal} at 150,000");
        Assert.True(largeIl.Values.Max() < 60_000, "a method is past the JIT's 60,000-byte limit");

        // And the data is all there.
        var statements = large.Load().GetType("News.Data")!.GetProperty("Statements")!.GetValue(null)!;
        Assert.Equal(120_000, ((IEnumerable)statements).Cast<object>().Count());
    }

    [Theory]
    [InlineData(3)] // a small image, in string literals
    [InlineData(6_000)] // 30,000 records: a large one, in attribute arguments, with several key slot chunks per collection
    public void A_lookup_by_key_reads_the_key_table_of_its_own_collection_and_no_other(int actors)
    {
        var output = Generate(actors);
        // Make reading the statements' key slots fail: a lookup among the actors must still work, so it never read them.
        var image = output.Compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("DataImage.g.cs", StringComparison.Ordinal));
        string text = image.ToString();
        Assert.Contains("internal static readonly ImagePart KeySlots1 = new ImagePart(", text);
        text = text.Replace(
            "internal static readonly ImagePart KeySlots1 = new ImagePart(",
            "internal static readonly ImagePart KeySlots1 = new ImagePart(1 << 20, 1, static group => throw new global::System.InvalidOperationException(\"read the statements' keys\"));\n"
            + "internal static readonly ImagePart Unused = new ImagePart(",
            StringComparison.Ordinal);
        var broken = output with { Compilation = output.Compilation.ReplaceSyntaxTree(image, image.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text))) };
        var data = broken.Load().GetType("News.Data")!;
        object actorsCollection = data.GetProperty("Actors")!.GetValue(null)!;
        object statements = data.GetProperty("Statements")!.GetValue(null)!;

        Assert.Equal(actors - 1, IndexOf(actorsCollection, "actor-" + (actors - 1)));
        Assert.Equal(0, IndexOf(actorsCollection, "actor-0"));
        Assert.Equal(-1, IndexOf(actorsCollection, "statement-0"));
        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => IndexOf(statements, "statement-0"));
        Assert.Contains("read the statements' keys", error.InnerException!.Message, StringComparison.Ordinal);

        static int IndexOf(object collection, string id) => (int)collection.GetType().GetMethod("IndexOf")!.Invoke(collection, new object[] { id })!;
    }

    [Fact]
    public void A_large_image_finds_each_group_of_chunks_by_its_holder_class_token()
    {
        // The generated reader takes group k's holder to be k metadata tokens after group 0's (the compiler numbers a
        // class's nested classes together, in order), and finds it by name only when that is not so: the fast path
        // holds for every holder of every part.
        var output = Generate(6_000);
        var image = output.Load().GetType("News.Data")!.GetNestedType("DataImage", System.Reflection.BindingFlags.NonPublic)!;
        var parts = image.GetNestedTypes(System.Reflection.BindingFlags.NonPublic).Where(t => t.Name.EndsWith("Data", StringComparison.Ordinal)).ToList();
        Assert.Contains(parts, p => p.Name == "RecordsData");
        int holders = 0;
        foreach (var part in parts)
        {
            var first = part.GetNestedType("G0", System.Reflection.BindingFlags.NonPublic)!;
            int groups = part.GetNestedTypes(System.Reflection.BindingFlags.NonPublic).Length;
            Assert.True(groups > 0, part.Name);
            for (int k = 0; k < groups; k++)
            {
                var holder = part.Module.ResolveType(first.MetadataToken + k);
                Assert.Equal((part, "G" + k), (holder.DeclaringType, holder.Name));
                holders++;
            }
        }
        Assert.True(holders >= 20, $"{holders} holders in {parts.Count} parts");
    }

    [Fact]
    public void A_collection_past_its_named_member_limit_gets_no_members_and_an_info_at_its_declaration()
    {
        // 1,001 actors and 4,004 statements: both past the default limit of 1,000.
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("many.yaml", Samples.ManyRecordsData(1_001)));
        Assert.Equal(2, output.SeedDiagnostics.Length);
        Assert.All(output.SeedDiagnostics, d => Assert.Equal(("SD0036", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        var actors = output.SeedDiagnostics.Single(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'actors'", StringComparison.Ordinal));
        string message = actors.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'actors' has 1001 records, more than the 1000", message);
        Assert.Contains("Data.Actors[\"id\"]", message);
        Assert.Contains("[SeedRecord(\"actors\", NamedMembers = 1001)]", message);
        // At the record's declaration: line 10 of the sample, "public sealed partial record Actor(...".
        Assert.Equal(("/src/Source0.cs", 10), (actors.Location.GetLineSpan().Path, actors.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.DoesNotContain(output.Sources, s => s.HintName.EndsWith("Data.Actors.NamedMembers.g.cs", StringComparison.Ordinal));
        Assert.Contains("public int IndexOf(string id)", output.Source("News.Data.Actors.g.cs"));
    }

    [Fact]
    public void The_named_member_limit_is_set_per_collection_on_SeedRecord()
    {
        string records = Samples.NewsRecords.Replace("[SeedRecord(\"actors\")]", "[SeedRecord(\"actors\", NamedMembers = 3)]", StringComparison.Ordinal);
        var three = GeneratorHarness.Run(records, DataFile.Yaml("a.yaml", "actors:\n  - { id: a, name: A, kind: person }\n  - { id: b, name: B, kind: person }\n  - { id: c, name: C, kind: person }\n"));
        Assert.Empty(three.SeedDiagnostics);
        Assert.Contains("public global::News.Actor C => Named(2, \"c\");", three.Source("News.Data.Actors.NamedMembers.g.cs"));

        var four = GeneratorHarness.Run(records, DataFile.Yaml("a.yaml", "actors:\n  - { id: a, name: A, kind: person }\n  - { id: b, name: B, kind: person }\n  - { id: c, name: C, kind: person }\n  - { id: d, name: D, kind: person }\n"));
        Assert.Equal("SD0036", Assert.Single(four.SeedDiagnostics).Id);
        Assert.DoesNotContain(four.Sources, s => s.HintName.EndsWith("Data.Actors.NamedMembers.g.cs", StringComparison.Ordinal));
    }
}
