#!/usr/bin/env dotnet
// Exploring the actors of the SeedData dataset: who they are, who speaks most, and one actor in detail
// (their roles, their statements on security guarantees in date order, and the meetings they took part in).
//
//   dotnet run explore.cs                           # Marco Rubio
//   dotnet run explore.cs -- volodymyr-zelenskyy    # any actor id
//
// SeedData comes from ../nuget through samples/NuGet.config: run ../build.sh (or `dotnet pack`) first.
#:package SeedData@0.3.0
#:property PublishAot=false

using System;
using System.Linq;
using SeedData;

Console.WriteLine($"SeedData {Dataset.Version} (content hash {Dataset.ContentHash}): "
    + $"{Dataset.Articles.Count} articles, {Dataset.Actors.Count} actors, {Dataset.Statements.Count} statements, "
    + $"{Dataset.Meetings.Count} meetings, {Dataset.Proposals.Count} proposals");

// Every collection is an IReadOnlyList of typed records: LINQ works as on any list.
Console.WriteLine();
Console.WriteLine("Actors by kind:");
foreach (var kind in Dataset.Actors.GroupBy(a => a.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
{
    Console.WriteLine($"  {kind.Key,-13} {kind.Count(),3}  {string.Join(", ", kind.Take(3).Select(a => a.Name))}{(kind.Count() > 3 ? ", ..." : "")}");
}

// Reverse lookups are precomputed: Statements.BySpeakers(actor) costs no scan.
Console.WriteLine();
Console.WriteLine("Who speaks most:");
var speakers = Dataset.Actors
    .Select(actor => (Actor: actor, Statements: Dataset.Statements.BySpeakers(actor).Length))
    .Where(x => x.Statements > 0)
    .OrderByDescending(x => x.Statements).ThenBy(x => x.Actor.Id, StringComparer.Ordinal)
    .Take(5);
foreach (var (actor, count) in speakers)
{
    Console.WriteLine($"  {count,3}  {actor.Name} ({actor.Id})");
}

// One actor in detail. Records are found by id (TryGet, the indexer) or by name (Dataset.Actors.MarcoRubio).
string id = args.Length > 0 ? args[0] : Dataset.Actors.MarcoRubio.Id;
if (!Dataset.Actors.TryGet(id, out Actor? who))
{
    Console.Error.WriteLine($"No actor has the id '{id}'. Ids: {string.Join(", ", Dataset.Actors.Select(a => a.Id))}");
    return 1;
}

Console.WriteLine();
Console.WriteLine($"{who.Name} ({who.Kind}{(who.Country is null ? "" : ", " + who.Country)}): {who.Summary}");
if (!who.Aliases.IsDefaultOrEmpty) Console.WriteLine($"  also called: {string.Join(", ", who.Aliases)}");
foreach (var role in Dataset.Roles.ByHolder(who))
{
    Console.WriteLine($"  role: {role.Title}");
}

// Dates are PartialDate values (a day, a month, a range, "about"): they sort by the earliest day they can mean.
var onGuarantees = Dataset.Statements.BySpeakers(who)
    .Where(s => s.Topics.Contains(Topic.SecurityGuarantees))
    .OrderBy(s => s.SaidOn is null).ThenBy(s => s.SaidOn)
    .ToList();
Console.WriteLine();
Console.WriteLine($"{who.Name} on security guarantees, in date order ({onGuarantees.Count}):");
foreach (var s in onGuarantees)
{
    Console.WriteLine($"  {s.SaidOn?.ToString() ?? "undated",-26} {s.Id}");
    Console.WriteLine($"  {"",-26} {s.Type}, {s.Attribution}: {s.Summary}");
    Console.WriteLine($"  {"",-26} evidence from {string.Join(", ", s.Evidence.Select(e => e.Article.Id).Distinct())}");
}

var meetings = Dataset.Meetings.ByParticipantsActor(who);
Console.WriteLine();
Console.WriteLine($"Meetings with {who.Name} ({meetings.Length}):");
foreach (var m in meetings.OrderBy(m => m.Start is null).ThenBy(m => m.Start))
{
    Console.WriteLine($"  {m.Start?.ToString() ?? "undated",-26} {m.Name} ({m.Status}{(m.Place is null ? "" : ", " + m.Place)})");
}
return 0;
