using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SeedData.Benchmarks.Scale;

/// <param name="OthersBuiltAll">The indexed and floor projects' first accesses built every record too.</param>
/// <param name="RecordFound">One record by key read the same values as the baseline's (and found none with no data).</param>
internal sealed record ScaleRow(int Records, BuildResult Build, BuildResult Edit, BuildResult IndexedBuild, BuildResult BaselineBuild,
    double FirstAccessMs, double BaselineFirstAccessMs, double FloorFirstAccessMs, double FirstRecordMs, double BaselineFirstRecordMs,
    (long Total, int Largest) Il, int RecordsBuilt, bool OthersBuiltAll, bool RecordFound, BuildResult? AgainstBuild, double AgainstFirstAccessMs)
{
    public string Describe()
        => $"   build {Build.Seconds:F1} s ({Status(Build)}), peak {Build.PeakMb:N0} MB; edit rebuild {Edit.Seconds:F1} s, {Edit.PeakMb:N0} MB; "
         + $"two indexes per collection: build {IndexedBuild.Seconds:F1} s ({Status(IndexedBuild)}), peak {IndexedBuild.PeakMb:N0} MB; "
         + $"first access {FirstAccessMs:F1} ms (baseline {BaselineFirstAccessMs:F1} ms, floor {FloorFirstAccessMs:F1} ms); "
         + $"one record by key {FirstRecordMs:F1} ms (baseline {BaselineFirstRecordMs:F1} ms, {(RecordFound ? "same values" : "VALUES DIFFER")}); "
         + $"IL {Il.Total:N0} bytes, largest method {Il.Largest:N0}; {RecordsBuilt:N0} records built"
         + (AgainstBuild is null ? "" : $"; the compared generator: build {AgainstBuild.Seconds:F1} s ({Status(AgainstBuild)}), peak {AgainstBuild.PeakMb:N0} MB, first access {AgainstFirstAccessMs:F1} ms");

    private static string Status(BuildResult build) => build.Succeeded ? "ok" : "FAILED " + build.Errors;
}

internal sealed record CatalogRow(int Records, BuildResult Build, BuildResult Edit);

