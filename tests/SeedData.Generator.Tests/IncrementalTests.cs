using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// The pipeline redoes only what an edit touches: each data file is parsed on its own, declarations are
/// location-free, and models hold no compiler objects (Roslyn cookbook rules). Every test run by the harness also
/// runs the driver twice and asserts every step Cached or Unchanged; these tests name the edits.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly DataFile Actors = DataFile.Yaml("actors.yaml", Samples.NewsActors);
    private static readonly DataFile Statements = DataFile.Yaml("statements.yaml", Samples.NewsStatements);

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(params string[] sources)
    {
        var compilation = GeneratorHarness.Compilation(sources.Length == 0 ? new[] { Samples.NewsRecords } : sources);
        var driver = GeneratorHarness.Driver(new[] { Actors, Statements }).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static List<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result)
        => result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static bool IsReused(IncrementalStepRunReason reason) => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    [Fact]
    public void Editing_one_data_file_reparses_only_that_file()
    {
        var (driver, compilation) = FirstRun();
        var edited = DataFile.Yaml("statements.yaml", Samples.NewsStatements.Replace("Asked for guarantees first.", "Asked for guarantees before a deal."));
        var result = driver.ReplaceAdditionalText(Statements, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var bound = Reasons(result, TrackingNames.BoundFiles);
        Assert.Equal(2, bound.Count);
        Assert.Equal(1, bound.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, bound.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(Reasons(result, TrackingNames.Declarations), r => Assert.True(IsReused(r), r.ToString()));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.Linked)));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.Image)));
    }

    [Fact]
    public void A_comment_added_to_a_data_file_rebinds_that_file_and_relinks_and_re_emits_nothing()
    {
        var (driver, compilation) = FirstRun();
        var edited = DataFile.Yaml("statements.yaml", Samples.NewsStatements + "\n# Checked against the articles.\n");
        var result = driver.ReplaceAdditionalText(Statements, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // The file is read again, and binds to what it bound to before: nothing after it runs.
        var bound = Reasons(result, TrackingNames.BoundFiles);
        Assert.Equal(1, bound.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, bound.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.True(IsReused(Assert.Single(Reasons(result, TrackingNames.Linked))));
        Assert.True(IsReused(Assert.Single(Reasons(result, TrackingNames.Image))));
        Assert.All(OutputReasons(result), r => Assert.True(IsReused(r), r.ToString()));
    }

    [Fact]
    public void Editing_a_summary_re_emits_the_image_but_not_the_api_when_no_title_changes()
    {
        var (driver, compilation) = FirstRun();
        var edited = DataFile.Yaml("actors.yaml", Samples.NewsActors.Replace("wikidataId: Q324546", "wikidataId: Q1"));
        var result = driver.ReplaceAdditionalText(Actors, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.True(IsReused(Assert.Single(Reasons(result, TrackingNames.Api))));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.Image)));
    }

    [Fact]
    public void Editing_a_value_leaves_the_schema_alone_and_editing_a_doc_comment_touches_only_the_schema()
    {
        var (driver, compilation) = FirstRun();
        var edited = DataFile.Yaml("actors.yaml", Samples.NewsActors.Replace("wikidataId: Q324546", "wikidataId: Q1"));
        var result = driver.ReplaceAdditionalText(Actors, edited).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.True(IsReused(Assert.Single(Reasons(result, TrackingNames.ListedIds))));
        Assert.True(IsReused(Assert.Single(Reasons(result, TrackingNames.Docs))));

        var oldTree = compilation.SyntaxTrees.Single();
        var documented = Samples.NewsRecords.Replace("[SeedRecord(\"actors\")]", "/// <summary>Someone quoted.</summary>\n[SeedRecord(\"actors\")]", StringComparison.Ordinal);
        Assert.NotEqual(Samples.NewsRecords, documented);
        var newTree = CSharpSyntaxTree.ParseText(documented, GeneratorHarness.ParseOptions, oldTree.FilePath);
        result = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree)).GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.Docs)));
        foreach (var step in new[] { TrackingNames.Declarations, TrackingNames.BoundFiles, TrackingNames.Linked, TrackingNames.Api, TrackingNames.Image })
        {
            Assert.All(Reasons(result, step), r => Assert.True(IsReused(r), step + ": " + r));
        }
        var schema = result.GeneratedSources.Single(s => s.HintName.EndsWith(".JsonSchema.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("Someone quoted.", schema);
    }

    [Fact]
    public void Moving_a_record_declaration_re_emits_no_data()
    {
        var (driver, compilation) = FirstRun();
        var oldTree = compilation.SyntaxTrees.Single();
        // Blank lines and a comment above every declaration: every location moves, no shape changes.
        var moved = Samples.NewsRecords.Replace("[SeedRecord(", "\n\n// moved\n[SeedRecord(", StringComparison.Ordinal);
        var newTree = CSharpSyntaxTree.ParseText(moved, GeneratorHarness.ParseOptions, oldTree.FilePath);
        var result = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree)).GetRunResult().Results.Single();

        Assert.Contains(Reasons(result, TrackingNames.Records), r => r == IncrementalStepRunReason.Modified);
        foreach (var step in new[] { TrackingNames.Declarations, TrackingNames.BoundFiles, TrackingNames.Linked, TrackingNames.Api, TrackingNames.Image })
        {
            Assert.All(Reasons(result, step), r => Assert.True(IsReused(r), step + ": " + r));
        }
        Assert.All(OutputReasons(result), r => Assert.True(IsReused(r), "an output was re-emitted: " + r));
    }

    /// <summary>
    /// What one generator run redid, named as Mapperly's incremental tests name it: the model the sources are emitted
    /// from (<see cref="TrackingNames.Declarations"/>), the diagnostics as reported (<see cref="TrackingNames.LocatedDiagnostics"/>),
    /// and the source outputs taken together (Modified when any was re-emitted).
    /// </summary>
    private sealed record RunReasons(IncrementalStepRunReason Model, IncrementalStepRunReason Diagnostics, IncrementalStepRunReason Sources)
    {
        /// <summary>An edit no declaration and no diagnostic depends on: only the check of the diagnostics' trees runs, and finds them the same.</summary>
        public static readonly RunReasons Cached = new(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);

        /// <summary>The declarations are read again to the same model; only what is reported changes.</summary>
        public static readonly RunReasons ModifiedDiagnostics = new(IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached);

        /// <summary>The model changes and sources are emitted again; the diagnostics stay as they were.</summary>
        public static readonly RunReasons ModifiedSource = new(IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified);

        public static readonly RunReasons ModifiedSourceAndDiagnostics = new(IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified);

        public static RunReasons Of(GeneratorRunResult result)
        {
            // The outputs that add sources: every output but the one that reports the diagnostics.
            var sources = result.TrackedOutputSteps.SelectMany(s => s.Value)
                .Where(step => !step.Inputs.Any(input => input.Source.Name == TrackingNames.LocatedDiagnostics))
                .SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
            Assert.True(sources.Count >= 5, "expected the source outputs, saw " + sources.Count);
            return new(
                Assert.Single(Reasons(result, TrackingNames.Declarations)),
                Assert.Single(Reasons(result, TrackingNames.LocatedDiagnostics)),
                sources.All(IsReused) ? IncrementalStepRunReason.Cached : IncrementalStepRunReason.Modified);
        }
    }

    // A record that cannot be used (no string Id), in a file of its own beside the news records: its SD0045 is the
    // declaration diagnostic that moves, while the dataset's sources are still emitted.
    private const string BrokenTag = """
        using SeedData;
        namespace News;
        [SeedRecord("tags")] public sealed partial record Tag(string Name);
        """;

    private const string Unrelated = "namespace Other; public static class Unrelated { public static int Value => 1; }";

    private static (GeneratorRunResult Result, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics, SyntaxTree Edited) Edit(int tree, Func<string, string> edit)
    {
        var sources = new[] { Samples.NewsRecords, BrokenTag, Unrelated };
        var (driver, compilation) = FirstRun(sources);
        var oldTree = compilation.SyntaxTrees.ElementAt(tree);
        string edited = edit(sources[tree]);
        Assert.NotEqual(sources[tree], edited);
        var newTree = CSharpSyntaxTree.ParseText(edited, GeneratorHarness.ParseOptions, oldTree.FilePath);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation.ReplaceSyntaxTree(oldTree, newTree), out _, out var diagnostics);
        return (driver.GetRunResult().Results.Single(), diagnostics, newTree);
    }

    private static int TagDiagnosticLine(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics)
        => Assert.Single(diagnostics, d => d.Id == "SD0045").Location.GetLineSpan().StartLinePosition.Line + 1;

    [Fact]
    public void Moving_a_declaration_with_a_diagnostic_moves_the_diagnostic_and_re_emits_no_source()
    {
        var (result, diagnostics, edited) = Edit(1, source => source.Replace("[SeedRecord(", "\n\n// moved\n[SeedRecord(", StringComparison.Ordinal));

        Assert.Equal(RunReasons.ModifiedDiagnostics, RunReasons.Of(result));
        // The declarations' one build ran again, for the report; the model selected from it is equal.
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.BuiltDeclarations)));
        // Three lines down, in the edited tree itself (where a #pragma would apply), not the tree it was first read from.
        Assert.Equal(3 + 3, TagDiagnosticLine(diagnostics));
        Assert.Same(edited, diagnostics.Single(d => d.Id == "SD0045").Location.SourceTree);
    }

    [Fact]
    public void A_new_parameter_re_emits_sources_and_leaves_the_diagnostics_of_another_file_as_they_were()
    {
        var (result, diagnostics, _) = Edit(0, source => source.Replace("string? Quote = null,", "string? Quote = null, string? Note = null,", StringComparison.Ordinal));

        Assert.Equal(RunReasons.ModifiedSource, RunReasons.Of(result));
        Assert.Equal(3, TagDiagnosticLine(diagnostics));
    }

    [Fact]
    public void Fixing_a_declaration_re_emits_sources_and_its_diagnostic_goes()
    {
        var (result, diagnostics, _) = Edit(1, source => source.Replace("Tag(string Name)", "Tag(string Id, string Name)", StringComparison.Ordinal));

        Assert.Equal(RunReasons.ModifiedSourceAndDiagnostics, RunReasons.Of(result));
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("SD", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unrelated_edit_beside_a_declaration_diagnostic_redoes_nothing()
    {
        var (result, diagnostics, _) = Edit(2, source => source.Replace("=> 1", "=> 2", StringComparison.Ordinal));

        Assert.Equal(RunReasons.Cached, RunReasons.Of(result));
        Assert.Equal(3, TagDiagnosticLine(diagnostics));
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_and_output_reused()
    {
        const string unrelated = "namespace Other; public static class Unrelated { public static int Value => 1; }";
        var (driver, compilation) = FirstRun(Samples.NewsRecords, unrelated);
        var oldTree = compilation.SyntaxTrees.Last();
        var newTree = CSharpSyntaxTree.ParseText(unrelated.Replace("=> 1", "=> 2", StringComparison.Ordinal), GeneratorHarness.ParseOptions, oldTree.FilePath);
        var result = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree)).GetRunResult().Results.Single();

        var reasons = result.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)).SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).Concat(OutputReasons(result)).ToList();
        Assert.True(reasons.Count > 10, "expected the tracked steps and outputs, saw " + reasons.Count);
        Assert.All(reasons, r => Assert.True(IsReused(r), r.ToString()));
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_compilations_syntax_or_locations()
    {
        var (driver, _) = FirstRun();
        var result = driver.GetRunResult().Results.Single();
        var forbidden = new[] { typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Diagnostic), typeof(SemanticModel) };
        int visited = 0;
        foreach (var step in result.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)))
        {
            if (step.Key == TrackingNames.DataFiles) continue; // the AdditionalText itself, the pipeline's input
            // The last step, which holds the current compilation's syntax trees that diagnostics point into: see
            // LocatedDiagnostics, and the tests below that it stays cached when no such tree changes.
            if (step.Key == TrackingNames.LocatedDiagnostics) continue;
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                visited += Walk(output.Value, forbidden, new HashSet<object>(ReferenceEqualityComparer.Instance), "<" + step.Key + ">");
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
        if (value is byte[]) return count;
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
