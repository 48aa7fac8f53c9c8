using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SeedData.Packaging.Tests.Infrastructure;

/// <summary>The repository these tests belong to: where its projects and samples are.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string GeneratorProject => Path.Combine(Root, "src", "SeedData.Generator", "SeedData.Generator.csproj");

    public static string DatasetProject => Path.Combine(Root, "src", "SeedData", "SeedData.csproj");

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The one version both packages ship with, from <c>Directory.Build.props</c>.</summary>
    public static string SeedDataVersion { get; } = ReadVersion();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeedData.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find SeedData.sln above " + AppContext.BaseDirectory);
    }

    private static string ReadVersion()
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
        return props.Descendants("SeedDataVersion").Single().Value.Trim();
    }
}
