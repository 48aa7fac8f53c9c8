using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedData.Benchmarks;

/// <summary>
/// Bounded work on bad input (issue 21): a build with mistakes costs about what the same build without them does.
/// Each pair is one generator run (parse, bind, link, emit, diagnostics) over data held in memory, against its
/// baseline in the same run:
/// <list type="bullet">
/// <item>References: 100,000 authors and 20,000 books in 100 files, every book's author valid, against the same files
/// with 5,000 of those references unknown (a third misspelt, a third renamed, a third with a suffix), each reported
/// as SD0017 with its "did you mean".</item>
/// <item>Syntax: a valid 1 MB data file (a list of 58,000 records), against the same file with one syntax error found
/// only at its end (the list's <c>]</c> left out), and against the probe's 1 MB (<c>authors: [</c> and lines of ids
/// at column 0, with no <c>]</c>), whose ids a regular expression took quadratic time to recover.</item>
/// </list>
/// Goal: every ratio at most 1.2. Each run checks the diagnostics it was meant to give.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BoundedWorkBenchmarks
{
    public const int Authors = 100_000;
    public const int Books = 20_000;
    public const int UnknownReferences = 5_000;
    public const int FileBytes = 1 << 20;

    private const string ReferenceRecords = """
        using SeedData;
        namespace Library;
        [SeedRecord("authors")] public sealed partial record Author(string Id, string Name);
        [SeedRecord("books")] public sealed partial record Book(string Id, string Title, Author Author);
        [SeedDataset] public static partial class Data;
        """;

    private const string IdRecords = """
        using SeedData;
        namespace Library;
        [SeedRecord("authors")] public sealed partial record Author(string Id);
        [SeedDataset] public static partial class Data;
        """;

    private CSharpCompilation _references = null!;
    private CSharpCompilation _ids = null!;
    private ImmutableArray<AdditionalText> _validReferences, _unknownReferences, _validFile, _unclosedWords, _unclosedRecords;

    [GlobalSetup]
    public void Setup()
    {
        _references = InProcess.Compilation(ReferenceRecords);
        _ids = InProcess.Compilation(IdRecords);
        _validReferences = LibraryFiles(unknown: false);
        _unknownReferences = LibraryFiles(unknown: true);
        string records = Fill("authors: [\n", i => "  {id: author-" + Number(i) + "},\n");
        _validFile = One("valid.yaml", records + "]\n");
        _unclosedRecords = One("unclosed-records.yaml", records);
        _unclosedWords = One("unclosed-words.yaml", Fill("authors: [\n", i => "author-" + Number(i) + ",\n"));
    }

    [BenchmarkCategory("References"), Benchmark(Baseline = true, Description = "100,000 authors, 20,000 books: every reference valid")]
    public int ValidReferences() => Run(_references, _validReferences, "SD0017", 0);

    [BenchmarkCategory("References"), Benchmark(Description = "the same, 5,000 references unknown (SD0017 with did-you-mean)")]
    public int UnknownReferencesReported() => Run(_references, _unknownReferences, "SD0017", UnknownReferences);

    [BenchmarkCategory("Syntax"), Benchmark(Baseline = true, Description = "a valid 1 MB file: 'authors: [' and 58,000 lines '{id: author-N},', then ']'")]
    public int ValidFile() => Run(_ids, _validFile, "SD0001", 0);

    [BenchmarkCategory("Syntax"), Benchmark(Description = "the same 1 MB without its ']' (one SD0001, found at the end)")]
    public int UnclosedRecords() => Run(_ids, _unclosedRecords, "SD0001", 1);

    [BenchmarkCategory("Syntax"), Benchmark(Description = "the probe's 1 MB: 'authors: [' and lines 'author-N,' at column 0 (one SD0001)")]
    public int UnclosedWords() => Run(_ids, _unclosedWords, "SD0001", 1);

    /// <summary>
    /// The same pairs timed in turns, baseline then case, each pair <paramref name="runs"/> times in one process, with the
    /// median of the per-turn ratios: on a shared machine a slow phase lands on both sides of a turn, where
    /// BenchmarkDotNet's runs, one benchmark after the other, can put it on one side only.
    /// <c>dotnet run -c Release --project bench/SeedData.Benchmarks -- bounded [runs]</c>
    /// </summary>
    public static int RunInTurns(string[] args)
    {
        int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var bench = new BoundedWorkBenchmarks();
        bench.Setup();
        var pairs = new (string Name, Func<int> Baseline, Func<int> Case)[]
        {
            ("5,000 unknown references among 100,000 ids / all valid", bench.ValidReferences, bench.UnknownReferencesReported),
            ("1 MB list without its ']' / the same list closed", bench.ValidFile, bench.UnclosedRecords),
            ("the probe's 1 MB unclosed list / a valid 1 MB list", bench.ValidFile, bench.UnclosedWords),
        };
        foreach (var (name, baseline, measured) in pairs)
        {
            baseline();
            measured();
            var ratios = new List<double>();
            var baseTimes = new List<double>();
            var caseTimes = new List<double>();
            for (int run = 0; run < runs; run++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                baseline();
                double b = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                measured();
                double c = clock.Elapsed.TotalMilliseconds;
                baseTimes.Add(b);
                caseTimes.Add(c);
                ratios.Add(c / b);
            }
            Console.WriteLine($"{name}: median {Median(caseTimes):F1} ms against {Median(baseTimes):F1} ms, median ratio {Median(ratios):F2} (of {runs} turns, {ratios.Min():F2} to {ratios.Max():F2})");
        }
        return 0;

        static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    /// <summary>One generator run; throws unless it gave exactly <paramref name="expected"/> diagnostics of <paramref name="id"/> and no other error.</summary>
    private static int Run(CSharpCompilation compilation, ImmutableArray<AdditionalText> files, string id, int expected)
    {
        var diagnostics = InProcess.Driver(files).RunGenerators(compilation).GetRunResult().Diagnostics;
        int count = diagnostics.Count(d => d.Id == id);
        if (count != expected || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id != id))
            throw new InvalidOperationException($"expected {expected} {id}, got: " + string.Join("\n", diagnostics.Take(5)));
        return count;
    }

    private static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static ImmutableArray<AdditionalText> One(string name, string yaml) => ImmutableArray.Create<AdditionalText>(new InMemoryDataFile("/data/" + name, yaml));

    /// <summary>A file of <see cref="FileBytes"/>: the head, then lines until the size is reached.</summary>
    private static string Fill(string head, Func<int, string> line)
    {
        var text = new StringBuilder(FileBytes + 64).Append(head);
        for (int i = 0; text.Length < FileBytes; i++) text.Append(line(i));
        return text.ToString();
    }

    /// <summary>
    /// The authors and books in 100 files. With <paramref name="unknown"/>, every fourth book names an author that does
    /// not exist: misspelt (<c>autor-17</c>), renamed (<c>writer-17</c>) or with a suffix (<c>author-17-old</c>).
    /// </summary>
    private static ImmutableArray<AdditionalText> LibraryFiles(bool unknown)
    {
        const int files = 100;
        var result = new List<AdditionalText>(files);
        for (int f = 0; f < files; f++)
        {
            var yaml = new StringBuilder("authors:\n");
            for (int a = Authors * f / files; a < Authors * (f + 1) / files; a++)
            {
                yaml.Append("  - id: author-").Append(Number(a)).Append("\n    name: Author ").Append(Number(a)).Append('\n');
            }
            yaml.Append("books:\n");
            for (int b = Books * f / files; b < Books * (f + 1) / files; b++)
            {
                int author = (int)((b * 2_654_435_761L) % Authors);
                string id = "author-" + Number(author);
                if (unknown && b % (Books / UnknownReferences) == 0)
                {
                    id = (b / (Books / UnknownReferences) % 3) switch
                    {
                        0 => "autor-" + Number(author),
                        1 => "writer-" + Number(author),
                        _ => id + "-old",
                    };
                }
                yaml.Append("  - id: book-").Append(Number(b)).Append("\n    title: Book ").Append(Number(b)).Append("\n    author: ").Append(id).Append('\n');
            }
            result.Add(new InMemoryDataFile(string.Format(CultureInfo.InvariantCulture, "/data/part-{0:000}.yaml", f), yaml.ToString()));
        }
        return result.ToImmutableArray();
    }
}
