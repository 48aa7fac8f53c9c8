using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// From a member in code to its line in the data: each named member, and its XML doc, carries an enhanced
/// <c>#line</c> directive mapped to its record's span in the data file, whatever the file's format. Go to definition
/// in an editor, which follows a symbol's mapped location, then opens the data file at the record.
/// </summary>
public sealed class LineDirectiveTests
{
    private const string Statements = "id,speaker,summary\nrubio-guarantees-after-deal,marco-rubio,Told European officials that guarantees would come after a deal.\n"
        + "officials-reply,european-officials,\"Asked for guarantees first,\nand said so twice.\"\n";

    private const string Usage = """
        namespace News;
        public static class Use
        {
            public static string Name() => Data.Actors.MarcoRubio.Name;
            public static string Officials() => Data.Actors.EuropeanOfficials.Name;
            public static string Reply() => Data.Statements.OfficialsReply.Summary;
        }
        """;

    /// <summary>Each record's place in its file: 1-based start line and column, end line and column.</summary>
    private static readonly Dictionary<string, (string Path, int Line, int Column, int EndLine, int EndColumn)> Places = new(StringComparer.Ordinal)
    {
        ["MarcoRubio"] = ("/data/actors.yaml", 2, 5, 6, 24),
        ["EuropeanOfficials"] = ("/data/actors.yaml", 7, 5, 9, 24),
        ["RubioGuaranteesAfterDeal"] = ("/data/statements.csv", 2, 1, 2, 105),
        ["OfficialsReply"] = ("/data/statements.csv", 3, 1, 4, 20),
    };

    private static GeneratorOutput Build()
        => GeneratorHarness.Run(new[] { Samples.NewsRecords, Usage }, DataFile.Yaml("actors.yaml", Samples.NewsActors), new DataFile("/data/statements.csv", Statements));

    private static (string Path, int Line, int Column, int EndLine, int EndColumn) Mapped(Location location)
    {
        var span = location.GetMappedLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
    }

