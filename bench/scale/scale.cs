#:property PublishAot=false
#:property Nullable=enable
#:property ImplicitUsings=enable
#:property InvariantGlobalization=true

// The scale harness: build cost, compiler memory, first access and first lookup of generated SeedData against a
// baseline measured in the same run, from 0 to 1,000,000 records. See bench/README.md.
//
//   dotnet run bench/scale/scale.cs -- [--sizes 0,1000,10000,100000,1000000] [--runs 3] [--catalog] [--smoke]
//                                      [--work DIR] [--out DIR] [--plot FILE]
//
// For each size N it writes two projects with the same synthetic data (N/2 actors, N/2 statements that reference
// them, spread over 100 YAML files):
//   seed-N   the SeedData way: records, [SeedDataset], the YAML files as <SeedDataFile>;
//   json-N   the baseline, what a user would do otherwise: the same data as one embedded JSON resource, read on
//            first access by a System.Text.Json source-generated context, references linked through a Dictionary.
// Builds run under /usr/bin/time -v with the compiler server off (-p:UseSharedCompilation=false) and one MSBuild
// node, so the peak resident set is the compiler's (or MSBuild's, whichever is larger). Run-time figures come from
// fresh processes of a Release build, the median of --runs runs.

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = Options.Parse(args);
string repo = FindRepo();
string work = options.Work ?? Path.Combine(repo, "bench", "scale", "work");
string output = options.Out ?? Path.Combine(repo, "bench", "scale", "results");
Directory.CreateDirectory(work);
Directory.CreateDirectory(output);

Console.WriteLine($"== generator: dotnet build src/SeedData.Generator -c Release");
Shell.Check(Shell.Run("dotnet", "build src/SeedData.Generator/SeedData.Generator.csproj -c Release -v:q -nologo", repo));
string generatorBin = Path.Combine(repo, "src", "SeedData.Generator", "bin", "Release", "netstandard2.0");

var rows = new List<Row>();
foreach (int size in options.Sizes)
{
    Console.WriteLine($"== {size:N0} records");
    var data = Synthetic.Create(size);
    string seed = Projects.WriteSeed(Path.Combine(work, $"seed-{size}"), repo, generatorBin, data);
    string json = Projects.WriteJson(Path.Combine(work, $"json-{size}"), data);

    var build = Measure.Build(seed);
    var edit = Measure.EditAndRebuild(seed, Path.Combine(seed, "data", "part-050.yaml"));
    var baselineBuild = Measure.Build(json);
    Measure.ReleaseBuild(seed);
    Measure.ReleaseBuild(json);
    var lookupId = data.Actors.Count > 0 ? data.Actors[data.Actors.Count / 2].Id : "none";
    var row = new Row(
        size,
        build,
        edit,
        baselineBuild,
        Measure.Median(options.Runs, () => Measure.RunMs(seed, "first-access")),
        Measure.Median(options.Runs, () => Measure.RunMs(json, "first-access")),
        Measure.Median(options.Runs, () => Measure.RunMs(seed, "first-lookup " + lookupId)),
        Measure.Median(options.Runs, () => Measure.RunMs(json, "first-lookup " + lookupId)),
        Measure.Il(seed),
        Measure.Records(seed));
    rows.Add(row);
    Console.WriteLine(row.Describe());
}

var catalog = new List<CatalogRow>();
if (options.Catalog)
{
    foreach (int books in new[] { 0, 5000 })
    {
        Console.WriteLine($"== library catalogue, {books:N0} records");
        string dir = Projects.WriteCatalog(Path.Combine(work, $"catalog-{books}"), repo, generatorBin, books);
        var build = Measure.Build(dir);
        var edit = Measure.EditAndRebuild(dir, Path.Combine(dir, "data", "catalog-050.yaml"));
        catalog.Add(new CatalogRow(books, build, edit));
        Console.WriteLine($"   build {build.Seconds:F1} s, {build.PeakMb:N0} MB; one-line edit rebuild {edit.Seconds:F1} s");
    }
}

