using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
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

/// <summary>
/// A minimal W3C WebDriver client for chromedriver, over HTTP on the loopback interface: a session of headless
/// Chromium with a fresh profile and no background networking (the closed network refuses it otherwise).
/// </summary>
internal sealed class WebDriver : IDisposable
{
    private readonly Process driver;
    private readonly HttpClient http;
    private readonly string session;
    private readonly string profile = Path.Combine(Path.GetTempPath(), "seeddata-chromium-" + Guid.NewGuid().ToString("N"));

    public WebDriver(int width = 1400, int height = 1000)
    {
        int port = FreePort();
        driver = Process.Start(new ProcessStartInfo(Chromium.Driver!, [$"--port={port}", "--allowed-ips=127.0.0.1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        driver.OutputDataReceived += (_, _) => { };
        driver.ErrorDataReceived += (_, _) => { };
        driver.BeginOutputReadLine();
        driver.BeginErrorReadLine();
        http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                if (http.GetAsync("status").Result.IsSuccessStatusCode) break;
            }
            catch (AggregateException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline) throw new TimeoutException("chromedriver did not start");
            Thread.Sleep(100);
        }

        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
            $"--user-data-dir={profile}", $"--window-size={width},{height}",
        ];
        var capabilities = new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["alwaysMatch"] = new JsonObject
                {
                    ["browserName"] = "chrome",
                    ["goog:chromeOptions"] = new JsonObject
                    {
                        ["binary"] = Chromium.Browser,
                        ["args"] = new JsonArray(arguments.Select(a => (JsonNode)a!).ToArray()),
                    },
                },
            },
        };
        session = Send(HttpMethod.Post, "session", capabilities)!["sessionId"]!.GetValue<string>();
    }

    public void Navigate(string url) => Send(HttpMethod.Post, $"session/{session}/url", new JsonObject { ["url"] = url });

    /// <summary>Runs a script in the page and returns its result.</summary>
    public JsonNode? Execute(string script, params JsonNode?[] arguments)
        => Send(HttpMethod.Post, $"session/{session}/execute/sync", new JsonObject { ["script"] = script, ["args"] = new JsonArray(arguments) });

    /// <summary>Clicks the element the CSS selector finds, as a user would (the driver scrolls it into view first).</summary>
    public void Click(string css)
    {
        var found = Send(HttpMethod.Post, $"session/{session}/element", new JsonObject { ["using"] = "css selector", ["value"] = css });
        string element = found!.AsObject().First().Value!.GetValue<string>();
        Send(HttpMethod.Post, $"session/{session}/element/{element}/click", new JsonObject());
    }

    public byte[] Screenshot() => Convert.FromBase64String(Send(HttpMethod.Get, $"session/{session}/screenshot", null)!.GetValue<string>());

    private JsonNode? Send(HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = http.Send(request);
        string text = response.Content.ReadAsStringAsync().Result;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"WebDriver {method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["value"];
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"session/{session}");
            http.Send(request).Dispose();
        }
        catch (HttpRequestException)
        {
        }
        catch (System.Threading.Tasks.TaskCanceledException)
        {
        }

        http.Dispose();
        if (!driver.HasExited)
        {
            driver.Kill(entireProcessTree: true);
            driver.WaitForExit();
        }

        driver.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
