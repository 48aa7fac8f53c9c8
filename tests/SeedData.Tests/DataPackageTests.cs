using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SeedData.Tests.Shared;
using Xunit;

namespace SeedData.Tests;

/// <summary>
/// <see cref="Dataset.WriteDataPackage(string)"/>: the Frictionless Data Package read back as a consumer's tools
/// would, with a strict RFC 4180 reader, and checked against the collections.
/// </summary>
public sealed class DataPackageTests : IDisposable
{
    private static readonly Dictionary<string, IReadOnlyList<ISeedRecord>> Collections = new()
    {
        ["actors"] = Dataset.Actors.ToArray(),
        ["articles"] = Dataset.Articles.ToArray(),
        ["roles"] = Dataset.Roles.ToArray(),
        ["mentions"] = Dataset.Mentions.ToArray(),
        ["statements"] = Dataset.Statements.ToArray(),
        ["meetings"] = Dataset.Meetings.ToArray(),
        ["proposals"] = Dataset.Proposals.ToArray(),
        ["figures"] = Dataset.Figures.ToArray(),
        ["events"] = Dataset.Events.ToArray(),
        ["positions"] = Dataset.Positions.ToArray(),
    };

    private readonly string directory = Path.Combine(Path.GetTempPath(), "seeddata-datapackage-" + Guid.NewGuid().ToString("N"));

