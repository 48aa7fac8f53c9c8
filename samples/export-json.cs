#!/usr/bin/env dotnet
// Exporting JSON: the whole SeedData dataset as one document (ids for references, kebab-case enums),
// read back to prove the round trip, and a flat table of your own shape for pandas, jq or a spreadsheet.
//
//   dotnet run export-json.cs                 # writes seeddata.json and statements.json here
//   dotnet run export-json.cs -- out/         # ... into out/
//
// SeedData comes from ../nuget through samples/NuGet.config: run ../build.sh (or `dotnet pack`) first.
#:package SeedData@0.3.0
#:property PublishAot=false

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeedData;

string folder = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(folder);

// 1. Everything, in the dataset's own JSON format.
string whole = Path.Combine(folder, "seeddata.json");
using (var stream = File.Create(whole))
{
    Dataset.WriteJson(stream);
}
Console.WriteLine($"{whole}: {new FileInfo(whole).Length:N0} bytes, dataset {Dataset.Version}, content hash {Dataset.ContentHash[..12]}");

// 2. Read it back: new record instances, equal to the built-in ones.
DatasetSnapshot copy;
using (var stream = File.OpenRead(whole))
{
    copy = Dataset.ReadJson(stream);
}
Console.WriteLine($"  read back: {copy.Statements.Length} statements, {copy.Actors.Length} actors; equal to the built-in data: {copy.Equals(Dataset.Snapshot)}");

// 3. Your own shape: one flat row per statement, references as names and ids, enums in kebab-case as in the data.
var rows = Dataset.Statements.Select(s => new
{
    s.Id,
    s.Type,
    Speakers = s.Speakers.IsDefaultOrEmpty ? [] : s.Speakers.Select(a => a.Name).ToArray(),
    s.SpeakerDescription,
    SaidOn = s.SaidOn?.ToString(),
    Earliest = s.SaidOn?.Earliest,
    Topics = s.Topics.ToArray(),
    s.Summary,
    Articles = s.Evidence.Select(e => e.Article.Id).Distinct().ToArray(),
});
string table = Path.Combine(folder, "statements.json");
var options = new JsonSerializerOptions
{
    WriteIndented = true,
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
};
File.WriteAllText(table, JsonSerializer.Serialize(rows, options));
Console.WriteLine($"{table}: {Dataset.Statements.Count} statements as flat rows");

// 4. The JSON is ordinary JSON: query it without SeedData, as any other tool would.
using var document = JsonDocument.Parse(File.ReadAllBytes(table));
var first = document.RootElement.EnumerateArray()
    .Where(row => row.GetProperty("topics").EnumerateArray().Any(t => t.GetString() == "security-guarantees"))
    .Where(row => row.GetProperty("earliest").ValueKind == JsonValueKind.String)
    .OrderBy(row => row.GetProperty("earliest").GetString(), StringComparer.Ordinal)
    .First();
Console.WriteLine($"  earliest statement on security guarantees: {first.GetProperty("saidOn").GetString()} {first.GetProperty("id").GetString()}");