internal static class ScaleReport
{
    public static void Write(string dir, List<ScaleRow> rows, List<CatalogRow> catalog, int runs)
    {
        var zero = rows.First(r => r.Records == 0);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"Scale benchmark, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}; builds (in turns, each from cold) and run-time figures are the median of {runs} runs; the edit rebuild is one build.\n\n");
        md.Append("| records | build s | build / 0 records | compiler peak MB | edit rebuild s | edit / 0 records | two indexes: build s | build / 0 records | compiler peak MB | ")
          .Append("first access ms | baseline ms | first access / baseline | floor ms | first access / floor | one record by key ms | baseline ms | generated IL bytes | largest method IL |\n");
        md.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in rows)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {r.Records:N0} | {r.Build.Seconds:F1}{(r.Build.Succeeded ? "" : " (failed)")} | {r.Build.Seconds / zero.Build.Seconds:F2} | {r.Build.PeakMb:N0} | {r.Edit.Seconds:F1} | {r.Edit.Seconds / zero.Edit.Seconds:F2} | ")
              .Append(CultureInfo.InvariantCulture, $"{r.IndexedBuild.Seconds:F1}{(r.IndexedBuild.Succeeded ? "" : " (failed)")} | {r.IndexedBuild.Seconds / zero.IndexedBuild.Seconds:F2} | {r.IndexedBuild.PeakMb:N0} | ")
              .Append(CultureInfo.InvariantCulture, $"{r.FirstAccessMs:F1} | {r.BaselineFirstAccessMs:F1} | {r.FirstAccessMs / r.BaselineFirstAccessMs:F2} | {r.FloorFirstAccessMs:F1} | {r.FirstAccessMs / r.FloorFirstAccessMs:F2} | ")
              .Append(CultureInfo.InvariantCulture, $"{r.FirstRecordMs:F1} | {r.BaselineFirstRecordMs:F1} | {r.Il.Total:N0} | {r.Il.Largest:N0} |\n");
        }
        if (rows.Any(r => r.AgainstBuild is not null))
        {
            md.Append("\nThe same seed project built by the generator of the checkout given to `--against`, in the same run (first accesses timed in turns with the others):\n\n")
              .Append("| records | build s | build / 0 records | compiler peak MB | this build / its build | first access ms | this first access / its first access |\n")
              .Append("|---:|---:|---:|---:|---:|---:|---:|\n");
            foreach (var r in rows.Where(r => r.AgainstBuild is not null))
            {
                md.Append(CultureInfo.InvariantCulture, $"| {r.Records:N0} | {r.AgainstBuild!.Seconds:F1} | {r.AgainstBuild.Seconds / zero.AgainstBuild!.Seconds:F2} | {r.AgainstBuild.PeakMb:N0} | ")
                  .Append(CultureInfo.InvariantCulture, $"{r.Build.Seconds / r.AgainstBuild.Seconds:F2} | {r.AgainstFirstAccessMs:F1} | {r.FirstAccessMs / r.AgainstFirstAccessMs:F2} |\n");
            }
        }
        if (catalog.Count == 2)
        {
            md.Append(CultureInfo.InvariantCulture, $"\nLibrary catalogue (a new user's project, 100 files): one-line edit rebuild {catalog[1].Edit.Seconds:F1} s at {catalog[1].Records:N0} records, ")
              .Append(CultureInfo.InvariantCulture, $"{catalog[0].Edit.Seconds:F1} s with no data: {catalog[1].Edit.Seconds / catalog[0].Edit.Seconds:F2}x; full build {catalog[1].Build.Seconds:F1} s, peak {catalog[1].Build.PeakMb:N0} MB.\n");
        }
        File.WriteAllText(Path.Combine(dir, "scale.md"), md.ToString());
        var csv = new StringBuilder("records,build_s,build_peak_mb,edit_s,edit_peak_mb,indexed_build_s,indexed_build_peak_mb,baseline_build_s,first_access_ms,baseline_first_access_ms,floor_first_access_ms,first_record_ms,baseline_first_record_ms,il_bytes,largest_method_il,records_built\n");
        foreach (var r in rows)
        {
            csv.Append(string.Join(",", r.Records.ToString(CultureInfo.InvariantCulture), F(r.Build.Seconds), F(r.Build.PeakMb), F(r.Edit.Seconds), F(r.Edit.PeakMb),
                F(r.IndexedBuild.Seconds), F(r.IndexedBuild.PeakMb), F(r.BaselineBuild.Seconds),
                F(r.FirstAccessMs), F(r.BaselineFirstAccessMs), F(r.FloorFirstAccessMs), F(r.FirstRecordMs), F(r.BaselineFirstRecordMs), r.Il.Total.ToString(CultureInfo.InvariantCulture),
                r.Il.Largest.ToString(CultureInfo.InvariantCulture), r.RecordsBuilt.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }
        File.WriteAllText(Path.Combine(dir, "scale.csv"), csv.ToString());
        Console.WriteLine();
        Console.Write(md);
        Console.WriteLine($"written: {Path.Combine(dir, "scale.md")}, scale.csv");
    }

    /// <summary>Build time and first access against record count, generated and baseline, log-log, drawn by gnuplot.</summary>
    public static void Plot(List<ScaleRow> rows, string png, string dir)
    {
        string dat = Path.Combine(dir, "scale.dat");
        File.WriteAllLines(dat, rows.Where(r => r.Records > 0).Select(r => string.Join(" ", r.Records.ToString(CultureInfo.InvariantCulture),
            F(r.Build.Seconds), F(r.BaselineBuild.Seconds), F(r.FirstAccessMs), F(r.BaselineFirstAccessMs), F(r.FloorFirstAccessMs))));
        string script = $$"""
            set terminal pngcairo size 1100,460 font "DejaVu Sans,10"
            set output "{{png}}"
            set multiplot layout 1,2 title "SeedData (generated data) against an embedded JSON resource read by System.Text.Json (baseline), {{Environment.ProcessorCount}} cores"
            set logscale xy
            set grid
            set key top left
            set xlabel "records"
            set format x "10^{%L}"
            set title "Build time (compiler server off)"
            set ylabel "seconds"
            plot "{{dat}}" using 1:2 with linespoints lw 2 pt 7 title "SeedData", "{{dat}}" using 1:3 with linespoints lw 2 pt 5 dt 2 title "baseline"
            set title "First access: every record built and linked"
            set ylabel "milliseconds"
            plot "{{dat}}" using 1:4 with linespoints lw 2 pt 7 title "SeedData", "{{dat}}" using 1:5 with linespoints lw 2 pt 5 dt 2 title "baseline", "{{dat}}" using 1:6 with linespoints lw 2 pt 9 dt 3 title "floor"
            unset multiplot
            """;
        string gp = Path.Combine(dir, "scale.gp");
        File.WriteAllText(gp, script);
        var run = Shell.Run("gnuplot", "\"" + gp + "\"", dir);
        Console.WriteLine(run.ExitCode == 0 ? "plot: " + png : "gnuplot failed (apt-get install gnuplot-nox): " + run.Output);
    }

    /// <summary>CI's smoke run: it fails when a build fails or the data did not come out whole.</summary>
    public static int Smoke(List<ScaleRow> rows)
    {
        int failures = 0;
        foreach (var r in rows)
        {
            bool ok = r.Build.Succeeded && r.Edit.Succeeded && r.IndexedBuild.Succeeded && r.RecordsBuilt == r.Records && r.OthersBuiltAll && r.RecordFound && r.Il.Largest < 60_000;
            Console.WriteLine($"smoke: {r.Records:N0} records: build {(r.Build.Succeeded ? "ok" : "failed")}, edit rebuild {(r.Edit.Succeeded ? "ok" : "failed")}, "
                + $"build with two indexes {(r.IndexedBuild.Succeeded ? "ok" : "failed")}, {r.RecordsBuilt:N0} records built (indexed and floor: {(r.OthersBuiltAll ? "the same" : "DIFFERENT")}), "
                + $"one record by key {(r.RecordFound ? "as the baseline's" : "NOT as the baseline's")}, largest method {r.Il.Largest:N0} bytes of IL: {(ok ? "ok" : "FAILED")}");
            if (!ok) failures++;
        }
        return failures == 0 ? 0 : 1;
    }

    private static string F(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
