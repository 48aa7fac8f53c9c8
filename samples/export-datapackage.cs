#!/usr/bin/env dotnet
// Exporting a Frictionless Data Package for notebooks: datapackage.json, one CSV file per collection (with a
// Table Schema: types, primary key, foreign keys) and the same records as JSON Lines, ready for pandas, R,
// a spreadsheet or `frictionless validate`.
//
//   dotnet run export-datapackage.cs                # writes into ./seeddata-datapackage/
//   dotnet run export-datapackage.cs -- out/        # ... into out/
//
// SeedData comes from ../nuget through samples/NuGet.config: run ../build.sh (or `dotnet pack`) first.
#:package SeedData@0.3.0
#:property PublishAot=false

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeedData;

string folder = args.Length > 0 ? args[0] : "seeddata-datapackage";
Dataset.WriteDataPackage(folder);

// The descriptor is plain JSON: list what it describes, as a notebook would before loading a table.
using var descriptor = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "datapackage.json")));
Console.WriteLine($"{Path.Combine(folder, "datapackage.json")}: SeedData {descriptor.RootElement.GetProperty("version").GetString()}, "
    + $"content hash {Dataset.ContentHash[..12]}");
foreach (var resource in descriptor.RootElement.GetProperty("resources").EnumerateArray()
             .Where(r => r.GetProperty("profile").GetString() == "tabular-data-resource"))
{
    string path = resource.GetProperty("path").GetString()!;
    var schema = resource.GetProperty("schema");
    // A CSV line count is not a record count (a quoted field may hold line breaks): the JSON Lines file has one record per line.
    int records = File.ReadLines(Path.Combine(folder, Path.ChangeExtension(path, ".jsonl"))).Count();
    var references = schema.GetProperty("foreignKeys").EnumerateArray()
        .Select(k => $"{k.GetProperty("fields").GetString()} -> {k.GetProperty("reference").GetProperty("resource").GetString()}");
    Console.WriteLine($"  {path,-16} {records,3} records, {schema.GetProperty("fields").GetArrayLength(),2} fields; references: {string.Join(", ", references.DefaultIfEmpty("none"))}");
}
