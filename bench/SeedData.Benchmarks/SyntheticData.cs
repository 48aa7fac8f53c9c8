using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SeedData.Benchmarks;

/// <summary>
/// The synthetic dataset every benchmark uses: half the records are actors and half are statements that reference
/// them (speaker, audience), spread over 100 YAML files. Deterministic. Summaries are 8 to 16 words drawn from a
/// 600-word vocabulary, so the text is not one sentence repeated and compresses like real prose.
/// </summary>
internal sealed class SyntheticData
{
    public const int Files = 100;

    /// <summary>The record declarations the YAML is written for.</summary>
    public const string Records = """
        using System;
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
        """;

    /// <summary>
    /// <see cref="Records"/> with two <c>[SeedIndex]</c> per collection (actors by kind and by name, statements by date and
    /// by summary): what the build costs when every collection has indexes to sort and store.
    /// </summary>
    public static readonly string IndexedRecords = Index(Records, "ActorKind Kind,", "string Name,", "DateOnly? SaidOn", "string Summary,");

    private static readonly string[] Vocabulary = BuildVocabulary();

    private static string Index(string records, params string[] parameters)
    {
        foreach (string parameter in parameters)
        {
            if (records.IndexOf(parameter, StringComparison.Ordinal) is var at && (at < 0 || records.IndexOf(parameter, at + 1, StringComparison.Ordinal) >= 0))
                throw new InvalidOperationException($"'{parameter}' is not one parameter of the synthetic records.");
            records = records.Replace(parameter, "[SeedIndex] " + parameter, StringComparison.Ordinal);
        }
        return records;
    }

    private SyntheticData(List<ActorData> actors, List<StatementData> statements)
    {
        Actors = actors;
        Statements = statements;
    }

    public List<ActorData> Actors { get; }
    public List<StatementData> Statements { get; }
    public int Count => Actors.Count + Statements.Count;

    public sealed record ActorData(string Id, string Name, string Kind, string[] Aliases, string? WikidataId);
    public sealed record StatementData(string Id, int Speaker, string Summary, int[] Audience, string? SaidOn);

    public static SyntheticData Create(int records)
    {
        int actorCount = records / 2, statementCount = actorCount == 0 ? 0 : records - actorCount;
        var random = new Random(20251127);
        var actors = new List<ActorData>(actorCount);
        for (int i = 0; i < actorCount; i++)
        {
            string number = i.ToString(CultureInfo.InvariantCulture);
            string name = Word(random, capital: true) + " " + Word(random, capital: true) + " " + number;
            actors.Add(new ActorData("actor-" + number, name, i % 2 == 0 ? "person" : "government",
                i % 3 == 0 ? Array.Empty<string>() : new[] { name.Split(' ')[1] + number },
                i % 5 == 0 ? "Q" + (100_000 + i).ToString(CultureInfo.InvariantCulture) : null));
        }
        var statements = new List<StatementData>(statementCount);
        for (int i = 0; i < statementCount; i++)
        {
            int words = random.Next(8, 17);
            var summary = new StringBuilder(Word(random, capital: true));
            for (int w = 1; w < words; w++) summary.Append(' ').Append(Word(random, capital: false));
            summary.Append('.');
            string? saidOn = i % 4 == 3 ? null : string.Format(CultureInfo.InvariantCulture, "2025-{0:00}-{1:00}", 1 + i % 12, 1 + i % 28);
            statements.Add(new StatementData("statement-" + i.ToString(CultureInfo.InvariantCulture), random.Next(actorCount), summary.ToString(),
                new[] { random.Next(actorCount), random.Next(actorCount) }, saidOn));
        }
        return new SyntheticData(actors, statements);
    }

    /// <summary>The data as <see cref="Files"/> YAML files: file k holds the k-th hundredth of the actors and of the statements.</summary>
    public IEnumerable<(string Name, string Yaml)> YamlFiles()
    {
        for (int f = 0; f < Files; f++)
        {
            var yaml = new StringBuilder("# part ").Append(f.ToString(CultureInfo.InvariantCulture)).Append('\n');
            var (actorStart, actorEnd) = Slice(Actors.Count, f);
            var (statementStart, statementEnd) = Slice(Statements.Count, f);
            yaml.Append(actorStart == actorEnd ? "actors: []\n" : "actors:\n");
            for (int i = actorStart; i < actorEnd; i++)
            {
                var a = Actors[i];
                yaml.Append("  - id: ").Append(a.Id).Append("\n    name: ").Append(a.Name).Append("\n    kind: ").Append(a.Kind).Append('\n');
                if (a.Aliases.Length > 0) yaml.Append("    aliases: [").Append(string.Join(", ", a.Aliases)).Append("]\n");
                if (a.WikidataId is not null) yaml.Append("    wikidataId: ").Append(a.WikidataId).Append('\n');
            }
            yaml.Append(statementStart == statementEnd ? "statements: []\n" : "statements:\n");
            for (int i = statementStart; i < statementEnd; i++)
            {
                var s = Statements[i];
                yaml.Append("  - id: ").Append(s.Id).Append("\n    speaker: ").Append(Actors[s.Speaker].Id)
                    .Append("\n    summary: ").Append(s.Summary)
                    .Append("\n    audience: [").Append(string.Join(", ", s.Audience.Select(x => Actors[x].Id))).Append("]\n");
                if (s.SaidOn is not null) yaml.Append("    saidOn: ").Append(s.SaidOn).Append('\n');
            }
            yield return (string.Format(CultureInfo.InvariantCulture, "part-{0:000}.yaml", f), yaml.ToString());
        }
    }

