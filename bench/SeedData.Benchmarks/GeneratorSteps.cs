using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SeedData.Benchmarks;

/// <summary>
/// Where one generator run spends its time: each tracked pipeline step's elapsed time as the driver reports it, and
/// the run as a whole, against a plain YamlDotNet parse of the same files timed in the same process. A diagnosis
/// for the GeneratorBenchmarks ratio, not a benchmark of its own: medians of a few warm runs.
/// <c>dotnet run -c Release --project bench/SeedData.Benchmarks -- steps [records] [indexed]</c> (indexed: the records with two
/// indexes per collection, <see cref="SyntheticData.IndexedRecords"/>)
/// </summary>
internal static class GeneratorSteps
{
    public static int Run(string[] args)
    {
        int records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var data = SyntheticData.Create(records);
        var files = data.YamlFiles().ToList();
        var texts = files.Select(f => (AdditionalText)new InMemoryDataFile("/data/" + f.Name, f.Yaml)).ToImmutableArray();
        bool indexed = args.Length > 1 && args[1] == "indexed";
        var compilation = InProcess.Compilation(indexed ? SyntheticData.IndexedRecords : SyntheticData.Records);

        var parse = new List<double>();
        var total = new List<double>();
        var parseAllocated = new List<double>();
        var allocated = new List<double>();
        var parsePause = new List<double>();
        var pause = new List<double>();
        var steps = new Dictionary<string, List<double>>();
        for (int run = 0; run < 7; run++)
        {
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            int events = GeneratorBenchmarks.ParseEvents(files.Select(f => f.Yaml));
            parse.Add(clock.Elapsed.TotalMilliseconds);
            parseAllocated.Add((GC.GetAllocatedBytesForCurrentThread() - bytes) / 1e6);
            parsePause.Add((GC.GetTotalPauseDuration() - paused).TotalMilliseconds);

            var driver = InProcess.Driver(texts, trackSteps: true);
            bytes = GC.GetAllocatedBytesForCurrentThread();
            paused = GC.GetTotalPauseDuration();
            clock.Restart();
            var result = driver.RunGenerators(compilation).GetRunResult().Results[0];
            total.Add(clock.Elapsed.TotalMilliseconds);
            allocated.Add((GC.GetAllocatedBytesForCurrentThread() - bytes) / 1e6);
            pause.Add((GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
            foreach (var (name, runs) in result.TrackedSteps)
            {
                if (!steps.TryGetValue(name, out var list)) steps[name] = list = new List<double>();
                list.Add(runs.Sum(r => r.ElapsedTime.TotalMilliseconds));
            }
            if (run == 0) Console.WriteLine($"{records:N0} records{(indexed ? ", two indexes per collection," : "")} in {files.Count} files, {events:N0} YAML events, {result.GeneratedSources.Length} generated files, {result.GeneratedSources.Sum(s => s.SourceText.Length):N0} characters");
        }
        Console.WriteLine($"YamlDotNet parse   {Median(parse),9:F1} ms, {Median(parseAllocated),7:F1} MB allocated, {Median(parsePause),6:F1} ms in GC pauses");
        Console.WriteLine($"generator run      {Median(total),9:F1} ms, {Median(allocated),7:F1} MB allocated, {Median(pause),6:F1} ms in GC pauses ({Median(total) / Median(parse):F2}x the parse)");
        foreach (var (name, list) in steps.OrderByDescending(s => Median(s.Value)))
        {
            Console.WriteLine($"  step {name,-14}{Median(list),9:F1} ms");
        }
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
