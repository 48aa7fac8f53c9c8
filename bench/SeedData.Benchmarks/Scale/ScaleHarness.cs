using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SeedData.Benchmarks.Scale;

/// <summary>
/// The scale harness: build cost, compiler memory, first access and one record by key of generated SeedData against
/// baselines measured in the same run, from 0 to 1,000,000 records (bench/README.md).
/// <para>
/// For each size N it writes four projects with the same <see cref="SyntheticData"/>: <c>seed-N</c> (records,
/// [SeedDataset], the 100 YAML files as &lt;SeedDataFile&gt;), <c>indexed-N</c> (the same with two [SeedIndex] per
/// collection), <c>json-N</c>, the baseline, what a user would do otherwise (the same data as one embedded JSON
/// resource, read on first access by a System.Text.Json source-generated context, references linked through a
/// Dictionary), and <c>floor-N</c>, the same object graph from UTF-8 already in memory, one GetString per string.
/// Builds run under /usr/bin/time -v with the compiler server off and one MSBuild node, so the peak resident set is the
/// compiler's (or MSBuild's, whichever is larger); each project is built --runs times in turns with the others, and the
/// median reported. Run-time figures come from fresh processes of a Release build, the median of --runs runs.
/// </para>
/// </summary>
internal static class ScaleHarness
{
    public static int Run(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var options = ScaleOptions.Parse(args);
        string repo = FindRepo();
        string work = options.Work ?? Path.Combine(repo, "bench", "scale", "work");
        string output = options.Out ?? Path.Combine(repo, "bench", "scale", "results");
        Directory.CreateDirectory(work);
        Directory.CreateDirectory(output);

        Console.WriteLine("== generator: dotnet build src/SeedData.Generator -c Release");
        Shell.Check(Shell.Run("dotnet", "build src/SeedData.Generator/SeedData.Generator.csproj -c Release -v:q -nologo", repo));
        string generatorBin = Path.Combine(repo, "src", "SeedData.Generator", "bin", "Release", "netstandard2.0");
        // --against: another checkout's generator (an earlier commit) builds the same seed project, measured in the same run.
        string? againstBin = null;
        if (options.Against is not null)
        {
            Console.WriteLine($"== generator to compare against: dotnet build src/SeedData.Generator -c Release in {options.Against}");
            Shell.Check(Shell.Run("dotnet", "build src/SeedData.Generator/SeedData.Generator.csproj -c Release -v:q -nologo", options.Against));
            againstBin = Path.Combine(options.Against, "src", "SeedData.Generator", "bin", "Release", "netstandard2.0");
        }

        // The first build of a run pays for cold disk caches and a cold SDK; build once, unmeasured, so that the 0-record
        // build every ratio is taken against does not.
        Console.WriteLine("== warm-up build (not measured)");
        Measure.Build(ScaleProjects.WriteSeed(Path.Combine(work, "warm-up"), repo, generatorBin, SyntheticData.Create(0), SyntheticData.Records));

        var rows = new List<ScaleRow>();
        foreach (int size in options.Sizes)
        {
            Console.WriteLine($"== {size:N0} records");
            var data = SyntheticData.Create(size);
            string seed = ScaleProjects.WriteSeed(Path.Combine(work, $"seed-{size}"), repo, generatorBin, data, SyntheticData.Records);
            string indexed = ScaleProjects.WriteSeed(Path.Combine(work, $"indexed-{size}"), repo, generatorBin, data, SyntheticData.IndexedRecords);
            string json = ScaleProjects.WriteJson(Path.Combine(work, $"json-{size}"), data);
            string floor = ScaleProjects.WriteFloor(Path.Combine(work, $"floor-{size}"), data);
            string? against = againstBin is null ? null : ScaleProjects.WriteSeed(Path.Combine(work, $"against-{size}"), options.Against!, againstBin, data, SyntheticData.Records);

            var builds = Measure.BuildsInTurns(options.Runs, new[] { seed, indexed, json, against }.OfType<string>().ToArray());
            var (build, indexedBuild, baselineBuild, againstBuild) = (builds[0], builds[1], builds[2], against is null ? null : builds[3]);
            var edit = Measure.EditAndRebuild(seed, Path.Combine(seed, "data", "part-050.yaml"));
            foreach (string? dir in new[] { seed, indexed, json, floor, against }) if (dir is not null) Measure.ReleaseBuild(dir);
            string recordId = data.Statements.Count > 0 ? data.Statements[data.Statements.Count / 2].Id : "none";
            // The three first accesses in turns, run by run, so that a slow moment of the machine falls on all of them.
            var firstAccess = Measure.MedianInTurns(options.Runs, () => Measure.RunMs(seed, "first-access"), () => Measure.RunMs(json, "first-access"), () => Measure.RunMs(floor, "first-access"),
                () => against is null ? double.NaN : Measure.RunMs(against, "first-access"));
            var firstRecord = Measure.MedianInTurns(options.Runs, () => Measure.RunMs(seed, "first-record " + recordId), () => Measure.RunMs(json, "first-record " + recordId));
            var row = new ScaleRow(
                size,
                build,
                edit,
                indexedBuild,
                baselineBuild,
                firstAccess[0],
                firstAccess[1],
                firstAccess[2],
                firstRecord[0],
                firstRecord[1],
                Measure.Il(seed),
                Measure.RecordsBuilt(seed),
                Measure.RecordsBuilt(indexed) == data.Count && Measure.RecordsBuilt(floor) == data.Count,
                Measure.Found(seed, recordId) is var found && found == Measure.Found(json, recordId) && (size == 0) == (found < 0),
                againstBuild,
                firstAccess[3]);
            rows.Add(row);
            Console.WriteLine(row.Describe());
        }

        var catalog = new List<CatalogRow>();
        if (options.Catalog)
        {
            foreach (int records in new[] { 0, 5000 })
            {
                Console.WriteLine($"== library catalogue, {records:N0} records");
                string dir = ScaleProjects.WriteCatalog(Path.Combine(work, $"catalog-{records}"), repo, generatorBin, records);
                var build = Measure.Build(dir);
                var edit = Measure.EditAndRebuild(dir, Path.Combine(dir, "data", "catalog-050.yaml"));
                catalog.Add(new CatalogRow(records, build, edit));
                Console.WriteLine($"   build {build.Seconds:F1} s, {build.PeakMb:N0} MB; one-line edit rebuild {edit.Seconds:F1} s");
            }
        }

        ScaleReport.Write(output, rows, catalog, options.Runs);
        if (options.Plot is not null) ScaleReport.Plot(rows, options.Plot, output);
        return options.Smoke ? ScaleReport.Smoke(rows) : 0;
    }

