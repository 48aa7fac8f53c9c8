using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace SeedData.Benchmarks.Scale;

/// <summary>Writes the projects the scale harness builds, each in a fresh directory isolated from the repository's build settings.</summary>
internal static class ScaleProjects
{
    private static void Isolate(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            File.WriteAllText(Path.Combine(dir, name), "<Project />\n");
    }

    private static string Project(string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <InvariantGlobalization>true</InvariantGlobalization>
            <PublishAot>false</PublishAot>
          </PropertyGroup>
        {items}
        </Project>
        """;

    /// <summary>The items that embed <paramref name="file"/> under its own name, which the probe reads it by.</summary>
    private static string EmbeddedResource(string file) => $"""
          <ItemGroup>
            <EmbeddedResource Include="{file}" LogicalName="{file}" />
          </ItemGroup>

        """;

    // The package's props allow unsafe code unless the project says otherwise (a large image is read in place), and a
    // package's props come before the SDK's default of false; imported here, after it, they would find false set.
    private static string GeneratorItems(string repo, string bin) => $"""
          <PropertyGroup>
            <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
          </PropertyGroup>
          <Import Project="{repo}/src/SeedData.Generator/build/SeedData.Generator.props" />
          <ItemGroup>
            <Analyzer Include="{bin}/SeedData.Generator.dll" />
            <Analyzer Include="{bin}/YamlDotNet.dll" />
            <SeedDataFile Include="data/*.yaml" />
          </ItemGroup>
          <Import Project="{repo}/src/SeedData.Generator/build/SeedData.Generator.targets" />
        """;

    // The records as the baseline and the floor build them: plain records, with the generated ones' shape.
    private const string PlainRecords = """
        public enum ActorKind { Person, Government }
        public sealed record Actor(string Id, string Name, ActorKind Kind, ImmutableArray<string> Aliases, string? WikidataId);
        public sealed record Statement(string Id, Actor Speaker, string Summary, ImmutableArray<Actor> Audience, DateOnly? SaidOn);

        """;

    // Measures its own first access, first lookup and generated IL, so no harness code runs inside the timing.
    private const string Probe = """
        static class Probe
        {
            public static int Run(string[] args, Func<int> firstAccess, Func<string, int> firstRecord, Type? generated)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                switch (args[0])
                {
                    case "first-access":
                        int built = firstAccess();
                        Console.WriteLine($"ms {clock.Elapsed.TotalMilliseconds:F2} records {built}");
                        return 0;
                    case "first-record":
                        int found = firstRecord(args[1]);
                        Console.WriteLine($"ms {clock.Elapsed.TotalMilliseconds:F2} found {found}");
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

    /// <param name="records">The declarations: <see cref="SyntheticData.Records"/>, or <see cref="SyntheticData.IndexedRecords"/>.</param>
    public static string WriteSeed(string dir, string repo, string generatorBin, SyntheticData data, string records)
    {
        Isolate(dir);
        File.WriteAllText(Path.Combine(dir, "Seed.csproj"), Project(GeneratorItems(repo, generatorBin)));
        File.WriteAllText(Path.Combine(dir, "Records.cs"), records);
        // First access enumerates both collections, which builds every record; one record by key builds that statement
        // and the actors it references, and its value here reads them.
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using Scale;
            return Probe.Run(args,
                () => Data.Actors.AsImmutableArray().Length + Data.Statements.AsImmutableArray().Length,
                id => Data.Statements.TryGet(id, out var statement) ? statement.Speaker.Name.Length + statement.Audience.Length : -1,
                typeof(Data));
            """ + "\n" + Probe);
        Directory.CreateDirectory(Path.Combine(dir, "data"));
        foreach (var (name, yaml) in data.YamlFiles()) File.WriteAllText(Path.Combine(dir, "data", name), yaml);
        return dir;
    }

    public static string WriteJson(string dir, SyntheticData data)
    {
        Isolate(dir);
        File.WriteAllText(Path.Combine(dir, "Json.csproj"), Project(EmbeddedResource("data.json")));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System.Collections.Immutable;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            return Probe.Run(args, () => Data.Load().Count, id => Data.RecordByKey(id), null);

            """ + PlainRecords + """
            public sealed record ActorDto(string Id, string Name, ActorKind Kind, string[]? Aliases, string? WikidataId);
            public sealed record StatementDto(string Id, string Speaker, string Summary, string[]? Audience, DateOnly? SaidOn);
            public sealed record DataFileDto(ActorDto[] Actors, StatementDto[] Statements);

            [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
            [JsonSerializable(typeof(DataFileDto))]
            internal partial class DataContext : JsonSerializerContext;

            public static class Data
            {
                // Every record built and every reference linked: the DTOs, then a Dictionary of the actors for the statements.
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
                    return (actors, statements, actors.Count + statements.Count);
                }

                // One record by key: the same load, then a Dictionary of the statements by id.
                public static int RecordByKey(string id)
                {
                    var statements = Load().Statements;
                    var byId = new Dictionary<string, Statement>(statements.Count);
                    foreach (var s in statements) byId.Add(s.Id, s);
                    return byId.TryGetValue(id, out var statement) ? statement.Speaker.Name.Length + statement.Audience.Length : -1;
                }
            }
            """ + "\n" + Probe);
        using (var writer = new StreamWriter(Path.Combine(dir, "data.json"), false, new UTF8Encoding(false))) data.WriteJson(writer);
        return dir;
    }

    /// <summary>
    /// The floor for a first access: the same object graph built from UTF-8 already in memory (the assembly's own
    /// resource, read in place where the runtime mapped it, no copy), one <c>GetString</c> per string and nothing else:
    /// no format to parse, no reference to look up, no check. No reader of stored data can do less.
    /// </summary>
    public static string WriteFloor(string dir, SyntheticData data)
    {
        Isolate(dir);
        File.WriteAllText(Path.Combine(dir, "Floor.csproj"), Project("""
              <PropertyGroup>
                <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
              </PropertyGroup>
            """ + EmbeddedResource("floor.bin")));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using System.Collections.Immutable;
            using System.Runtime.InteropServices;
            using System.Text;
            return Probe.Run(args, () => Floor.Build(), id => -1, null);

            """ + PlainRecords + """

            public static unsafe class Floor
            {
                public static int Build()
                {
                    using var stream = (UnmanagedMemoryStream)typeof(Floor).Assembly.GetManifestResourceStream("floor.bin")!;
                    var bytes = new ReadOnlySpan<byte>(stream.PositionPointer, checked((int)stream.Length));
                    int at = 0;
                    var actors = new Actor[Int(bytes, ref at)];
                    for (int i = 0; i < actors.Length; i++)
                    {
                        string id = Text(bytes, ref at)!, name = Text(bytes, ref at)!;
                        var kind = (ActorKind)bytes[at++];
                        var aliases = new string[Int(bytes, ref at)];
                        for (int a = 0; a < aliases.Length; a++) aliases[a] = Text(bytes, ref at)!;
                        actors[i] = new Actor(id, name, kind, ImmutableCollectionsMarshal.AsImmutableArray(aliases), Text(bytes, ref at));
                    }
                    var statements = new Statement[Int(bytes, ref at)];
                    for (int i = 0; i < statements.Length; i++)
                    {
                        string id = Text(bytes, ref at)!;
                        var speaker = actors[Int(bytes, ref at)];
                        string summary = Text(bytes, ref at)!;
                        var audience = new Actor[Int(bytes, ref at)];
                        for (int a = 0; a < audience.Length; a++) audience[a] = actors[Int(bytes, ref at)];
                        int day = Int(bytes, ref at);
                        statements[i] = new Statement(id, speaker, summary, ImmutableCollectionsMarshal.AsImmutableArray(audience), day < 0 ? null : DateOnly.FromDayNumber(day));
                    }
                    return actors.Length + statements.Length;
                }

                private static int Int(ReadOnlySpan<byte> bytes, ref int at)
                {
                    int value = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(at));
                    at += 4;
                    return value;
                }

                private static string? Text(ReadOnlySpan<byte> bytes, ref int at)
                {
                    int length = Int(bytes, ref at);
                    if (length < 0) return null;
                    string text = Encoding.UTF8.GetString(bytes.Slice(at, length));
                    at += length;
                    return text;
                }
            }
            """ + "\n" + Probe);
        using (var stream = File.Create(Path.Combine(dir, "floor.bin"))) data.WriteFloor(stream);
        return dir;
    }

    /// <summary>A new user's library catalogue: authors and the books they wrote, in 100 files.</summary>
    public static string WriteCatalog(string dir, string repo, string generatorBin, int records)
    {
        Isolate(dir);
        File.WriteAllText(Path.Combine(dir, "Catalog.csproj"), Project(GeneratorItems(repo, generatorBin)));
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
        for (int f = 0; f < SyntheticData.Files; f++)
        {
            var yaml = new StringBuilder("# catalogue part ").Append(f.ToString(CultureInfo.InvariantCulture)).Append('\n');
            int a0 = authors * f / SyntheticData.Files, a1 = authors * (f + 1) / SyntheticData.Files;
            int b0 = books * f / SyntheticData.Files, b1 = books * (f + 1) / SyntheticData.Files;
            yaml.Append(a0 == a1 ? "authors: []\n" : "authors:\n");
            for (int i = a0; i < a1; i++) yaml.Append(CultureInfo.InvariantCulture, $"  - id: author-{i}\n    name: Author {i}\n    born: {1900 + i % 100}\n    country: GB\n");
            yaml.Append(b0 == b1 ? "books: []\n" : "books:\n");
            for (int i = b0; i < b1; i++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - id: book-{i}\n    title: The Book Number {i}\n    author: author-{i % Math.Max(1, authors)}\n    year: {1950 + i % 75}\n")
                    .Append(CultureInfo.InvariantCulture, $"    isbn: 978-0-{i:000000}-0\n    format: {formats[i % 4]}\n    price: {5 + i % 30}.99\n    pages: {100 + i % 500}\n")
                    .Append(CultureInfo.InvariantCulture, $"    subjects: [fiction, shelf-{i % 40}]\n    acquired: 2024-{1 + i % 12:00}-{1 + i % 28:00}\n");
            }
            File.WriteAllText(Path.Combine(dir, "data", string.Format(CultureInfo.InvariantCulture, "catalog-{0:000}.yaml", f)), yaml.ToString());
        }
        return dir;
    }
}
