using System;
using System.Collections;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// A large image, carried in attribute arguments, is read where the assembly's metadata holds it when the project
/// allows unsafe code (the package sets AllowUnsafeBlocks), and by reflection otherwise. Both must give the same bytes
/// for every chunk, and the same records.
/// </summary>
public sealed class ImageInPlaceTests
{
    /// <summary>
    /// Compiled into the dataset class: for every group of every part, the chunks read in place against the attribute
    /// arguments read by reflection, as UTF-8; the number of groups compared.
    /// </summary>
    private const string Comparer = """
        using System;
        using System.Linq;
        using System.Reflection;
        using System.Text;

        namespace News;

        static partial class Data
        {
            public static string CompareInPlace()
            {
                int groups = 0;
                long bytes = 0;
                foreach (var part in typeof(DataImage).GetNestedTypes(BindingFlags.NonPublic).Where(t => t.Name.EndsWith("Data", StringComparison.Ordinal)))
                {
                    var first = part.GetNestedType("G0", BindingFlags.NonPublic)!;
                    int count = part.GetNestedTypes(BindingFlags.NonPublic).Length;
                    for (int g = 0; g < count; g++)
                    {
                        var holder = part.GetNestedType("G" + g, BindingFlags.NonPublic)!;
                        var expected = holder.GetCustomAttributesData()
                            .OrderBy(a => (int)a.ConstructorArguments[0].Value!)
                            .Select(a => Encoding.UTF8.GetBytes((string)a.ConstructorArguments[1].Value!))
                            .ToArray();
                        var inPlace = DataImage.ImageMetadata.Chunks(first, g) ?? throw new InvalidOperationException(part.Name + ".G" + g + " was not read in place");
                        if (inPlace.Length != expected.Length) throw new InvalidOperationException(part.Name + ".G" + g + ": " + inPlace.Length + " chunks in place, " + expected.Length + " by reflection");
                        for (int i = 0; i < expected.Length; i++)
                        {
                            if (!inPlace[i].Bytes.SequenceEqual(expected[i])) throw new InvalidOperationException(part.Name + ".G" + g + " chunk " + i + " differs");
                            bytes += expected[i].Length;
                        }
                        groups++;
                    }
                    // A token past the last holder is another class: not read as a holder.
                    if (DataImage.ImageMetadata.Chunks(first, count) is not null) throw new InvalidOperationException(part.Name + ": a class after the holders was read as one");
                }
                // A class that is no holder: null, so the caller reads by reflection.
                if (DataImage.ImageMetadata.Chunks(typeof(Data), 0) is not null) throw new InvalidOperationException("Data was read as a holder");
                return groups + " groups, " + bytes + " bytes";
            }
        }
        """;

    /// <summary>30,000 records (a large image); with <paramref name="unicode"/>, names, summaries and keys past ASCII.</summary>
    private static DataFile Data(bool unicode)
    {
        string yaml = Samples.ManyRecordsData(6_000);
        if (unicode) yaml = yaml.Replace("name: Actor ", "name: Актор ", StringComparison.Ordinal).Replace("\"Statement ", "\"Заява \u2013 \U0001F600 ", StringComparison.Ordinal).Replace("statement-", "заява-", StringComparison.Ordinal);
        return DataFile.Yaml("many.yaml", yaml);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_chunk_read_in_place_is_the_UTF8_of_its_attribute_argument(bool unicode)
    {
        var output = GeneratorHarness.RunAllowingUnsafe([Samples.NewsRecords, Comparer], Data(unicode));
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        string image = output.Source("DataImage.g.cs");
        Assert.Contains("[DataChunk(", image);
        Assert.Contains("return ImageMetadata.Chunks(first, group) ?? Chunks(part, first, group);", image);

        string compared = (string)output.Load().GetType("News.Data")!.GetMethod("CompareInPlace")!.Invoke(null, null)!;
        int groups = int.Parse(compared.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        // 30,000 records: dozens of holders (records, locators and key slots of two collections).
        Assert.True(groups >= 20, compared);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Records_read_in_place_are_those_read_by_reflection(bool unicode)
    {
        var inPlace = GeneratorHarness.RunAllowingUnsafe([Samples.NewsRecords], Data(unicode));
        var byReflection = GeneratorHarness.Run([Samples.NewsRecords], Data(unicode));
        Assert.DoesNotContain("ImageMetadata", byReflection.Source("DataImage.g.cs"), StringComparison.Ordinal);

        string[] read = Dump(inPlace), reflected = Dump(byReflection);
        Assert.Equal(30_000, read.Length);
        Assert.Equal(reflected, read);
        if (unicode) Assert.Contains(read, r => r.Contains("Заява \u2013 \U0001F600 7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lookup_by_key_in_place_builds_the_record_and_what_it_references()
    {
        var output = GeneratorHarness.RunAllowingUnsafe([Samples.NewsRecords], Data(unicode: true));
        var data = output.Load().GetType("News.Data")!;
        object statements = data.GetProperty("Statements")!.GetValue(null)!;
        var indexer = statements.GetType().GetProperty("Item", [typeof(string)])!;
        object statement = indexer.GetValue(statements, ["заява-23999"])!;
        Assert.Equal("Заява \u2013 \U0001F600 23999", statement.GetType().GetProperty("Summary")!.GetValue(statement));
        object speaker = statement.GetType().GetProperty("Speaker")!.GetValue(statement)!;
        Assert.Equal("Актор 5999", speaker.GetType().GetProperty("Name")!.GetValue(speaker));
        Assert.False((bool)statements.GetType().GetMethod("Contains", [typeof(string)])!.Invoke(statements, ["statement-1"])!);
    }

    /// <summary>Every record of both collections, as the records print themselves, in collection order.</summary>
    private static string[] Dump(GeneratorOutput output)
    {
        var data = output.Load().GetType("News.Data")!;
        var statements = ((IEnumerable)data.GetProperty("Statements")!.GetValue(null)!).Cast<object>();
        var actors = ((IEnumerable)data.GetProperty("Actors")!.GetValue(null)!).Cast<object>();
        return actors.Concat(statements).Select(r => r.ToString()!).ToArray();
    }
}
