// A fresh console app that got SeedData through `dotnet add package SeedData`:
// Marco Rubio's statements on security guarantees, in date order (undated ones last).
using System;
using System.Linq;
using SeedData;

Actor rubio = Dataset.Actors.MarcoRubio;
var statements = Dataset.Statements.BySpeakers(rubio);
var onGuarantees = statements
    .Where(s => s.Topics.Contains(Topic.SecurityGuarantees))
    .OrderBy(s => s.SaidOn is null)
    .ThenBy(s => s.SaidOn)
    .ToList();

Console.WriteLine($"{rubio.Name} ({rubio.Kind}, {rubio.Country}): {statements.Length} statements, {onGuarantees.Count} on security guarantees");
foreach (var s in onGuarantees)
{
    string audience = s.Audience.IsDefaultOrEmpty ? "-" : string.Join(",", s.Audience.Select(a => a.Id));
    Console.WriteLine($"{s.SaidOn?.ToString() ?? "undated"}\t{s.Id}\t{s.Type}\t{audience}");
}
