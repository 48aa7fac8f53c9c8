using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Generator.Tests;

public sealed class LineDirectiveTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var built = GeneratorHarness.Run(Samples.NewsRecords, DataFile.Yaml("actors.yaml", Samples.NewsActors), DataFile.Yaml("statements.yaml", Samples.NewsStatements));
        output.WriteLine(built.Source("Data.Actors.g.cs"));
        foreach (var d in built.GeneratorDiagnostics.Concat(built.CompilationProblems)) output.WriteLine(d.ToString());
        var type = built.Compilation.GetTypeByMetadataName("News.Data+ActorsCollection")!;
        foreach (var member in type.GetMembers().OfType<IPropertySymbol>())
        {
            var location = member.Locations[0];
            output.WriteLine(member.Name + ": " + location.GetMappedLineSpan() + " / " + location.GetLineSpan());
        }
    }
}
