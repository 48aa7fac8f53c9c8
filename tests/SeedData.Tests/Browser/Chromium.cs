using System;
using System.IO;
using System.Linq;
using OpenQA.Selenium.Chrome;
using Xunit;

namespace SeedData.Tests.Browser;

/// <summary>
/// Where headless Chromium and its driver are: the Debian packages <c>chromium</c> and <c>chromium-driver</c>
/// (tests/browser/install.sh), or <c>CHROMIUM</c> and <c>CHROMEDRIVER</c> naming the executables.
/// </summary>
internal static class Chromium
{
    public static string? Browser { get; } = Find("CHROMIUM", "chromium", "chromium-browser", "google-chrome");

    public static string? Driver { get; } = Find("CHROMEDRIVER", "chromedriver");

    public static string? SkipReason => Browser is null || Driver is null
        ? $"Headless Chromium is not installed (browser: {Browser ?? "not found"}, driver: {Driver ?? "not found"}): run tests/browser/install.sh, or set CHROMIUM and CHROMEDRIVER."
        : null;

    /// <summary>
    /// A Selenium session of headless Chromium with a fresh profile and no background networking (the closed
    /// network refuses it otherwise). The driver is named outright, so Selenium Manager never tries to download one.
    /// </summary>
    public static ChromeDriver Start(int width = 1400, int height = 1000)
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
            $"--window-size={width},{height}");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private static string? Find(string variable, params string[] names)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given) return File.Exists(given) ? given : null;
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(n => folders.Select(f => Path.Combine(f, n))).FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs a real browser: skipped, with the reason, when Chromium or its driver is missing.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}
