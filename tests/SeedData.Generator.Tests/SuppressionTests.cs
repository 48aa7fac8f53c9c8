using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// A diagnostic about a C# declaration is at a location in its syntax tree, so the compiler's own ways of turning
/// one off or up work on it: <c>#pragma warning disable</c>, <c>[SuppressMessage]</c>, and the severity an
/// .editorconfig gives its file. A location made from a path and a span alone gets none of them (dotnet/runtime#92509).
/// </summary>
public sealed class SuppressionTests
{
    private static readonly DataFile Tags = DataFile.Yaml("tags.yaml", "tags: []\n");

    [Fact]
    public void A_pragma_suppresses_a_declaration_diagnostic_between_disable_and_restore()
    {
        const string source = """
            using SeedData;
            #pragma warning disable SD0045
            [SeedRecord("tags")] public sealed partial record Tag(string Name);
            #pragma warning restore SD0045
            [SeedRecord("labels")] public sealed partial record Label(string Name);
            [SeedDataset] public static partial class D;
            """;
        AssertSuppressedAtButNotAt(GeneratorHarness.Run(source, Tags), suppressedLine: 3, reportedLine: 5);
    }

    [Fact]
    public void A_pragma_suppresses_the_warning_at_the_dataset_class()
    {
        const string source = """
            using SeedData;
            [SeedRecord("tags")] public sealed partial record Tag(string Id);
            #pragma warning disable SD0035 // the data files come later
            [SeedDataset] public static partial class D;
            """;
        var diagnostic = Assert.Single(GeneratorHarness.Run(source).SeedDiagnostics);
        Assert.Equal(("SD0035", true), (diagnostic.Id, diagnostic.IsSuppressed));
    }

    [Fact]
    public void SuppressMessage_on_the_record_suppresses_its_diagnostic_and_no_other()
    {
        const string source = """
            using System.Diagnostics.CodeAnalysis;
            using SeedData;
            [SuppressMessage("SeedData.Declaration", "SD0045:Record without a string Id", Justification = "Being migrated.")]
            [SeedRecord("tags")] public sealed partial record Tag(string Name);
            [SeedRecord("labels")] public sealed partial record Label(string Name);
            [SeedDataset] public static partial class D;
            """;
        AssertSuppressedAtButNotAt(GeneratorHarness.Run(source, Tags), suppressedLine: 4, reportedLine: 5);
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("none", null)]
    public void Editorconfig_severity_for_the_declaring_file_applies_to_a_declaration_diagnostic(string severity, DiagnosticSeverity? expected)
    {
        var reported = RunWithEditorconfig("root = true\n\n[*.cs]\ndotnet_diagnostic.SD0035.severity = " + severity + "\n").Where(d => d.Id == "SD0035").ToList();
        Assert.Equal(expected, reported.Count == 0 ? null : Assert.Single(reported).Severity);
    }

    [Fact]
    public void Editorconfig_severity_for_another_file_leaves_a_declaration_diagnostic_alone()
    {
        var diagnostics = RunWithEditorconfig("root = true\n\n[Other.cs]\ndotnet_diagnostic.SD0035.severity = error\n");
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "SD0035").Severity);
    }

    /// <summary>The generator's diagnostics for the news records without data files (SD0035), under /src/.editorconfig.</summary>
    private static ImmutableArray<Diagnostic> RunWithEditorconfig(string editorconfig)
    {
        // As the compiler reads it: the .editorconfig beside the source, its sections matched to each file.
        var compilation = GeneratorHarness.Compilation(Samples.NewsRecords);
        var options = new EditorconfigOptions(compilation.SyntaxTrees, AnalyzerConfig.Parse(editorconfig, "/src/.editorconfig"));
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(options));
        GeneratorHarness.Driver(Enumerable.Empty<DataFile>()).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        return diagnostics;
    }

    /// <summary>Two SD0045 in the source's own tree: the one at <paramref name="suppressedLine"/> suppressed, the other reported.</summary>
    private static void AssertSuppressedAtButNotAt(GeneratorOutput output, int suppressedLine, int reportedLine)
    {
        var diagnostics = output.SeedDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(new[] { "SD0045", "SD0045" }, diagnostics.Select(d => d.Id));
        Assert.Equal((suppressedLine, true), (Line(diagnostics[0]), diagnostics[0].IsSuppressed));
        Assert.Equal((reportedLine, false), (Line(diagnostics[1]), diagnostics[1].IsSuppressed));
        Assert.All(diagnostics, d => Assert.Same(output.Compilation.SyntaxTrees.First(), d.Location.SourceTree));
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    /// <summary>
    /// The options the compiler gives each syntax tree from its .editorconfig files (Roslyn's own parser and section
    /// matching, through <see cref="AnalyzerConfigSet"/>), as the command-line compiler hands them to a compilation.
    /// </summary>
    private sealed class EditorconfigOptions : SyntaxTreeOptionsProvider
    {
        private readonly ImmutableDictionary<SyntaxTree, AnalyzerConfigOptionsResult> _byTree;

        public EditorconfigOptions(System.Collections.Generic.IEnumerable<SyntaxTree> trees, params AnalyzerConfig[] configs)
        {
            var set = AnalyzerConfigSet.Create(configs);
            _byTree = trees.ToImmutableDictionary(t => t, t => set.GetOptionsForSourcePath(t.FilePath));
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return _byTree.TryGetValue(tree, out var result) && result.TreeOptions.TryGetValue(diagnosticId, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }
}
