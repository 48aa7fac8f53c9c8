using System;
using System.Linq;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>Golden files of the generated code for representative inputs.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void News_sample()
    {
        var output = GeneratorHarness.Run(Samples.NewsRecords,
            DataFile.Yaml("actors.yaml", Samples.NewsActors), DataFile.Yaml("statements.yaml", Samples.NewsStatements));
        Assert.Empty(output.GeneratorDiagnostics);
        foreach (var (hintName, text) in output.Sources)
        {
            Snapshot.Verify("News." + hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), text);
        }
    }

    [Fact]
    public void All_value_types()
    {
        var output = GeneratorHarness.Run(Samples.AllTypesRecords, DataFile.Yaml("all.yaml", Samples.AllTypesData));
        Assert.Empty(output.GeneratorDiagnostics);
        Snapshot.Verify("AllTypes.Store", output.Source("Catalog.Store.g.cs"));
        Snapshot.Verify("AllTypes.SampleMembers", output.Source("Types.Sample.Members.g.cs"));
    }

    [Fact]
    public void Large_collections_are_built_in_methods_of_bounded_size()
    {
        var yaml = "actors:\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"  - {{ id: actor-{i}, name: Actor {i}, kind: person }}\n"));
        var output = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("many.yaml", yaml));
        Assert.Empty(output.GeneratorDiagnostics);
        string store = output.Source("News.Data.Store.g.cs");
        Assert.Contains("private static void Build2()", store);
        Assert.DoesNotContain("Build3", store);
        var actors = output.Load().GetType("News.Data")!.GetProperty("Actors")!.GetValue(null)!;
        Assert.Equal(150, ((System.Collections.IEnumerable)actors).Cast<object>().Count());
    }
}