    [Fact]
    public void Each_named_member_maps_to_its_record_in_yaml_and_in_csv()
    {
        var built = Build();
        Assert.Empty(built.SeedDiagnostics);
        Assert.Empty(built.CompilationProblems);
        foreach (string collection in new[] { "ActorsCollection", "StatementsCollection" })
        {
            var type = built.Compilation.GetTypeByMetadataName("News.Data+" + collection)!;
            foreach (var member in type.GetMembers().OfType<IPropertySymbol>().Where(p => Places.ContainsKey(p.Name)))
            {
                var location = Assert.Single(member.Locations);
                Assert.True(location.IsInSource);
                Assert.EndsWith(".g.cs", location.GetLineSpan().Path, StringComparison.Ordinal);
                Assert.Equal(Places[member.Name], Mapped(location));
            }
        }
        // The members of the collection class itself stay in the generated file.
        var count = built.Compilation.GetTypeByMetadataName("News.Data+ActorsCollection")!.GetMembers("Count").Single();
        Assert.EndsWith(".g.cs", count.Locations[0].GetMappedLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void The_xml_doc_of_a_named_member_maps_to_its_record_too()
    {
        var built = Build();
        var tree = built.Compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("News.Data.Actors.NamedMembers.g.cs", StringComparison.Ordinal));
        var docs = tree.GetRoot().DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
            .Where(t => t.ToFullString().Contains("actors.yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal(("/data/actors.yaml", 2), (Mapped(docs[0].GetLocation()).Path, Mapped(docs[0].GetLocation()).Line));
        Assert.Equal(("/data/actors.yaml", 7), (Mapped(docs[1].GetLocation()).Path, Mapped(docs[1].GetLocation()).Line));
        // The directives are the enhanced form: a span and the column the mapping starts at.
        Assert.Contains("#line (2, 5) - (6, 23) 13 \"/data/actors.yaml\"", tree.ToString(), StringComparison.Ordinal);
        Assert.Contains("#line default", tree.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compiler_diagnostic_in_a_named_member_points_at_a_real_place()
    {
        // A record type the named member cannot return without a warning: obsolete, so each member's use of it warns there.
        string records = Samples.NewsRecords.Replace("[SeedRecord(\"actors\")]", "[System.Obsolete(\"use people\")]\n[SeedRecord(\"actors\")]", StringComparison.Ordinal);
        var built = GeneratorHarness.Run(records, DataFile.Yaml("actors.yaml", Samples.NewsActors));
        var inMembers = built.Compilation.GetDiagnostics().Where(d => d.Id == "CS0618")
            .Where(d => d.Location.GetMappedLineSpan().Path == "/data/actors.yaml").ToList();
        Assert.Equal(new[] { 2, 7 }, inMembers.Select(d => d.Location.GetMappedLineSpan().StartLinePosition.Line + 1).Distinct().Order());
        // Everything else the compiler says about generated code is at a place in the generated files.
        Assert.All(built.Compilation.GetDiagnostics().Where(d => d.Location.IsInSource && !inMembers.Contains(d)),
            d => Assert.True(d.Location.GetMappedLineSpan().Path.EndsWith(".cs", StringComparison.Ordinal), d.ToString()));
    }

    /// <summary>
    /// The project as an editor holds it, in a Roslyn workspace running the generator: the symbol under the cursor at a
    /// use of <c>Data.Actors.MarcoRubio</c> is defined, after the <c>#line</c> mapping, at the record in the data file.
    /// </summary>
    [Fact]
    public async Task Go_to_definition_in_a_workspace_opens_the_data_file_at_the_record()
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var files = new[] { ("/data/actors.yaml", Samples.NewsActors), ("/data/statements.csv", Statements) };
        var globalConfig = "is_global = true\n" + string.Concat(files.Select(f => "\n[" + f.Item1 + "]\nbuild_metadata.AdditionalFiles.SeedDataFile = true\n"));
        var project = ProjectInfo.Create(projectId, VersionStamp.Default, "News", "News", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: GeneratorHarness.ParseOptions,
                metadataReferences: GeneratorHarness.Compilation().References,
                analyzerReferences: new[] { new GeneratorReference() })
            .WithDocuments(new[]
            {
                Document(projectId, "/src/Records.cs", Samples.NewsRecords),
                Document(projectId, "/src/Use.cs", Usage),
            })
            .WithAdditionalDocuments(files.Select(f => Document(projectId, f.Item1, f.Item2)))
            .WithAnalyzerConfigDocuments(new[] { Document(projectId, "/.globalconfig", globalConfig) });
        var solution = workspace.AddProject(project).Solution;

        var compilation = (await solution.GetProject(projectId)!.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var use = solution.GetProject(projectId)!.Documents.Single(d => d.FilePath == "/src/Use.cs");
        foreach (string member in new[] { "MarcoRubio", "EuropeanOfficials", "OfficialsReply" })
        {
            int position = Usage.IndexOf(member, StringComparison.Ordinal);
            var symbol = await SymbolFinder.FindSymbolAtPositionAsync(use, position);
            Assert.NotNull(symbol);
            Assert.Equal(member, symbol!.Name);
            var definition = Assert.Single(symbol.Locations);
            Assert.Equal(Places[member], Mapped(definition));
            // The definition is in a generated document of the project, as the editor finds it.
            var generated = await solution.GetProject(projectId)!.GetSourceGeneratedDocumentsAsync();
            Assert.Contains(generated, d => d.FilePath == definition.SourceTree!.FilePath);
        }
    }

    private static DocumentInfo Document(ProjectId project, string path, string text)
        => DocumentInfo.Create(DocumentId.CreateNewId(project), Path.GetFileName(path),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text, System.Text.Encoding.UTF8), VersionStamp.Default, path)), filePath: path);

    /// <summary>The generator as a workspace's analyzer reference, from this process rather than from a file.</summary>
    private sealed class GeneratorReference : AnalyzerReference
    {
        public override string FullPath => typeof(SeedDataGenerator).Assembly.Location;
        public override object Id => nameof(GeneratorReference);
        public override string Display => "SeedData.Generator";
        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;
        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;
        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => ImmutableArray.Create(new SeedDataGenerator().AsSourceGenerator());
        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => GetGeneratorsForAllLanguages();
    }
}
