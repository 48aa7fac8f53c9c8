using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SeedData.Benchmarks.Scale;

internal sealed record BuildResult(bool Succeeded, double Seconds, double PeakMb, string Errors);

/// <summary>Builds and runs the harness's projects and reads off what they cost.</summary>
internal static class Measure
{
    public static BuildResult Build(string dir)
    {
        Shell.Check(Shell.Run("dotnet", "restore -v:q -nologo", dir));
        return TimedBuild(dir);
    }

    /// <summary>
    /// Builds each project <paramref name="runs"/> times, the projects in turns, so that a slow moment of the machine falls
    /// on all of them: each build after the first touches <c>Program.cs</c>, so the compiler and the generator run again
    /// from cold. Each project's result is the median of its builds' times and peaks.
    /// </summary>
    public static BuildResult[] BuildsInTurns(int runs, params string[] dirs)
    {
        foreach (string dir in dirs) Shell.Check(Shell.Run("dotnet", "restore -v:q -nologo", dir));
        var results = dirs.Select(_ => new List<BuildResult>()).ToArray();
        for (int run = 0; run < runs; run++)
        {
            for (int d = 0; d < dirs.Length; d++)
            {
                if (run > 0) File.SetLastWriteTimeUtc(Path.Combine(dirs[d], "Program.cs"), DateTime.UtcNow);
                results[d].Add(TimedBuild(dirs[d]));
            }
        }
        return results.Select(builds => new BuildResult(
            builds.All(b => b.Succeeded),
            Median(builds.Select(b => b.Seconds)),
            Median(builds.Select(b => b.PeakMb)),
            builds.Select(b => b.Errors).FirstOrDefault(e => e.Length > 0) ?? string.Empty)).ToArray();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static BuildResult EditAndRebuild(string dir, string file)
    {
        // One line of one data file changes (its leading comment), so the next build must run the compiler again.
        string text = File.ReadAllText(file);
        int end = text.IndexOf('\n');
        File.WriteAllText(file, text.Substring(0, end) + " (edited)" + text.Substring(end));
        return TimedBuild(dir);
    }

    private static BuildResult TimedBuild(string dir)
    {
        var run = Shell.Run("/usr/bin/time", "-v dotnet build --no-restore -p:UseSharedCompilation=false -p:TreatWarningsAsErrors=false -nodeReuse:false -m:1 -v:q -nologo -clp:ErrorsOnly", dir);
        var elapsed = Regex.Match(run.Output, @"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)");
        var peak = Regex.Match(run.Output, @"Maximum resident set size \(kbytes\): (\d+)");
        if (!elapsed.Success || !peak.Success) throw new InvalidOperationException("/usr/bin/time -v printed no figures:\n" + run.Output);
        string errors = string.Join("\n", run.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(5));
        return new BuildResult(run.ExitCode == 0, Seconds(elapsed.Groups[1].Value), double.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture) / 1024, errors);
    }

    public static void ReleaseBuild(string dir)
        => Shell.Check(Shell.Run("dotnet", "build -c Release -p:TreatWarningsAsErrors=false -v:q -nologo", dir));

    public static double RunMs(string dir, string arguments)
        => double.Parse(Regex.Match(Probe(dir, arguments), @"ms ([0-9.]+)").Groups[1].Value, CultureInfo.InvariantCulture);

    public static (long Total, int Largest) Il(string dir)
    {
        var match = Regex.Match(Probe(dir, "il"), @"il (\d+) largest (\d+)");
        return (long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>How many records a fresh process of the project built: the check that a size ran on real data.</summary>
    public static int RecordsBuilt(string dir)
        => int.Parse(Regex.Match(Probe(dir, "first-access"), @"records (-?\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>Runs the measurements in turns, <paramref name="runs"/> rounds, and gives each one's median.</summary>
    public static double[] MedianInTurns(int runs, params Func<double>[] measurements)
    {
        var values = measurements.Select(_ => new List<double>()).ToArray();
        for (int run = 0; run < runs; run++)
            for (int m = 0; m < measurements.Length; m++) values[m].Add(measurements[m]());
        return values.Select(v => v.OrderBy(x => x).ElementAt(v.Count / 2)).ToArray();
    }

    /// <summary>What one record by key read in a fresh process (its speaker's name length plus its audience), or -1 when not found.</summary>
    public static int Found(string dir, string id)
        => int.Parse(Regex.Match(Probe(dir, "first-record " + id), @"found (-?\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

    private static string Probe(string dir, string arguments)
    {
        string dll = Directory.GetFiles(Path.Combine(dir, "bin", "Release", "net10.0"), "*.dll").Single(f => Path.GetFileName(f) is "Seed.dll" or "Json.dll" or "Floor.dll");
        var run = Shell.Run("dotnet", "\"" + dll + "\" " + arguments, dir);
        Shell.Check(run);
        return run.Output;
    }

    private static double Seconds(string text)
    {
        var parts = text.Split(':').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).Reverse().ToArray();
        return parts[0] + (parts.Length > 1 ? parts[1] * 60 : 0) + (parts.Length > 2 ? parts[2] * 3600 : 0);
    }
}

internal static class Shell
{
    public sealed record Result(int ExitCode, string Output, string Command);

    public static Result Run(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, output + error.Result, file + " " + arguments);
    }

    public static void Check(Result result)
    {
        if (result.ExitCode != 0) throw new InvalidOperationException($"'{result.Command}' exited with {result.ExitCode}:\n{result.Output}");
    }
}