    /// <summary>
    /// The same records as CSV, as a spreadsheet would export them: file k of each collection holds the k-th hundredth
    /// of its records, so <see cref="Files"/> files per collection, each with its collection in <c>Collection</c>
    /// metadata (the file name is the part's); lists joined with ';', a missing value an empty cell.
    /// </summary>
    public IEnumerable<(string Name, string Csv, string Collection)> CsvFiles()
    {
        for (int f = 0; f < Files; f++)
        {
            var (start, end) = Slice(Actors.Count, f);
            var csv = new StringBuilder("id,name,kind,aliases,wikidataId\n");
            for (int i = start; i < end; i++)
            {
                var a = Actors[i];
                csv.Append(a.Id).Append(',').Append(a.Name).Append(',').Append(a.Kind).Append(',').Append(string.Join(";", a.Aliases)).Append(',')
                    .Append(a.WikidataId).Append('\n');
            }
            yield return (string.Format(CultureInfo.InvariantCulture, "actors-{0:000}.csv", f), csv.ToString(), "actors");
        }
        for (int f = 0; f < Files; f++)
        {
            var (start, end) = Slice(Statements.Count, f);
            var csv = new StringBuilder("id,speaker,summary,audience,saidOn\n");
            for (int i = start; i < end; i++)
            {
                var s = Statements[i];
                csv.Append(s.Id).Append(',').Append(Actors[s.Speaker].Id).Append(',').Append(s.Summary).Append(',')
                    .Append(string.Join(";", s.Audience.Select(x => Actors[x].Id))).Append(',').Append(s.SaidOn).Append('\n');
            }
            yield return (string.Format(CultureInfo.InvariantCulture, "statements-{0:000}.csv", f), csv.ToString(), "statements");
        }
    }

    /// <summary>The same data as one JSON document, the baseline's embedded resource: references as ids.</summary>
    public void WriteJson(TextWriter writer)
    {
        writer.Write("{\"actors\":[");
        for (int i = 0; i < Actors.Count; i++)
        {
            var a = Actors[i];
            if (i > 0) writer.Write(',');
            writer.Write("{\"id\":\"" + a.Id + "\",\"name\":\"" + a.Name + "\",\"kind\":\"" + a.Kind + "\",\"aliases\":["
                + string.Join(",", a.Aliases.Select(x => "\"" + x + "\"")) + "]");
            if (a.WikidataId is not null) writer.Write(",\"wikidataId\":\"" + a.WikidataId + "\"");
            writer.Write('}');
        }
        writer.Write("],\"statements\":[");
        for (int i = 0; i < Statements.Count; i++)
        {
            var s = Statements[i];
            if (i > 0) writer.Write(',');
            writer.Write("{\"id\":\"" + s.Id + "\",\"speaker\":\"" + Actors[s.Speaker].Id + "\",\"summary\":\"" + s.Summary + "\",\"audience\":["
                + string.Join(",", s.Audience.Select(x => "\"" + Actors[x].Id + "\"")) + "]");
            if (s.SaidOn is not null) writer.Write(",\"saidOn\":\"" + s.SaidOn + "\"");
            writer.Write('}');
        }
        writer.Write("]}");
    }

    /// <summary>
    /// The same records for the floor project: little-endian, every string as its byte count (-1 for null) then its
    /// UTF-8, lists as a count then their items, references as the actor's position, a date as its day number or -1.
    /// </summary>
    public void WriteFloor(Stream stream)
    {
        using var writer = new BinaryWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        void Text(string? text)
        {
            if (text is null) { writer.Write(-1); return; }
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }
        writer.Write(Actors.Count);
        foreach (var a in Actors)
        {
            Text(a.Id);
            Text(a.Name);
            writer.Write((byte)(a.Kind == "person" ? 0 : 1));
            writer.Write(a.Aliases.Length);
            foreach (string alias in a.Aliases) Text(alias);
            Text(a.WikidataId);
        }
        writer.Write(Statements.Count);
        foreach (var s in Statements)
        {
            Text(s.Id);
            writer.Write(s.Speaker);
            Text(s.Summary);
            writer.Write(s.Audience.Length);
            foreach (int actor in s.Audience) writer.Write(actor);
            writer.Write(s.SaidOn is null ? -1 : DateOnly.ParseExact(s.SaidOn, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber);
        }
    }

    private static (int Start, int End) Slice(int count, int file) => (count * file / Files, count * (file + 1) / Files);

    private static string Word(Random random, bool capital)
    {
        string word = Vocabulary[random.Next(Vocabulary.Length)];
        return capital ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word;
    }

    private static string[] BuildVocabulary()
    {
        string[] onsets = { "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "w", "z" };
        string[] vowels = { "a", "e", "i", "o", "u", "ai", "ea", "ou" };
        string[] codas = { "", "n", "r", "s", "t", "nd", "rk", "st", "l", "m" };
        var random = new Random(7);
        var words = new HashSet<string>(StringComparer.Ordinal);
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
