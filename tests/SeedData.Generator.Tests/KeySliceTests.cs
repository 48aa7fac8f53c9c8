using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SeedData.Generator.Binding;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Tests;

/// <summary>
/// A collection's key table hashes the part of each key that tells the keys apart, chosen when the project builds
/// (<see cref="KeySliceChooser"/>): the last units of <c>statement-123</c>, the first of <c>00042-shared-tail</c>, the
/// whole key when neither end is enough. Lookups compare whole keys, so whatever the part, every key is found and no
/// other.
/// </summary>
public sealed class KeySliceTests
{
    private static int Choose(IReadOnlyList<string> keys) => KeySliceChooser.Choose(keys.Count, i => (keys[i], 0, keys[i].Length));

    [Fact]
    public void Numbered_ids_hash_their_last_units_only()
    {
        var keys = Enumerable.Range(0, 10_000).Select(i => "statement-" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        // "nt-7", "t-17", "-117" and "1117" tell apart every key from 0 to 9,999; three units do not.
        Assert.Equal(-4, Choose(keys));
    }

    [Fact]
    public void Ids_that_differ_at_the_start_hash_their_first_units()
    {
        var keys = Enumerable.Range(0, 10_000).Select(i => i.ToString("D5", CultureInfo.InvariantCulture) + "-the-same-tail").ToList();
        Assert.Equal(5, Choose(keys));
    }

    [Fact]
    public void Ids_that_share_both_ends_are_hashed_whole()
    {
        var keys = Enumerable.Range(0, 2_000).Select(i => "shared-head-" + i.ToString(CultureInfo.InvariantCulture) + "-shared-tail").ToList();
        Assert.Equal(0, Choose(keys));
    }

    [Fact]
    public void A_part_is_taken_when_at_most_one_key_in_twenty_repeats_an_earlier_hash()
    {
        // k0000 to k0999, then x0000, x0001...: each x key ends in the last three units of a k key.
        List<string> Keys(int repeats) => Enumerable.Range(0, 1_000).Select(i => "k" + i.ToString("D4", CultureInfo.InvariantCulture))
            .Concat(Enumerable.Range(0, repeats).Select(i => "x" + i.ToString("D4", CultureInfo.InvariantCulture))).ToList();
        // 40 repeats among 1,040 keys are under one in twenty; 60 among 1,060 are over, and only the whole key tells them apart.
        Assert.Equal(-3, Choose(Keys(40)));
        Assert.Equal(-5, Choose(Keys(60)));
    }

    [Fact]
    public void The_hash_of_a_part_reads_only_that_part_and_a_shorter_key_whole()
    {
        Assert.Equal(KeyHash.Of("123", 0, 3), KeyHash.Of("statement-123", 0, 13, -3));
        Assert.Equal(KeyHash.Of("stat", 0, 4), KeyHash.Of("statement-123", 0, 13, 4));
        Assert.Equal(KeyHash.Of("ab", 0, 2), KeyHash.Of("ab", 0, 2, -5));
        Assert.Equal(KeyHash.Of("ab", 0, 2), KeyHash.Of("ab", 0, 2, 5));
        // Within a longer text, as the linker reads keys: the part is of the key, not of the text.
        Assert.Equal(KeyHash.Of("123", 0, 3), KeyHash.Of("[statement-123]", 1, 13, -3));
        Assert.Equal(KeyHash.Of("statement-123", 0, 13), KeyHash.Of("statement-123", 0, 13, 0));
    }

    [Theory]
    [InlineData("step-{0}")]
    [InlineData("{0:D5}-shared-tail")]
    [InlineData("shared-head-{0}-shared-tail")]
    [InlineData("{0}")]
    public void Every_key_is_found_and_no_other_whatever_part_is_hashed(string format)
    {
        const string records = """
            using SeedData;
            namespace Keys;
            [SeedRecord("steps")] public sealed partial record Step(string Id);
            [SeedDataset] public static partial class Data;
            """;
        string Key(int i) => string.Format(CultureInfo.InvariantCulture, format, i);
        var yaml = new StringBuilder("steps:\n");
        // Short keys too: "a" to "j" are shorter than any part the chooser tries past one unit.
        for (int i = 0; i < 3_000; i++) yaml.Append("  - { id: '").Append(Key(i)).Append("' }\n");
        for (char c = 'a'; c <= 'j'; c++) yaml.Append("  - { id: ").Append(c).Append(" }\n");
        string probe = "public static class Probe { public static string Run() { int found = 0, wrong = 0; for (int i = 0; i < 3000; i++) { "
            + "string key = string.Format(System.Globalization.CultureInfo.InvariantCulture, \"" + format + "\", i); "
            + "if (Data.Steps.IndexOf(key) == i) found++; if (Data.Steps.IndexOf(key + \"x\") != -1 || Data.Steps.IndexOf(\"x\" + key) != -1) wrong++; } "
            + "for (char c = 'a'; c <= 'j'; c++) { if (Data.Steps.IndexOf(c.ToString()) == 3000 + (c - 'a')) found++; if (Data.Steps.IndexOf(c + \"a\") != -1) wrong++; } "
            + "return found + \" \" + wrong; } }";
        var output = GeneratorHarness.Run(new[] { records, "namespace Keys; " + probe }, DataFile.Yaml("steps.yaml", yaml.ToString()));
        Assert.Empty(output.SeedDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        var run = output.Load().GetType("Keys.Probe", throwOnError: true)!.GetMethod("Run")!;
        Assert.Equal("3010 0", run.Invoke(null, null));
    }

    public static TheoryData<string, int> KeyFamilies() => new()
    {
        { "statement-{0}", 100_000 },
        { "{0}", 100_000 },
        { "{0:D6}-shared-tail", 50_000 },
        { "guid", 50_000 },
        { "codes", 26 * 26 * 26 },
        { "region\u001f{0}", 20_000 },
    };

    /// <summary>
    /// The table lays out keys as the build does (its chosen part hashed, the first free slot from the hash's home) and
    /// finds each: at most half the slots are taken, so linear probing reads 1.5 slots a key on average in theory. A hash
    /// whose home slot missed some units (a product's low bits, say) piles numbered keys into runs, and fails this.
    /// </summary>
    [Theory]
    [MemberData(nameof(KeyFamilies))]
    public void The_key_hash_spreads_each_family_of_keys_over_the_slots(string family, int count)
    {
        var random = new Random(7);
        var keys = Enumerable.Range(0, count).Select(i => family switch
        {
            "guid" => new Guid(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray()).ToString(),
            "codes" => new string(new[] { (char)('A' + i / 676), (char)('A' + i / 26 % 26), (char)('A' + i % 26) }),
            _ => string.Format(CultureInfo.InvariantCulture, family, i),
        }).ToList();
        Assert.Equal(count, keys.Distinct(StringComparer.Ordinal).Count());
        int slice = Choose(keys), slots = KeyHash.SlotCount(count), shift = KeyHash.ShiftFor(slots);
        var taken = new bool[slots];
        long probes = 0;
        int longest = 0;
        foreach (string key in keys)
        {
            int slot = (int)KeyHash.Home(KeyHash.Of(key, 0, key.Length, slice), shift), run = 1;
            for (; taken[slot]; run++) slot = (slot + 1) & (slots - 1);
            taken[slot] = true;
            probes += run;
            longest = Math.Max(longest, run);
        }
        double mean = (double)probes / count;
        Assert.True(mean <= 2.0, $"{family}: {count:N0} keys in {slots:N0} slots (part {slice}) take {mean:F2} probes each on average, {longest} at most.");
        Assert.True(longest <= 64, $"{family}: a key takes {longest} probes.");
    }
}
