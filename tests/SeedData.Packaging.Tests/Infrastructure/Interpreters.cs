using System;
using System.IO;
using System.Linq;
using Xunit;

namespace SeedData.Packaging.Tests.Infrastructure;

/// <summary>
/// The Python and R that run the documentation's Python and R snippets: a python3 that has pandas (Debian's
/// /usr/bin/python3 first, since another on PATH, such as pyenv's, may lack it) and an Rscript that has readr,
/// jsonlite, tidyr and ggplot2 (tests/notebooks/install.sh installs Debian's).
/// </summary>
internal static class Interpreters
{
    private static readonly Lazy<(string? Python, string? Rscript, string? SkipReason)> Found = new(Find);

    public static string? Python => Found.Value.Python;

    public static string? Rscript => Found.Value.Rscript;

    public static string? SkipReason => Found.Value.SkipReason;

    private static (string?, string?, string?) Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string? python = new[] { "/usr/bin/python3" }.Concat(onPath.Select(f => Path.Combine(f, "python3")))
            .Where(File.Exists)
            .FirstOrDefault(p => DotNet.RunProgram(p, Path.GetTempPath(), null, TimeSpan.FromMinutes(1), "-c", "import pandas").ExitCode == 0);
        string? rscript = onPath.Select(f => Path.Combine(f, "Rscript")).FirstOrDefault(File.Exists);
        bool rPackages = rscript is not null && DotNet.RunProgram(rscript, Path.GetTempPath(), null, TimeSpan.FromMinutes(1),
            "-e", "library(readr); library(jsonlite); library(tidyr); library(ggplot2)").ExitCode == 0;
        string? reason = python is null ? "No python3 with pandas"
            : rscript is null ? "No Rscript"
            : !rPackages ? "Rscript lacks readr, jsonlite, tidyr or ggplot2"
            : null;
        return (python, rscript, reason is null ? null : reason + ": run tests/notebooks/install.sh (Debian's python3-pandas and r-cran-* packages).");
    }
}

/// <summary>A test that runs Python and R: skipped, with the reason, where they or their packages are missing.</summary>
public sealed class InterpretersFactAttribute : FactAttribute
{
    public InterpretersFactAttribute()
    {
        if (Interpreters.SkipReason is { } reason) Skip = reason;
    }
}
