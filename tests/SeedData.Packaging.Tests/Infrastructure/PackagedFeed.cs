using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SeedData.Packaging.Tests.Infrastructure;

/// <summary>
/// One clean slate per test run: packs SeedData and SeedData.Generator (Release, as <c>build.sh</c> does)
/// into a fresh temporary feed, with a fresh private NuGet packages folder that every consumer project of
/// the run restores into, so nothing cached by an earlier pack of the same version can stand in for it.
/// Set <c>SEEDDATA_TEST_FEED</c> to a folder of already-packed packages (e.g. the repository's nuget/)
/// to test those instead of packing; set <c>SEEDDATA_KEEP_TEMP=1</c> to keep the temporary directory.
/// </summary>
public sealed class PackagedFeed : IDisposable
{
    public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(4);

    private readonly IMessageSink _log;

    public PackagedFeed(IMessageSink log)
    {
        _log = log;
        Root = Path.Combine(Path.GetTempPath(), "seeddata-packaging-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("N")[..8]);
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(PackagesFolder);

        string? given = Environment.GetEnvironmentVariable("SEEDDATA_TEST_FEED");
        if (!string.IsNullOrWhiteSpace(given))
        {
            Feed = Path.GetFullPath(given);
            Log("Testing the packages already in " + Feed);
        }
        else
        {
            Feed = Path.Combine(Root, "feed");
            Directory.CreateDirectory(Feed);
            string artifacts = Path.Combine(Root, "artifacts");
            foreach (string project in new[] { Repo.GeneratorProject, Repo.DatasetProject })
            {
                // --artifacts-path keeps this build out of the repository's bin/ and obj/, which a concurrent
                // `dotnet test` of the solution is using.
                var pack = Infrastructure.DotNet.Run(Repo.Root, null, PackTimeout,
                    "pack", project, "-c", "Release", "-o", Feed, "--artifacts-path", artifacts);
                Log(pack.Command + $": exit {pack.ExitCode} in {pack.Duration.TotalSeconds:0.0}s");
                if (pack.ExitCode != 0) throw new InvalidOperationException("Packing failed: " + pack);
            }
        }

        Version = Repo.SeedDataVersion;
        DatasetPackage = Path.Combine(Feed, $"SeedData.{Version}.nupkg");
        DatasetSymbolsPackage = Path.Combine(Feed, $"SeedData.{Version}.snupkg");
        GeneratorPackage = Path.Combine(Feed, $"SeedData.Generator.{Version}.nupkg");
        foreach (string package in new[] { DatasetPackage, GeneratorPackage })
        {
            if (!File.Exists(package))
            {
                throw new InvalidOperationException($"{package} is missing; the feed holds: "
                    + string.Join(", ", Directory.GetFiles(Feed).Select(Path.GetFileName)));
            }
        }
    }

    /// <summary>The temporary directory of this run: feed, packages folder and consumer projects.</summary>
    public string Root { get; }

    /// <summary>The folder the packages were packed into; the consumers' NuGet.config names it as a source.</summary>
    public string Feed { get; }

    /// <summary>The private NuGet global packages folder of this run.</summary>
    public string PackagesFolder { get; }

    /// <summary>The version both packages were packed with.</summary>
    public string Version { get; }

    public string DatasetPackage { get; }

    public string DatasetSymbolsPackage { get; }

    public string GeneratorPackage { get; }

    /// <summary>
    /// A new, empty project directory outside the repository that sees nothing of it but the packages:
    /// a NuGet.config with the feed and nuget.org as its only sources and the private packages folder, and
    /// empty Directory.Build.props/targets and Directory.Packages.props so no parent directory's leak in.
    /// </summary>
    public string NewConsumer(string name)
    {
        string dir = Path.Combine(Root, "consumers", name);
        if (Directory.Exists(dir)) throw new InvalidOperationException(dir + " already exists: give each consumer its own name.");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "NuGet.config"), NuGetConfig(Feed, PackagesFolder));
        const string Stop = "<Project>\n  <!-- Empty on purpose: stops MSBuild from importing this file from a parent directory. -->\n</Project>\n";
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), Stop);
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), Stop);
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), Stop);
        return dir;
    }

    /// <summary>Runs <c>dotnet</c> in a consumer directory, restoring into the private packages folder.</summary>
    public ProcessResult Run(string workingDirectory, params string[] arguments)
        => Run(workingDirectory, CommandTimeout, arguments);

    public ProcessResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var result = Infrastructure.DotNet.Run(workingDirectory,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder }, timeout, arguments);
        Log(result.Command + $": exit {result.ExitCode} in {result.Duration.TotalSeconds:0.0}s");
        return result;
    }

    /// <summary>Copies a directory tree, leaving out build output.</summary>
    public static void CopyTree(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            string first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj") continue;
            string target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public static string NuGetConfig(string feed, string packagesFolder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{packagesFolder}" />
          </config>
          <packageSources>
            <clear />
            <add key="seeddata-local" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="seeddata-local">
              <package pattern="SeedData" />
              <package pattern="SeedData.*" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>

        """;

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("SEEDDATA_KEEP_TEMP") == "1")
        {
            Log("Kept " + Root);
            return;
        }
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException e) { Log("Could not delete " + Root + ": " + e.Message); }
        catch (UnauthorizedAccessException e) { Log("Could not delete " + Root + ": " + e.Message); }
    }

    private void Log(string message) => _log.OnMessage(new DiagnosticMessage("[packaging] " + message));
}

[CollectionDefinition(Name)]
public sealed class PackagedFeedCollection : ICollectionFixture<PackagedFeed>
{
    public const string Name = "Packaged feed";
}
