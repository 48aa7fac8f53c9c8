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
}
