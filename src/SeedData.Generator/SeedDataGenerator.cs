using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using SeedData.Generator.Model;

namespace SeedData.Generator;

/// <summary>
/// Compiles SeedData files (YAML or JSON AdditionalFiles with SeedDataFile metadata) into typed static data.
/// The pipeline is laid out by dependency:
/// <list type="number">
/// <item>declarations: each [SeedRecord] and [SeedDataset] read into plain shapes, then built once into one location-free
/// model of them and the report of their diagnostics;</item>
/// <item>parse and bind, per data file: its records checked against the shapes and encoded as data-image bytes;</item>
/// <item>link: every file's records numbered, references resolved, records ordered, the image written;</item>
/// <item>emit: text only, each output from just the models it depends on, and the diagnostics on their own.</item>
/// </list>
/// So moving a declaration re-emits nothing, editing one data file re-parses only that file, and data that grows
/// with the files is emitted as data (the data image, in string literals or attribute arguments), never as code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedDataGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static c => c.AddSource(AttributeSource.HintName, AttributeSource.Text));

        // Declarations.
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

        // Built once; the model and the report are then selected apart, so that a declaration that only moves changes
        // the report (its diagnostics) and leaves the model, and everything emitted from it, cached.
        IncrementalValueProvider<BuiltDeclarations> built = records.Collect().Combine(datasets.Collect())
            .Select(static (input, _) => DeclarationsBuilder.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.BuiltDeclarations);
        IncrementalValueProvider<DatasetDeclarations> declarations = built
            .Select(static (built, _) => built.Model)
            .WithTrackingName(TrackingNames.Declarations);

        // Parse and bind, one data file at a time.
        // Each file with its item metadata (Collection, KeyNaming), so that editing the project's metadata of one file
        // re-binds that file alone.
        IncrementalValuesProvider<(AdditionalText File, DataFileOptions Options)> dataFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (File: pair.Left, Options: DataFileOptions.Read(pair.Right.GetOptions(pair.Left))))
            .Where(static file => file.Options is not null)
            .Select(static (file, _) => (file.File, file.Options!))
            .WithTrackingName(TrackingNames.DataFiles);
        IncrementalValuesProvider<BoundFile> boundFiles = dataFiles
            .Combine(declarations)
            .Select(static (input, cancellationToken) => FileBinder.Bind(input.Left.File.Path, input.Left.File.GetText(cancellationToken), input.Left.Options, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BoundFiles);

        // Link.
        IncrementalValueProvider<LinkedDataset> linked = boundFiles.Collect()
            .Combine(declarations)
            .Select(static (input, cancellationToken) => DatasetLinker.Link(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Linked);
        IncrementalValueProvider<DatasetApi> api = linked.Select(static (dataset, _) => dataset.Api).WithTrackingName(TrackingNames.Api);
        IncrementalValueProvider<EquatableArray<EquatableArray<RecordPlace>>> memberPlaces = linked
            .Select(static (dataset, _) => dataset.MemberPlaces)
            .WithTrackingName(TrackingNames.MemberPlaces);
        // A large image is read where the assembly's metadata holds it when the project allows unsafe code (see EncodedImage.InPlace).
        IncrementalValueProvider<bool> unsafeAllowed = context.CompilationProvider
            .Select(static (compilation, _) => compilation.Options is Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions { AllowUnsafe: true })
            .WithTrackingName(TrackingNames.UnsafeAllowed);
        IncrementalValueProvider<EncodedImage> image = linked
            .Combine(unsafeAllowed)
            .Select(static (input, _) => EncodedImage.From(input.Left.Image, input.Right))
            .WithTrackingName(TrackingNames.Image);

        // JSON read and write are generated only where System.Text.Json is there to call: inbox from .NET 8, else its package.
        IncrementalValueProvider<bool> jsonAvailable = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName("System.Text.Json.Utf8JsonWriter") is not null
                && compilation.GetTypeByMetadataName("System.Text.Json.JsonDocument") is not null
                && compilation.GetTypeByMetadataName("System.Text.Encodings.Web.JavaScriptEncoder") is not null)
            .WithTrackingName(TrackingNames.JsonAvailable);

        // Emit.
        context.RegisterSourceOutput(declarations.Combine(jsonAvailable), static (output, input) =>
        {
            if (!input.Right || input.Left.Dataset is not { HasSnapshot: true } dataset) return;
            var (hintName, source) = JsonEmitter.Emit(dataset, input.Left);
            output.AddSource(hintName, source);
        });
        context.RegisterSourceOutput(declarations.Combine(jsonAvailable), static (output, input) =>
        {
            // The Data Package's cells are the JSON export's: no snapshot, no package.
            if (!input.Right || input.Left.Dataset is not { HasSnapshot: true } dataset) return;
            var (hintName, source) = DataPackageEmitter.Emit(dataset, input.Left);
            output.AddSource(hintName, source);
        });
        context.RegisterSourceOutput(declarations, static (output, model) =>
        {
            foreach (var shape in model.MemberShapes)
            {
                output.AddSource(CSharpNames.HintName(shape.TypeName + ".Members"), RecordMembersEmitter.Emit(shape));
            }
        });
        context.RegisterSourceOutput(declarations.Combine(api), static (output, input) =>
        {
            if (input.Left.Dataset is not { } dataset) return;
            foreach (var (hintName, source) in DatasetEmitter.EmitApi(dataset, input.Left, input.Right)) output.AddSource(hintName, source);
        });
        context.RegisterSourceOutput(declarations.Combine(api).Combine(memberPlaces), static (output, input) =>
        {
            var ((model, apiModel), places) = input;
            if (model.Dataset is not { } dataset) return;
            foreach (var (hintName, source) in DatasetEmitter.EmitNamedMembers(dataset, model, apiModel, places)) output.AddSource(hintName, source);
        });
        context.RegisterSourceOutput(declarations.Select(static (model, _) => model.Dataset).Combine(image), static (output, input) =>
        {
            if (input.Left is not { } dataset) return;
            var (hintName, source) = DatasetEmitter.EmitImage(dataset, input.Right);
            output.AddSource(hintName, source);
        });

        // The values of project scalars, for the build's check and for run-time failures: only where such values can be.
        IncrementalValueProvider<EquatableArray<CheckedValue>> checks = linked.Select(static (dataset, _) => dataset.Checks).WithTrackingName(TrackingNames.Checks);
        context.RegisterSourceOutput(declarations.Combine(checks), static (output, input) =>
        {
            if (input.Left.Dataset is not { } dataset || !input.Left.HasValuesReadByProjectCode) return;
            var (hintName, source) = ValueChecksEmitter.Emit(dataset, input.Right);
            output.AddSource(hintName, source);
        });

        // The data files' JSON Schema: the declarations, their XML docs, and the ids of the small collections.
        IncrementalValueProvider<EquatableArray<RecordDocs>> docs = records
            .Select(static (record, _) => record.Docs)
            .Collect()
            .Select(static (all, _) => all.SelectMany(d => d).GroupBy(d => d.TypeName).Select(g => g.First())
                .OrderBy(d => d.TypeName, System.StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Docs);
        // The shapes of the YAML and JSON files that are not the dataset's own (a file of one collection, another key
        // naming): from the files' metadata alone.
        IncrementalValueProvider<EquatableArray<FileShape>> fileShapes = dataFiles
            .Where(static file => Parsing.DataFileParser.FormatOf(file.File.Path) is Parsing.DataFormat.Yaml or Parsing.DataFormat.Json)
            .Select(static (file, _) => file.Options)
            .Collect()
            .Combine(declarations)
            .Select(static (input, _) => FileShape.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.FileShapes);
        IncrementalValueProvider<EquatableArray<ListedIds>> listedIds = api
            .Combine(declarations)
            .Select(static (input, _) => ListedIds.From(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ListedIds);
        context.RegisterSourceOutput(declarations.Combine(docs).Combine(listedIds).Combine(fileShapes), static (output, input) =>
        {
            var (((model, recordDocs), ids), shapes) = input;
            if (model.Dataset is not { } dataset) return;
            var (hintName, source) = SchemaEmitter.Emit(dataset, model, recordDocs, ids, shapes);
            output.AddSource(hintName, source);
        });

        IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics = built
            .Combine(linked.Select(static (dataset, _) => (dataset.Diagnostics, dataset.FileCount, dataset.Api.Collections)))
            .Select(static (input, _) => DiagnosticsCollector.Collect(input.Left, input.Right.Diagnostics, input.Right.FileCount, input.Right.Collections))
            .WithTrackingName(TrackingNames.Diagnostics);
        // Reported at real locations in the C# syntax trees, so that #pragma, [SuppressMessage] and .editorconfig
        // apply to them; the trees are looked up in the compilation by path only here, at the end.
        IncrementalValueProvider<LocatedDiagnostics> located = diagnostics
            .Combine(context.CompilationProvider)
            .Select(static (input, _) => LocatedDiagnostics.Locate(input.Left, input.Right))
            .WithTrackingName(TrackingNames.LocatedDiagnostics);
        context.RegisterSourceOutput(located, static (output, all) =>
        {
            foreach (var diagnostic in all.ToDiagnostics()) output.ReportDiagnostic(diagnostic);
        });
    }

}

/// <summary>Names of the pipeline steps, for incremental tests.</summary>
public static class TrackingNames
{
    public const string Records = nameof(Records);
    public const string Datasets = nameof(Datasets);
    public const string BuiltDeclarations = nameof(BuiltDeclarations);
    public const string Declarations = nameof(Declarations);
    public const string DataFiles = nameof(DataFiles);
    public const string BoundFiles = nameof(BoundFiles);
    public const string Linked = nameof(Linked);
    public const string Api = nameof(Api);
    public const string Image = nameof(Image);
    public const string Diagnostics = nameof(Diagnostics);
    public const string LocatedDiagnostics = nameof(LocatedDiagnostics);
    public const string JsonAvailable = nameof(JsonAvailable);
    public const string UnsafeAllowed = nameof(UnsafeAllowed);
    public const string Docs = nameof(Docs);
    public const string ListedIds = nameof(ListedIds);
    public const string FileShapes = nameof(FileShapes);
    public const string MemberPlaces = nameof(MemberPlaces);
    public const string Checks = nameof(Checks);

    /// <summary>Every step above.</summary>
    public static readonly System.Collections.Generic.IReadOnlyCollection<string> All = new[]
    {
        Records, Datasets, BuiltDeclarations, Declarations, DataFiles, BoundFiles, Linked, Api, Image, Diagnostics, LocatedDiagnostics,
        JsonAvailable, Docs, ListedIds, FileShapes, MemberPlaces, Checks,
    };
}