Report.Write(output, rows, catalog, options);
if (options.Plot is not null) Report.Plot(rows, options.Plot, output);
if (options.Smoke) return Smoke.Check(rows);
return 0;

static string FindRepo()
{
    var directory = new DirectoryInfo(Environment.CurrentDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SeedData.sln"))) directory = directory.Parent;
    return directory?.FullName ?? throw new InvalidOperationException("Run from inside the SeedData repository.");
}

sealed record Options(int[] Sizes, int Runs, bool Catalog, bool Smoke, string? Work, string? Out, string? Plot)
{
    public static Options Parse(string[] args)
    {
        int[] sizes = { 0, 1_000, 10_000, 100_000 };
        int runs = 3;
        bool catalog = false, smoke = false;
        string? work = null, output = null, plot = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes": sizes = args[++i].Split(',').Select(s => int.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture)).ToArray(); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--catalog": catalog = true; break;
                case "--smoke": smoke = true; break;
                case "--work": work = Path.GetFullPath(args[++i]); break;
                case "--out": output = Path.GetFullPath(args[++i]); break;
                case "--plot": plot = Path.GetFullPath(args[++i]); break;
                default: throw new ArgumentException("Unknown option " + args[i]);
            }
        }
        if (!sizes.Contains(0)) sizes = sizes.Prepend(0).ToArray();
        return new Options(sizes, runs, catalog, smoke, work, output, plot);
    }
}

sealed record Actor(string Id, string Name, string Kind, string[] Aliases, string? WikidataId);
sealed record Statement(string Id, int Speaker, string Summary, int[] Audience, string? SaidOn);
sealed record SyntheticData(List<Actor> Actors, List<Statement> Statements);

/// <summary>
/// Deterministic synthetic data. Summaries are 8 to 16 words drawn from a 600-word vocabulary, so the text is not
/// trivially repetitive: compression ratios are those of real prose, not of one sentence repeated.
/// </summary>
static class Synthetic
{
    private static readonly string[] Vocabulary = BuildVocabulary();

    public static SyntheticData Create(int records)
    {
        int actorCount = records / 2, statementCount = records - actorCount;
        var random = new Random(20251127);
        var actors = new List<Actor>(actorCount);
        for (int i = 0; i < actorCount; i++)
        {
            string name = Word(random, capital: true) + " " + Word(random, capital: true) + " " + i.ToString(CultureInfo.InvariantCulture);
            actors.Add(new Actor($"actor-{i}", name, i % 2 == 0 ? "person" : "government",
                i % 3 == 0 ? Array.Empty<string>() : new[] { name.Split(' ')[1] + i.ToString(CultureInfo.InvariantCulture) },
                i % 5 == 0 ? "Q" + (100_000 + i).ToString(CultureInfo.InvariantCulture) : null));
        }
        var statements = new List<Statement>(statementCount);
        for (int i = 0; i < statementCount && actorCount > 0; i++)
        {
            int words = random.Next(8, 17);
            var summary = new StringBuilder(Word(random, capital: true));
            for (int w = 1; w < words; w++) summary.Append(' ').Append(Word(random, capital: false));
            summary.Append('.');
            statements.Add(new Statement($"statement-{i}", random.Next(actorCount), summary.ToString(),
                new[] { random.Next(actorCount), random.Next(actorCount) },
                i % 4 == 3 ? null : $"2025-{1 + i % 12:00}-{1 + i % 28:00}"));
        }
        return new SyntheticData(actors, statements);
    }

    private static string Word(Random random, bool capital)
    {
        string word = Vocabulary[random.Next(Vocabulary.Length)];
        return capital ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }

