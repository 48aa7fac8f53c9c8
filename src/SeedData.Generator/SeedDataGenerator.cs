using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Parsing;

namespace SeedData.Generator;

/// <summary>
/// Compiles SeedData files (YAML or JSON AdditionalFiles with SeedDataFile metadata) into typed static data.
/// Three rooms: parse each file on its own (cached per file), bind all files against the declared records,
/// emit C# text from the bound model.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedDataGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static c => c.AddSource(AttributeSource.HintName, AttributeSource.Text));

        IncrementalValuesProvider<ParsedDataFile> parsedFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsSeedDataFile(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.DataFiles)
            .Select(static (text, cancellationToken) => DataFileParser.Parse(text.Path, text.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);

        IncrementalValuesProvider<DeclaredRecord> records = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                RecordShapeReader.SeedRecordAttributeName,
                static (node, _) => node is TypeDeclarationSyntax,
                static (syntax, cancellationToken) => RecordShapeReader.Read((INamedTypeSymbol)syntax.TargetSymbol, cancellationToken))
            .WithTrackingName(TrackingNames.Records);

        IncrementalValuesProvider<DatasetTarget> datasets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                DatasetTargetReader.SeedDatasetAttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, _) => DatasetTargetReader.Read((INamedTypeSymbol)syntax.TargetSymbol))
            .WithTrackingName(TrackingNames.Datasets);

        IncrementalValueProvider<GenerationModel> model = parsedFiles.Collect()
            .Combine(records.Collect())
            .Combine(datasets.Collect())
            .Select(static (input, cancellationToken) => DatasetBinder.Bind(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Model);

        context.RegisterSourceOutput(model, static (output, model) =>
        {
            foreach (var diagnostic in model.Diagnostics) output.ReportDiagnostic(diagnostic.ToDiagnostic());
            if (model.Dataset is not null)
            {
                foreach (var (hintName, source) in DatasetEmitter.Emit(model.Dataset)) output.AddSource(hintName, source);
            }
            foreach (var record in model.PrintableRecords)
            {
                output.AddSource(CSharpNames.HintName(record.TypeName + ".Members"), RecordMembersEmitter.Emit(record));
            }
        });
    }

    private static bool IsSeedDataFile(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
        => options.TryGetValue("build_metadata.AdditionalFiles.SeedDataFile", out string? value)
           && string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
}

/// <summary>Names of the pipeline steps, for incremental tests.</summary>
public static class TrackingNames
{
    public const string DataFiles = nameof(DataFiles);
    public const string ParsedFiles = nameof(ParsedFiles);
    public const string Records = nameof(Records);
    public const string Datasets = nameof(Datasets);
    public const string Model = nameof(Model);
}
