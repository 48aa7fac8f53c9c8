using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>The pipeline caches per file and holds no compiler objects in its models (Roslyn cookbook rules).</summary>
public sealed class IncrementalTests
{
    private static readonly DataFile Actors = DataFile.Yaml("actors.yaml", Samples.NewsActors);
    private static readonly DataFile Statements = DataFile.Yaml("statements.yaml", Samples.NewsStatements);

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(params string[] extraSources)
    {
        var compilation = GeneratorHarness.Compilation(new[] { Samples.NewsRecords }.Concat(extraSources).ToArray());
        var driver = GeneratorHarness.Driver(new[] { Actors, Statements }).RunGenerators(compilation);
        return (driver, compilation);
    }

    [Fact]
    public void Editing_one_data_file_leaves_every_other_files_parse_step_cached()
    {
        var (driver, compilation) = FirstRun();
        var edited = DataFile.Yaml("statements.yaml", Samples.NewsStatements.Replace("Asked for guarantees first.", "Asked for guarantees before a deal."));
        driver = driver.ReplaceAdditionalText(Statements, edited).RunGenerators(compilation);

        var parseSteps = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ParsedFiles];
        var reasons = parseSteps.SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        var modelStep = Assert.Single(driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Model]);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(modelStep.Outputs).Reason);
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_all_outputs_cached_or_unchanged()
    {
        var (driver, compilation) = FirstRun("namespace Other; public static class Unrelated { public static int Value => 1; }");
        var oldTree = compilation.SyntaxTrees.Last();
        var newTree = CSharpSyntaxTree.ParseText("namespace Other; public static class Unrelated { public static int Value => 2; }", GeneratorHarness.ParseOptions, oldTree.FilePath);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree));

        var result = driver.GetRunResult().Results.Single();
        var reasons = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        foreach (var name in new[] { TrackingNames.ParsedFiles, TrackingNames.Records, TrackingNames.Model })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + ": " + o.Reason));
        }
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_compilations_syntax_or_locations()
    {
        var (driver, _) = FirstRun();
        var result = driver.GetRunResult().Results.Single();
        var forbidden = new[] { typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Diagnostic), typeof(SemanticModel) };
        int visited = 0;
        foreach (var name in new[] { TrackingNames.ParsedFiles, TrackingNames.Records, TrackingNames.Datasets, TrackingNames.Model })
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                visited += Walk(output.Value, forbidden, new HashSet<object>(ReferenceEqualityComparer.Instance), "<" + name + ">");
            }
        }
        Assert.True(visited > 50, "the walk should reach the model graph; it saw " + visited + " objects");
    }

    // Walks the object graph by reflection (as System.Text.Json's generator tests do) and fails on any
    // compiler object: those would pin whole compilations in the cache and defeat incrementality.
    private static int Walk(object? value, Type[] forbidden, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is Enum) return 0;
        var type = value.GetType();
        Assert.False(forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
        if (!type.IsValueType && !seen.Add(value)) return 0;
        int count = 1;
        if (value is IEnumerable sequence)
        {
            int i = 0;
            foreach (var item in sequence) count += Walk(item, forbidden, seen, $"{path}[{i++}]");
            return count;
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                count += Walk(field.GetValue(value), forbidden, seen, path + "." + field.Name);
            }
        }
        return count;
    }
}