    private static string[] BuildVocabulary()
    {
        string[] onsets = { "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "w", "z" };
        string[] vowels = { "a", "e", "i", "o", "u", "ai", "ea", "ou" };
        string[] codas = { "", "n", "r", "s", "t", "nd", "rk", "st", "l", "m" };
        var random = new Random(7);
        var words = new HashSet<string>();
        while (words.Count < 600)
        {
            int syllables = random.Next(1, 4);
            var word = new StringBuilder();
            for (int s = 0; s < syllables; s++) word.Append(onsets[random.Next(onsets.Length)]).Append(vowels[random.Next(vowels.Length)]);
            word.Append(codas[random.Next(codas.Length)]);
            words.Add(word.ToString());
        }
        return words.OrderBy(w => w, StringComparer.Ordinal).ToArray();
    }
}

static class Projects
{
    public const int Files = 100;

    private const string Isolation = "<Project />\n";

    // A fresh directory whose Directory.* files stop MSBuild from reading the repository's build settings.
    private static void Isolate(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            File.WriteAllText(Path.Combine(dir, name), Isolation);
    }

    private static string Project(string items, string properties = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <InvariantGlobalization>true</InvariantGlobalization>
            <PublishAot>false</PublishAot>
            {properties}
          </PropertyGroup>
        {items}
        </Project>
        """;

    private static string GeneratorItems(string repo, string bin, string dataGlob) => $"""
          <Import Project="{repo}/src/SeedData.Generator/build/SeedData.Generator.props" />
          <ItemGroup>
            <Analyzer Include="{bin}/SeedData.Generator.dll" />
            <Analyzer Include="{bin}/YamlDotNet.dll" />
            <SeedDataFile Include="{dataGlob}" />
          </ItemGroup>
          <Import Project="{repo}/src/SeedData.Generator/build/SeedData.Generator.targets" />
        """;

    // Measures its own first access, first lookup and generated IL, so no harness code runs inside the timing.
    private const string Probe = """
        static class Probe
        {
            public static int Run(string[] args, Func<int> firstAccess, Func<string, int> firstLookup, Type? generated)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                switch (args[0])
                {
                    case "first-access":
                        int built = firstAccess();
                        Console.WriteLine($"ms {clock.Elapsed.TotalMilliseconds:F2} records {built}");
                        return 0;
                    case "first-lookup":
                        int index = firstLookup(args[1]);
                        Console.WriteLine($"ms {clock.Elapsed.TotalMilliseconds:F2} index {index}");
                        return 0;
                    case "il":
                        using (var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(typeof(Probe).Assembly.Location)))
                        {
                            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
                            long total = 0;
                            int largest = 0;
                            foreach (var handle in metadata.TypeDefinitions)
                            {
                                var type = metadata.GetTypeDefinition(handle);
                                var outer = type;
                                while (outer.GetDeclaringType() is { IsNil: false } declaring) outer = metadata.GetTypeDefinition(declaring);
                                if (generated is null || metadata.GetString(outer.Name) != generated.Name) continue;
                                foreach (var method in type.GetMethods())
                                {
                                    var definition = metadata.GetMethodDefinition(method);
                                    if (definition.RelativeVirtualAddress == 0) continue;
                                    int size = System.Reflection.Metadata.PEReaderExtensions.GetMethodBody(pe, definition.RelativeVirtualAddress).Size;
                                    total += size;
                                    largest = Math.Max(largest, size);
                                }
                            }
                            Console.WriteLine($"il {total} largest {largest}");
                        }
                        return 0;
                    default:
                        return 2;
                }
            }
        }
        """;

    public static string WriteSeed(string dir, string repo, string generatorBin, SyntheticData data)
    {
        Isolate(dir);
        File.WriteAllText(Path.Combine(dir, "Seed.csproj"), Project(GeneratorItems(repo, generatorBin, "data/*.yaml")));
        File.WriteAllText(Path.Combine(dir, "Records.cs"), """
            using System.Collections.Immutable;
            using SeedData;
            namespace Scale;
            public enum ActorKind { Person, Government }
            [SeedRecord("actors")]
            public sealed partial record Actor(string Id, string Name, ActorKind Kind, ImmutableArray<string> Aliases = default, string? WikidataId = null);
            [SeedRecord("statements")]
            public sealed partial record Statement(string Id, Actor Speaker, string Summary, ImmutableArray<Actor> Audience = default, DateOnly? SaidOn = null);
            [SeedDataset]
            public static partial class Data;
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using Scale;
            return Probe.Run(args,
                () => Data.Statements.Count == 0 ? Data.Actors.Count(a => a is not null) : Data.Statements[0] is not null ? Data.Actors.Count + Data.Statements.Count : -1,
                id => Data.Actors.IndexOf(id),
                typeof(Data));
            """ + "\n" + Probe);
        Directory.CreateDirectory(Path.Combine(dir, "data"));
        for (int f = 0; f < Files; f++)
        {
            var yaml = new StringBuilder();
            var (actorStart, actorEnd) = Slice(data.Actors.Count, f);
            var (statementStart, statementEnd) = Slice(data.Statements.Count, f);
            yaml.Append("# part ").Append(f).Append('\n');
            yaml.Append(actorStart == actorEnd ? "actors: []\n" : "actors:\n");
            for (int i = actorStart; i < actorEnd; i++)
            {
                var a = data.Actors[i];
                yaml.Append("  - id: ").Append(a.Id).Append("\n    name: ").Append(a.Name).Append("\n    kind: ").Append(a.Kind).Append('\n');
                if (a.Aliases.Length > 0) yaml.Append("    aliases: [").Append(string.Join(", ", a.Aliases)).Append("]\n");
                if (a.WikidataId is not null) yaml.Append("    wikidataId: ").Append(a.WikidataId).Append('\n');
            }
            yaml.Append(statementStart == statementEnd ? "statements: []\n" : "statements:\n");
            for (int i = statementStart; i < statementEnd; i++)
            {
                var s = data.Statements[i];
                yaml.Append("  - id: ").Append(s.Id).Append("\n    speaker: ").Append(data.Actors[s.Speaker].Id)
                    .Append("\n    summary: ").Append(s.Summary)
                    .Append("\n    audience: [").Append(string.Join(", ", s.Audience.Select(x => data.Actors[x].Id))).Append("]\n");
                if (s.SaidOn is not null) yaml.Append("    saidOn: ").Append(s.SaidOn).Append('\n');
            }
            File.WriteAllText(Path.Combine(dir, "data", $"part-{f:000}.yaml"), yaml.ToString());
        }
        return dir;
    }

    public static string WriteJson(string dir, SyntheticData data)
    {
        Isolate(dir);
        File.WriteAllText(Path.Combine(dir, "Json.csproj"), Project("""
              <ItemGroup>
                <EmbeddedResource Include="data.json" LogicalName="data.json" />
              </ItemGroup>
            """));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System.Collections.Immutable;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            return Probe.Run(args, () => Data.Load().Count, id => Data.IndexOf(id), null);

            public enum ActorKind { Person, Government }
            public sealed record Actor(string Id, string Name, ActorKind Kind, ImmutableArray<string> Aliases, string? WikidataId);
            public sealed record Statement(string Id, Actor Speaker, string Summary, ImmutableArray<Actor> Audience, DateOnly? SaidOn);
            public sealed record ActorDto(string Id, string Name, ActorKind Kind, string[]? Aliases, string? WikidataId);
            public sealed record StatementDto(string Id, string Speaker, string Summary, string[]? Audience, DateOnly? SaidOn);
            public sealed record DataFileDto(ActorDto[] Actors, StatementDto[] Statements);

            [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
            [JsonSerializable(typeof(DataFileDto))]
            internal partial class DataContext : JsonSerializerContext;

            public static class Data
            {
                public static (List<Actor> Actors, List<Statement> Statements, int Count) Loaded;

                public static (List<Actor> Actors, List<Statement> Statements, int Count) Load()
                {
                    using var stream = typeof(Data).Assembly.GetManifestResourceStream("data.json")!;
                    var file = JsonSerializer.Deserialize(stream, DataContext.Default.DataFileDto)!;
                    var byId = new Dictionary<string, Actor>(file.Actors.Length);
                    var actors = new List<Actor>(file.Actors.Length);
                    foreach (var a in file.Actors)
                    {
                        var actor = new Actor(a.Id, a.Name, a.Kind, a.Aliases is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(a.Aliases), a.WikidataId);
                        byId.Add(actor.Id, actor);
                        actors.Add(actor);
                    }
                    var statements = new List<Statement>(file.Statements.Length);
                    foreach (var s in file.Statements)
                    {
                        var audience = s.Audience is null ? ImmutableArray<Actor>.Empty : s.Audience.Select(id => byId[id]).ToImmutableArray();
                        statements.Add(new Statement(s.Id, byId[s.Speaker], s.Summary, audience, s.SaidOn));
                    }
                    return Loaded = (actors, statements, actors.Count + statements.Count);
                }

                // The first lookup by id: the same load, then a Dictionary of the actors.
                public static int IndexOf(string id)
                {
                    var actors = Load().Actors;
                    var index = new Dictionary<string, int>(actors.Count);
                    for (int i = 0; i < actors.Count; i++) index.Add(actors[i].Id, i);
                    return index.TryGetValue(id, out int found) ? found : -1;
                }
            }
            """ + "\n" + Probe);
        using var writer = new StreamWriter(Path.Combine(dir, "data.json"), false, new UTF8Encoding(false));
        writer.Write("{\"actors\":[");
        for (int i = 0; i < data.Actors.Count; i++)
        {
            var a = data.Actors[i];
            if (i > 0) writer.Write(',');
            writer.Write($"{{\"id\":\"{a.Id}\",\"name\":\"{a.Name}\",\"kind\":\"{a.Kind}\",\"aliases\":[{string.Join(",", a.Aliases.Select(x => "\"" + x + "\""))}]");
            if (a.WikidataId is not null) writer.Write($",\"wikidataId\":\"{a.WikidataId}\"");
            writer.Write('}');
        }
        writer.Write("],\"statements\":[");
        for (int i = 0; i < data.Statements.Count; i++)
        {
            var s = data.Statements[i];
            if (i > 0) writer.Write(',');
            writer.Write($"{{\"id\":\"{s.Id}\",\"speaker\":\"{data.Actors[s.Speaker].Id}\",\"summary\":\"{s.Summary}\",\"audience\":[{string.Join(",", s.Audience.Select(x => "\"" + data.Actors[x].Id + "\""))}]");
            if (s.SaidOn is not null) writer.Write($",\"saidOn\":\"{s.SaidOn}\"");
            writer.Write('}');
        }
        writer.Write("]}");
        return dir;
    }

    /// <summary>A new user's library catalogue: authors and the books they wrote, in 100 files.</summary>
    public static string WriteCatalog(string dir, string repo, string generatorBin, int records)
    {
        Isolate(dir);
        File.WriteAllText(Path.Combine(dir, "Catalog.csproj"), Project(GeneratorItems(repo, generatorBin, "data/*.yaml")));
        File.WriteAllText(Path.Combine(dir, "Records.cs"), """
            using System.Collections.Immutable;
            using SeedData;
            namespace Library;
            public enum Format { Hardback, Paperback, Ebook, Audiobook }
            [SeedRecord("authors")]
            public sealed partial record Author(string Id, string Name, int? Born = null, string? Country = null);
            [SeedRecord("books")]
            public sealed partial record Book(string Id, string Title, Author Author, int Year, string Isbn, Format Format, decimal Price,
                int Pages, ImmutableArray<string> Subjects = default, DateOnly? Acquired = null, string? Shelf = null);
            [SeedDataset]
            public static partial class Catalog;
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "Console.WriteLine(Library.Catalog.Books.Count + Library.Catalog.Authors.Count);\n");
        Directory.CreateDirectory(Path.Combine(dir, "data"));
        int authors = records / 5, books = records - authors;
        string[] formats = { "hardback", "paperback", "ebook", "audiobook" };
        for (int f = 0; f < Files; f++)
        {
            var yaml = new StringBuilder("# catalogue part ").Append(f).Append('\n');
            var (a0, a1) = Slice(authors, f);
            var (b0, b1) = Slice(books, f);
            yaml.Append(a0 == a1 ? "authors: []\n" : "authors:\n");
            for (int i = a0; i < a1; i++) yaml.Append($"  - id: author-{i}\n    name: Author {i}\n    born: {1900 + i % 100}\n    country: GB\n");
            yaml.Append(b0 == b1 ? "books: []\n" : "books:\n");
            for (int i = b0; i < b1; i++)
            {
                yaml.Append($"  - id: book-{i}\n    title: The Book Number {i}\n    author: author-{i % Math.Max(1, authors)}\n    year: {1950 + i % 75}\n")
                    .Append($"    isbn: 978-0-{i:000000}-0\n    format: {formats[i % 4]}\n    price: {5 + i % 30}.99\n    pages: {100 + i % 500}\n")
                    .Append($"    subjects: [fiction, shelf-{i % 40}]\n    acquired: 2024-{1 + i % 12:00}-{1 + i % 28:00}\n");
            }
            File.WriteAllText(Path.Combine(dir, "data", $"catalog-{f:000}.yaml"), yaml.ToString());
        }
        return dir;
    }

    private static (int Start, int End) Slice(int count, int file) => (count * file / Files, count * (file + 1) / Files);
}

sealed record BuildResult(bool Succeeded, double Seconds, double PeakMb, string Errors);

static class Measure
{
    public static BuildResult Build(string dir)
    {
        Shell.Check(Shell.Run("dotnet", "restore -v:q -nologo", dir));
        foreach (string sub in new[] { "bin", "obj/Debug" })
            if (Directory.Exists(Path.Combine(dir, sub))) Directory.Delete(Path.Combine(dir, sub), recursive: true);
        return TimedBuild(dir);
    }

    public static BuildResult EditAndRebuild(string dir, string file)
    {
        // One line of one data file changes; the next build must recompile.
        string text = File.ReadAllText(file);
        int end = text.IndexOf('\n');
        File.WriteAllText(file, text[..end] + " (edited " + DateTime.UtcNow.Ticks + ")" + text[end..]);
        return TimedBuild(dir);
    }

    private static BuildResult TimedBuild(string dir)
    {
        var run = Shell.Run("/usr/bin/time", "-v dotnet build --no-restore -p:UseSharedCompilation=false -p:TreatWarningsAsErrors=false -nodeReuse:false -m:1 -v:q -nologo -clp:ErrorsOnly", dir);
        double seconds = ParseElapsed(Regex.Match(run.Output, @"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)").Groups[1].Value);
        double peak = double.Parse(Regex.Match(run.Output, @"Maximum resident set size \(kbytes\): (\d+)").Groups[1].Value, CultureInfo.InvariantCulture) / 1024;
        string errors = string.Join("\n", run.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(5));
        return new BuildResult(run.ExitCode == 0, seconds, peak, errors);
    }

    public static void ReleaseBuild(string dir)
        => Shell.Check(Shell.Run("dotnet", "build --no-restore -c Release -p:TreatWarningsAsErrors=false -v:q -nologo", dir));

    public static double RunMs(string dir, string arguments)
    {
        string dll = Directory.GetFiles(Path.Combine(dir, "bin", "Release", "net10.0"), "*.dll").Single(f => Path.GetFileName(f) is "Seed.dll" or "Json.dll");
        var run = Shell.Run("dotnet", "\"" + dll + "\" " + arguments, dir);
        Shell.Check(run);
        return double.Parse(Regex.Match(run.Output, @"ms ([0-9.]+)").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static (long Total, int Largest) Il(string dir)
    {
        string dll = Path.Combine(dir, "bin", "Release", "net10.0", "Seed.dll");
        var run = Shell.Run("dotnet", "\"" + dll + "\" il", dir);
        Shell.Check(run);
        var match = Regex.Match(run.Output, @"il (\d+) largest (\d+)");
        return (long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    public static int Records(string dir)
    {
        string dll = Path.Combine(dir, "bin", "Release", "net10.0", "Seed.dll");
        var run = Shell.Run("dotnet", "\"" + dll + "\" first-access", dir);
        Shell.Check(run);
        return int.Parse(Regex.Match(run.Output, @"records (-?\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static double Median(int runs, Func<double> measure)
    {
        var values = Enumerable.Range(0, runs).Select(_ => measure()).OrderBy(v => v).ToList();
        return values[values.Count / 2];
    }

    private static double ParseElapsed(string text)
    {
        var parts = text.Split(':').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).Reverse().ToArray();
        return parts[0] + (parts.Length > 1 ? parts[1] * 60 : 0) + (parts.Length > 2 ? parts[2] * 3600 : 0);
    }
}

sealed record Row(int Records, BuildResult Build, BuildResult Edit, BuildResult BaselineBuild, double FirstAccessMs, double BaselineFirstAccessMs,
    double FirstLookupMs, double BaselineFirstLookupMs, (long Total, int Largest) Il, int RecordsBuilt)
{
    public string Describe()
        => $"   build {Build.Seconds:F1} s ({(Build.Succeeded ? "ok" : "FAILED " + Build.Errors)}), peak {Build.PeakMb:N0} MB; edit rebuild {Edit.Seconds:F1} s, {Edit.PeakMb:N0} MB; "
         + $"first access {FirstAccessMs:F1} ms (baseline {BaselineFirstAccessMs:F1} ms); first lookup {FirstLookupMs:F1} ms (baseline {BaselineFirstLookupMs:F1} ms); "
         + $"IL {Il.Total:N0} bytes, largest method {Il.Largest:N0}; {RecordsBuilt:N0} records built";
}

sealed record CatalogRow(int Records, BuildResult Build, BuildResult Edit);

static class Report
{
    public static void Write(string dir, List<Row> rows, List<CatalogRow> catalog, Options options)
    {
        var zero = rows.First(r => r.Records == 0);
        var md = new StringBuilder();
        md.Append($"Scale benchmark, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, median of {options.Runs} runs for run-time figures.\n\n");
        md.Append("| records | build s | build / 0 records | compiler peak MB | edit rebuild s | edit / 0 records | first access ms | baseline ms | first access / baseline | first lookup ms | baseline lookup ms | generated IL bytes | largest method IL |\n");
        md.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in rows)
        {
            md.Append($"| {r.Records:N0} | {r.Build.Seconds:F1}{(r.Build.Succeeded ? "" : " (failed)")} | {r.Build.Seconds / zero.Build.Seconds:F2} | {r.Build.PeakMb:N0} | {r.Edit.Seconds:F1} | {r.Edit.Seconds / zero.Edit.Seconds:F2} | ")
              .Append($"{r.FirstAccessMs:F1} | {r.BaselineFirstAccessMs:F1} | {r.FirstAccessMs / r.BaselineFirstAccessMs:F2} | {r.FirstLookupMs:F1} | {r.BaselineFirstLookupMs:F1} | {r.Il.Total:N0} | {r.Il.Largest:N0} |\n");
        }
        if (catalog.Count == 2)
        {
            md.Append($"\nLibrary catalogue (a new user's project, 100 files): one-line edit rebuild {catalog[1].Edit.Seconds:F1} s at {catalog[1].Records:N0} records, ")
              .Append($"{catalog[0].Edit.Seconds:F1} s with no data: {catalog[1].Edit.Seconds / catalog[0].Edit.Seconds:F2}x; full build {catalog[1].Build.Seconds:F1} s, peak {catalog[1].Build.PeakMb:N0} MB.\n");
        }
        File.WriteAllText(Path.Combine(dir, "scale.md"), md.ToString());
        var csv = new StringBuilder("records,build_s,build_peak_mb,edit_s,edit_peak_mb,baseline_build_s,first_access_ms,baseline_first_access_ms,first_lookup_ms,baseline_first_lookup_ms,il_bytes,largest_method_il,records_built\n");
        foreach (var r in rows)
        {
            csv.Append(string.Join(",", r.Records, F(r.Build.Seconds), F(r.Build.PeakMb), F(r.Edit.Seconds), F(r.Edit.PeakMb), F(r.BaselineBuild.Seconds),
                F(r.FirstAccessMs), F(r.BaselineFirstAccessMs), F(r.FirstLookupMs), F(r.BaselineFirstLookupMs), r.Il.Total, r.Il.Largest, r.RecordsBuilt)).Append('\n');
        }
        File.WriteAllText(Path.Combine(dir, "scale.csv"), csv.ToString());
        Console.WriteLine();
        Console.Write(md);
        Console.WriteLine($"written: {Path.Combine(dir, "scale.md")}, scale.csv");

        static string F(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
    }

    /// <summary>Build time and first access against record count, generated and baseline, log-log, drawn by gnuplot.</summary>
    public static void Plot(List<Row> rows, string png, string dir)
    {
        var points = rows.Where(r => r.Records > 0).ToList();
        string dat = Path.Combine(dir, "scale.dat");
        File.WriteAllLines(dat, points.Select(r => string.Join(" ", r.Records, F(r.Build.Seconds), F(r.BaselineBuild.Seconds), F(r.FirstAccessMs), F(r.BaselineFirstAccessMs))));
        string script = $$"""
            set terminal pngcairo size 1100,460 font "DejaVu Sans,10"
            set output "{{png}}"
            set multiplot layout 1,2 title "SeedData generated data vs. embedded JSON + System.Text.Json (baseline), {{Environment.ProcessorCount}} cores"
            set logscale xy
            set grid
            set key top left
            set xlabel "records"
            set format x "10^{%L}"
            set title "Build time (compiler server off)"
            set ylabel "seconds"
            plot "{{dat}}" using 1:2 with linespoints lw 2 pt 7 title "SeedData", "{{dat}}" using 1:3 with linespoints lw 2 pt 5 dt 2 title "baseline"
            set title "First access: every record built and linked"
            set ylabel "milliseconds"
            plot "{{dat}}" using 1:4 with linespoints lw 2 pt 7 title "SeedData", "{{dat}}" using 1:5 with linespoints lw 2 pt 5 dt 2 title "baseline"
            unset multiplot
            """;
        string gp = Path.Combine(dir, "scale.gp");
        File.WriteAllText(gp, script);
        var run = Shell.Run("gnuplot", "\"" + gp + "\"", dir);
        Console.WriteLine(run.ExitCode == 0 ? "plot: " + png : "gnuplot failed (install gnuplot-nox): " + run.Output);

        static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
    }
}

/// <summary>CI's smoke run: small sizes only; it fails when a build fails or the data did not come out whole.</summary>
static class Smoke
{
    public static int Check(List<Row> rows)
    {
        int failures = 0;
        foreach (var r in rows)
        {
            bool ok = r.Build.Succeeded && r.Edit.Succeeded && r.RecordsBuilt == r.Records && r.Il.Largest < 60_000;
            Console.WriteLine($"smoke: {r.Records:N0} records: build {(r.Build.Succeeded ? "ok" : "failed")}, edit rebuild {(r.Edit.Succeeded ? "ok" : "failed")}, "
                + $"{r.RecordsBuilt:N0} records built, largest method {r.Il.Largest:N0} bytes of IL: {(ok ? "ok" : "FAILED")}");
            if (!ok) failures++;
        }
        return failures == 0 ? 0 : 1;
    }
}

static class Shell
{
    public sealed record Result(int ExitCode, string Output, string Command);

    public static Result Run(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, output + error.Result, file + " " + arguments);
    }

    public static void Check(Result result)
    {
        if (result.ExitCode != 0) throw new InvalidOperationException($"'{result.Command}' exited with {result.ExitCode}:\n{result.Output}");
    }
}