    public DataPackageTests() => Dataset.WriteDataPackage(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private JsonElement Descriptor()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "datapackage.json")));
        return document.RootElement.Clone();
    }

    private JsonElement Resource(string name) => Descriptor().GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);

    private List<string[]> Rows(string name) => Rfc4180.Parse(File.ReadAllBytes(Path.Combine(directory, name + ".csv")));

    private List<Dictionary<string, string>> Records(string name)
    {
        var rows = Rows(name);
        return rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    [Fact]
    public void Descriptor_lists_a_tabular_resource_and_a_json_lines_file_per_collection()
    {
        // Every collection of the dataset, as its JSON export has them: a new collection cannot be left out.
        using var export = JsonDocument.Parse(Dataset.Snapshot.ToJson());
        Assert.Equal(
            export.RootElement.EnumerateObject().Select(p => p.Name).Where(n => n is not ("version" or "contentHash")).Order(StringComparer.Ordinal),
            Collections.Keys.Order(StringComparer.Ordinal));
        var descriptor = Descriptor();
        Assert.Equal("seeddata", descriptor.GetProperty("name").GetString());
        Assert.Equal(Dataset.Version, descriptor.GetProperty("version").GetString());
        Assert.Equal(Dataset.ContentHash, descriptor.GetProperty("contentHash").GetString());
        Assert.Contains("joined with ';'", descriptor.GetProperty("description").GetString());

        var resources = descriptor.GetProperty("resources").EnumerateArray().ToList();
        var tabular = resources.Where(r => r.GetProperty("profile").GetString() == "tabular-data-resource").ToList();
        // In the dataset's collection order: by name, ordinal.
        var names = Collections.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, tabular.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(names.Select(k => k + ".jsonl"),
            resources.Where(r => r.GetProperty("format").GetString() == "jsonl").Select(r => r.GetProperty("path").GetString()));

        // Every file the descriptor names exists with the size and SHA-256 it states, and nothing else was written.
        foreach (var resource in resources)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(directory, resource.GetProperty("path").GetString()!));
            Assert.Equal(bytes.Length, resource.GetProperty("bytes").GetInt32());
            Assert.Equal("sha256:" + Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), resource.GetProperty("hash").GetString());
        }

        Assert.Equal(
            resources.Select(r => r.GetProperty("path").GetString()).Append("datapackage.json").Order(StringComparer.Ordinal),
            Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        foreach (var resource in tabular)
        {
            var schema = resource.GetProperty("schema");
            Assert.Equal("id", schema.GetProperty("primaryKey")[0].GetString());
            Assert.Equal("\r\n", resource.GetProperty("dialect").GetProperty("lineTerminator").GetString());
        }
    }

    [Fact]
    public void Each_csv_has_one_row_per_record_in_collection_order_under_the_schema_fields()
    {
        foreach (var (name, records) in Collections)
        {
            var rows = Rows(name);
            var fields = Resource(name).GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(fields.Select(f => f.GetProperty("name").GetString()), rows[0]);
            Assert.Equal(records.Count, rows.Count - 1);
            Assert.Equal(records.Select(r => r.Id), rows.Skip(1).Select(r => r[0]));

            for (int column = 0; column < fields.Count; column++)
            {
                var field = fields[column];
                var values = rows.Skip(1).Select(r => r[column]).ToList();
                bool required = field.TryGetProperty("constraints", out var constraints) && constraints.TryGetProperty("required", out var r) && r.GetBoolean();
                if (required) Assert.All(values, v => Assert.NotEqual("", v));
                if (constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("enum", out var allowed))
                {
                    var set = allowed.EnumerateArray().Select(a => a.GetString()).ToHashSet();
                    Assert.All(values.Where(v => v != ""), v => Assert.Contains(v, set));
                }

                string? type = field.GetProperty("type").GetString();
                foreach (string value in values.Where(v => v != ""))
                {
                    switch (type)
                    {
                        case "date":
                            Assert.True(DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{name}.{field}: {value}");
                            break;
                        case "integer":
                            Assert.True(long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _), value);
                            break;
                        case "number":
                            Assert.True(decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), value);
                            break;
                        case "array":
                            using (var array = JsonDocument.Parse(value)) Assert.Equal(JsonValueKind.Array, array.RootElement.ValueKind);
                            break;
                    }
                }
            }
        }
    }

    [Fact]
    public void Every_column_of_the_json_document_is_in_the_csv()
    {
        // The dataset's JSON document is an independent account of the fields: each key it uses is a column.
        using var document = JsonDocument.Parse(Dataset.Snapshot.ToJson());
        foreach (var name in Collections.Keys)
        {
            var header = Rows(name)[0];
            var keys = document.RootElement.GetProperty(name).EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct();
            Assert.All(keys, k => Assert.Contains(k, header));
        }
    }

    [Fact]
    public void Every_foreign_key_and_every_listed_id_resolves()
    {
        var ids = Collections.Keys.ToDictionary(n => n, n => Records(n).Select(r => r["id"]).ToHashSet());
        int checkedKeys = 0;
        foreach (var name in Collections.Keys)
        {
            var records = Records(name);
            foreach (var key in Resource(name).GetProperty("schema").GetProperty("foreignKeys").EnumerateArray())
            {
                string field = key.GetProperty("fields").GetString()!;
                string target = key.GetProperty("reference").GetProperty("resource").GetString()!;
                Assert.Equal("id", key.GetProperty("reference").GetProperty("fields").GetString());
                foreach (var record in records.Where(r => r[field] != ""))
                {
                    Assert.True(ids[target].Contains(record[field]), $"{name} {record["id"]}: {field} = '{record[field]}' is not an id in {target}");
                    checkedKeys++;
                }
            }
        }

        Assert.True(checkedKeys > 0);
        var statements = Resource("statements").GetProperty("schema").GetProperty("foreignKeys").EnumerateArray()
            .ToDictionary(k => k.GetProperty("fields").GetString()!, k => k.GetProperty("reference").GetProperty("resource").GetString());
        Assert.Equal("meetings", statements["at"]);
        Assert.Equal("actors", statements["speakerAffiliation"]);

        // Lists of references cannot be foreign keys in a Table Schema: every id they hold must resolve all the same.
        // Which collection a list points to is read from the record types, independently of the writer.
        var collectionOf = Collections.ToDictionary(c => c.Value[0].GetType(), c => c.Key);
        int listed = 0;
        foreach (var (name, list) in Collections)
        {
            var records = Records(name);
            foreach (var property in list[0].GetType().GetProperties())
            {
                var type = property.PropertyType;
                if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(ImmutableArray<>)) continue;
                if (!collectionOf.TryGetValue(type.GetGenericArguments()[0], out var target)) continue;
                string column = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                if (!records[0].ContainsKey(column)) continue; // a computed property (Actor.Statements), not a field
                foreach (var record in records.Where(r => r[column] != ""))
                {
                    foreach (string id in record[column].Split(';'))
                    {
                        Assert.True(ids[target].Contains(id), $"{name} {record["id"]}: {column} holds '{id}', not an id in {target}");
                        listed++;
                    }
                }
            }
        }

        Assert.True(listed > 0);
    }

    [Fact]
    public void Cells_hold_the_records_values()
    {
        var statement = Records("statements").Single(r => r["id"] == "rubio-guarantees-only-after-peace-deal");
        var record = Dataset.Statements.RubioGuaranteesOnlyAfterPeaceDeal;
        Assert.Equal("demand", statement["type"]);
        Assert.Equal(Kebab(record.Attribution), statement["attribution"]);
        Assert.Equal(record.SaidOn!.ToString(), statement["saidOn"]);
        Assert.Equal("2025-11-25", statement["saidOnEarliest"]);
        Assert.Equal("2025-11-25", statement["saidOnLatest"]);
        Assert.Equal(record.SaidOnInferredFrom, statement["saidOnInferredFrom"]);
        Assert.Equal(string.Join(";", record.Speakers.Select(a => a.Id)), statement["speakers"]);
        Assert.Equal(string.Join(";", record.Topics.Select(t => Kebab(t))), statement["topics"]);
        Assert.StartsWith("security-guarantees", statement["topics"]);
        Assert.Equal(record.At!.Id, statement["at"]);
        Assert.Equal(record.Summary, statement["summary"]);
        using (var evidence = JsonDocument.Parse(statement["evidence"]))
        {
            Assert.Equal(record.Evidence.Select(e => (e.Article.Id, e.Phrase)),
                evidence.RootElement.EnumerateArray().Select(e => (e.GetProperty("article").GetString()!, e.GetProperty("phrase").GetString()!)));
        }

        // A range date spans its days; a figure's amount is written plainly.
        var ranged = Dataset.Statements.First(s => s.SaidOn is { IsRange: true });
        var row = Records("statements").Single(r => r["id"] == ranged.Id);
        Assert.Equal(ranged.SaidOn!.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row["saidOnEarliest"]);
        Assert.Equal(ranged.SaidOn.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row["saidOnLatest"]);
        var figure = Dataset.Figures.First(f => f.Value is not null);
        Assert.Equal(figure.Value!.Value.ToString(CultureInfo.InvariantCulture), Records("figures").Single(r => r["id"] == figure.Id)["value"]);

        // Free-text lists are JSON arrays: an alias may hold any character.
        var actor = Dataset.Actors.First(a => a.Aliases.Length > 1);
        using var aliases = JsonDocument.Parse(Records("actors").Single(r => r["id"] == actor.Id)["aliases"]);
        Assert.Equal(actor.Aliases, aliases.RootElement.EnumerateArray().Select(a => a.GetString()!));
    }

    private static string Kebab(Enum value) => Regex.Replace(value.ToString(), "(?<!^)([A-Z])", "-$1").ToLowerInvariant();

    [Fact]
    public void Json_lines_hold_one_record_per_line()
    {
        foreach (var (name, records) in Collections)
        {
            string text = File.ReadAllText(Path.Combine(directory, name + ".jsonl"), Encoding.UTF8);
            Assert.EndsWith("\n", text);
            var lines = text[..^1].Split('\n');
            Assert.Equal(records.Select(r => r.Id), lines.Select(l =>
            {
                using var line = JsonDocument.Parse(l);
                return line.RootElement.GetProperty("id").GetString();
            }));
        }
    }

    [Fact]
    public void Files_are_byte_identical_from_run_to_run_and_under_any_culture()
    {
        var first = Snapshot(directory);
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            foreach (string name in new[] { "tr-TR", "ar-SA", "de-DE", "fa-IR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                string other = Path.Combine(directory, name);
                Dataset.WriteDataPackage(other);
                var again = Snapshot(other);
                Assert.Equal(first.Keys, again.Keys);
                foreach (var (file, bytes) in first) Assert.True(bytes.SequenceEqual(again[file]), $"{file} differs under {name}");
                Directory.Delete(other, recursive: true);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }

        static SortedDictionary<string, byte[]> Snapshot(string dir)
            => new(Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes), StringComparer.Ordinal);
    }

    [Fact]
    public void The_strict_reader_rejects_what_rfc_4180_does_not_allow()
    {
        Assert.Equal([["a", "b,c", "say \"hi\"", "two\r\nlines", ""]], Rfc4180.Parse(Encoding.UTF8.GetBytes("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\",\r\n")));
        Assert.Throws<FormatException>(() => Rfc4180.Parse(Encoding.UTF8.GetBytes("a,b\n")));          // bare LF
        Assert.Throws<FormatException>(() => Rfc4180.Parse(Encoding.UTF8.GetBytes("a,b\"c\r\n")));     // quote in an unquoted field
        Assert.Throws<FormatException>(() => Rfc4180.Parse(Encoding.UTF8.GetBytes("\"a\"b\r\n")));     // text after a closing quote
        Assert.Throws<FormatException>(() => Rfc4180.Parse(Encoding.UTF8.GetBytes("\"a\r\n")));        // unclosed quote
        Assert.Throws<FormatException>(() => Rfc4180.Parse(Encoding.UTF8.GetBytes("a,b\r\nc\r\n")));   // ragged rows
        Assert.Throws<FormatException>(() => Rfc4180.Parse([0xEF, 0xBB, 0xBF, (byte)'a', 13, 10]));   // a BOM
    }
}
