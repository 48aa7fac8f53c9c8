using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Generator.Tests;

/// <summary>
/// Public conformance corpora through the whole generator, byte for byte as the compiler would hand them over:
/// JSONTestSuite (<c>Conformance/JSONTestSuite</c>, every <c>test_parsing</c> file) against the strict JSON parser, and
/// a selection of the yaml-test-suite (<c>Conformance/yaml-test-suite</c>) against the YAML reader. Whatever a file
/// holds, the generator must answer with diagnostics, never with an exception (SD0099 or CS8785).
/// <para>
/// The verdicts: JSON <c>y_</c> files parse (no syntax, empty-file or encoding error; a root that is not a mapping of
/// collections is SD0006, which is fine); <c>n_</c> files are rejected with SD0002, or SD0004 when their bytes are not
/// UTF-8, or SD0003 when they hold no value at all (only whitespace or a byte order mark); <c>i_</c> files may go
/// either way. YAML <c>valid/</c> cases give no SD0001; <c>error/</c> cases give SD0001. Every file that does not get
/// its verdict is listed below as a <see cref="Deviation"/> with the reason and what it gets instead: a documented design
/// decision (nesting bound, duplicate keys), or a case YamlDotNet itself gets wrong.
/// </para>
/// <para>
/// <see cref="The_corpora_are_all_there"/> prints how many files of each class there are and pins the counts, so the
/// theories cannot pass on an empty or partial corpus.
/// </para>
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Conformance");
    private static readonly string JsonFolder = Path.Combine(Root, "JSONTestSuite");
    private static readonly string YamlFolder = Path.Combine(Root, "yaml-test-suite");

    /// <summary>
    /// A file whose corpus verdict we knowingly do not give: <paramref name="Gives"/> is the diagnostic it gets instead,
    /// or null when it is accepted (no syntax error) although the corpus says it is malformed.
    /// </summary>
    private sealed record Deviation(string? Gives, string Reason);

    private static readonly Deviation NestingBound = new("SD0006",
        "design: nesting is bounded at 64 levels (docs/diagnostics.md, SD0006), so the file is refused at level 65, before the "
        + "parser reaches its syntax error; it is rejected all the same");

    private static readonly Deviation DuplicateKey = new("SD0013",
        "design: a key repeated in one mapping is an error (docs/diagnostics.md, SD0013); the file parses, and binding rejects it");

    private const string YamlDotNet = "YamlDotNet 16.3.0, which reads our YAML, ";

    /// <summary>JSONTestSuite files whose verdict our documented design overrides.</summary>
    private static readonly Dictionary<string, Deviation> JsonDeviations = new(StringComparer.Ordinal)
    {
        ["n_structure_100000_opening_arrays.json"] = NestingBound,
        ["n_structure_open_array_object.json"] = NestingBound,
        ["y_object_duplicated_key.json"] = DuplicateKey,
        ["y_object_duplicated_key_and_value.json"] = DuplicateKey,
    };

    /// <summary>
    /// yaml-test-suite cases whose verdict we do not give: the cases YamlDotNet itself gets wrong, which pin its behaviour so that an upgrade that fixes one shows up here.
    /// </summary>
    private static readonly Dictionary<string, Deviation> YamlDeviations = new(StringComparer.Ordinal)
    {
        ["valid/DK95-04.yaml"] = new("SD0001", YamlDotNet + "rejects a line holding only a tab between two mapping entries "
            + "('found a tab character that violate indentation'); a blank line may hold tabs"),
        ["valid/VJP3-01.yaml"] = new("SD0001", YamlDotNet + "rejects a flow mapping whose plain key, ':' and value stand on "
            + "lines of their own ('did not find expected ',' or '}''); 4MUZ, with a quoted key, is read"),
        ["error/DK95-01.yaml"] = new(null, YamlDotNet + "accepts a tab as the indentation of a double-quoted scalar's second line"),
        ["error/MUS6-00.yaml"] = new(null, YamlDotNet + "accepts a comment with no space before it on a %YAML directive ('%YAML 1.1#...')"),
        ["error/Y79Y-03.yaml"] = new(null, YamlDotNet + "accepts a tab as the indentation of a flow sequence's line in block context"),
        ["error/Y79Y-04.yaml"] = new(null, YamlDotNet + "accepts a tab between '-' and a nested block sequence ('-\\t-')"),
        ["error/Y79Y-05.yaml"] = new(null, YamlDotNet + "accepts a tab between '-' and a nested block sequence ('- \\t-')"),
        ["error/Y79Y-06.yaml"] = new(null, YamlDotNet + "accepts a tab between '?' and a block sequence key ('?\\t-')"),
        ["error/Y79Y-08.yaml"] = new(null, YamlDotNet + "accepts a tab between '?' and a block mapping key ('?\\tkey:')"),
        ["error/Y79Y-09.yaml"] = new(null, YamlDotNet + "accepts a tab between ':' and a block mapping value (':\\tkey:')"),
    };

    public static TheoryData<string> JsonFiles => new(Directory.GetFiles(JsonFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static TheoryData<string> YamlFiles => new(
        Directory.GetFiles(YamlFolder, "*.yaml", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(YamlFolder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Fact]
    public void The_corpora_are_all_there()
    {
        var json = Directory.GetFiles(JsonFolder, "*.json").Select(Path.GetFileName).GroupBy(n => n![0]).ToDictionary(g => g.Key, g => g.Count());
        var yaml = Directory.GetFiles(YamlFolder, "*.yaml", SearchOption.AllDirectories)
            .GroupBy(p => Path.GetFileName(Path.GetDirectoryName(p))!).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"JSONTestSuite: {json['y']} y_ (must parse), {json['n']} n_ (must be rejected), {json['i']} i_ (either) files.");
        output.WriteLine($"yaml-test-suite: {yaml["valid"]} valid and {yaml["error"]} error cases.");
        output.WriteLine($"Deviations (expected exceptions): {JsonDeviations.Count} JSON, {YamlDeviations.Count} YAML.");
        foreach (var (name, deviation) in JsonDeviations.Concat(YamlDeviations)) output.WriteLine($"  {name}: {deviation.Gives ?? "accepted"}: {deviation.Reason}");
        // upstream test_parsing at 1ef36fa (2024-11-22): 318 files
        Assert.Equal((95, 188, 35), (json['y'], json['n'], json['i']));
        Assert.True(yaml["valid"] + yaml["error"] >= 150, "too few yaml-test-suite cases");
        Assert.True(yaml["error"] >= 80, "too few yaml-test-suite error cases");
        Assert.True(File.Exists(Path.Combine(JsonFolder, "LICENSE")) && File.Exists(Path.Combine(YamlFolder, "LICENSE")));
        Assert.All(JsonDeviations.Keys.Concat(YamlDeviations.Keys), name =>
            Assert.True(File.Exists(Path.Combine(JsonFolder, name)) || File.Exists(Path.Combine(YamlFolder, name)), name + " is not in the corpus"));
    }

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void A_JSONTestSuite_file_gets_the_verdict_its_name_gives(string name)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(JsonFolder, name));
        foreach (var (how, text) in AsTheCompilerReads(bytes))
        {
            var ids = Run("/data/" + name, text);
            string verdict = $"{name} read {how} gave [{string.Join(", ", ids)}]";
            output.WriteLine(verdict);
            if (JsonDeviations.TryGetValue(name, out var deviation))
            {
                AssertDeviation(ids, "SD0002", deviation, verdict);
                if (name[0] == 'y') Assert.DoesNotContain("SD0002", ids);
                continue;
            }
            switch (name[0])
            {
                case 'y':
                    Assert.True(!ids.Overlaps(new[] { "SD0002", "SD0003", "SD0004" }), verdict + "; a y_ file must parse");
                    break;
                case 'n':
                    string expected = !IsUtf8(bytes) ? "SD0004" : IsBlank(bytes) ? "SD0003" : "SD0002";
                    Assert.True(ids.Contains(expected), $"{verdict}; an n_ file must be rejected with {expected}");
                    break;
                case 'i':
                    break;
                default:
                    Assert.Fail(name + " is not a y_, n_ or i_ file");
                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void A_yaml_test_suite_case_gets_the_suites_verdict(string file)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(YamlFolder, file));
        string name = Path.GetFileName(file);
        bool error = file.StartsWith("error/", StringComparison.Ordinal);
        foreach (var (how, text) in AsTheCompilerReads(bytes))
        {
            var ids = Run("/data/" + name, text);
            string verdict = $"{file} read {how} gave [{string.Join(", ", ids)}]";
            output.WriteLine(verdict);
            if (YamlDeviations.TryGetValue(file, out var deviation))
            {
                AssertDeviation(ids, "SD0001", deviation, verdict);
                continue;
            }
            if (error) Assert.True(ids.Contains("SD0001"), verdict + "; an error case must be a YAML syntax error");
            else Assert.True(!ids.Overlaps(new[] { "SD0001", "SD0004" }), verdict + "; a valid case must parse");
        }
    }

    private static void AssertDeviation(ImmutableHashSet<string> ids, string syntaxError, Deviation deviation, string verdict)
    {
        if (deviation.Gives is null) Assert.False(ids.Contains(syntaxError), $"{verdict}; this case was listed as accepted ({deviation.Reason}): update the list");
        else Assert.True(ids.Contains(deviation.Gives), $"{verdict}; this case was listed as giving {deviation.Gives} ({deviation.Reason}): update the list");
    }

    /// <summary>
    /// Runs the generator over one data file and returns the ids of its diagnostics, after asserting that nothing
    /// threw: no SD0099 (an exception the generator caught) and no CS8785 (one it did not).
    /// </summary>
    private ImmutableHashSet<string> Run(string path, SourceText text)
    {
        var result = GeneratorHarness.Run(Samples.NewsRecords, new DataFile(path, text));
        Assert.Null(result.RunResult.Results.Single().Exception);
        foreach (var diagnostic in result.GeneratorDiagnostics) output.WriteLine("  " + diagnostic);
        var ids = result.GeneratorDiagnostics.Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);
        var internalError = result.GeneratorDiagnostics.FirstOrDefault(d => d.Id is "SD0099" or "CS8785");
        Assert.True(internalError is null, $"{path}: {internalError}");
        return ids;
    }

    /// <summary>
    /// The text of a file as the compiler reads an additional file: by its byte order mark if it has one, else as
    /// UTF-8, and bytes that are not UTF-8 in a legacy code page. A file that is not UTF-8 is also read as an editor
    /// or a lenient host would, with replacement characters, since the generator must reject both.
    /// </summary>
    private static IEnumerable<(string How, SourceText Text)> AsTheCompilerReads(byte[] bytes)
    {
        SourceText? utf8 = null;
        try
        {
            utf8 = SourceText.From(new MemoryStream(bytes), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (Exception ex) when (ex is DecoderFallbackException or InvalidDataException)
        {
        }
        if (utf8 is not null)
        {
            yield return ("as UTF-8", utf8);
            yield break;
        }
        yield return ("in a legacy code page", SourceText.From(new MemoryStream(bytes), Encoding.Latin1));
        yield return ("with replacement characters", SourceText.From(new MemoryStream(bytes), Encoding.UTF8));
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>No value at all: only JSON whitespace, after an optional UTF-8 byte order mark.</summary>
    private static bool IsBlank(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return bytes.Skip(start).All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');
    }
}