    private static string FindRepo()
    {
        var directory = new DirectoryInfo(Environment.CurrentDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SeedData.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the SeedData repository.");
    }
}

internal sealed record ScaleOptions(int[] Sizes, int Runs, bool Catalog, bool Smoke, string? Work, string? Out, string? Plot, string? Against)
{
    public static ScaleOptions Parse(string[] args)
    {
        int[] sizes = { 0, 1_000, 10_000, 100_000 };
        int runs = 3;
        bool catalog = false, smoke = false;
        string? work = null, output = null, plot = null, against = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes": sizes = args[++i].Split(',').Select(s => int.Parse(s.Replace("_", string.Empty), CultureInfo.InvariantCulture)).ToArray(); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--catalog": catalog = true; break;
                case "--smoke": smoke = true; break;
                case "--work": work = Path.GetFullPath(args[++i]); break;
                case "--out": output = Path.GetFullPath(args[++i]); break;
                case "--plot": plot = Path.GetFullPath(args[++i]); break;
                case "--against": against = Path.GetFullPath(args[++i]); break;
                default: throw new ArgumentException("Unknown option " + args[i]);
            }
        }
        // Every ratio is against the 0-record build of the same run.
        if (!sizes.Contains(0)) sizes = sizes.Prepend(0).ToArray();
        return new ScaleOptions(sizes, runs, catalog, smoke, work, output, plot, against);
    }
}
