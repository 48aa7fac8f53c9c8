#!/usr/bin/env dotnet
// A timeline of the talks: every dated statement, meeting, proposal, figure, event and article of the
// SeedData dataset in date order, under a heading per month.
//
//   dotnet run timeline.cs                           # everything
//   dotnet run timeline.cs -- security-guarantees    # only statements and meetings on one topic
//
// SeedData comes from ../nuget through samples/NuGet.config: run ../build.sh (or `dotnet pack`) first.
#:package SeedData@0.3.0
#:property PublishAot=false

using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SeedData;

// Topics are written in kebab-case in the data (security-guarantees); the enum is Topic.SecurityGuarantees.
Topic? topic = null;
if (args.Length > 0)
{
    if (!Enum.TryParse(args[0].Replace("-", ""), ignoreCase: true, out Topic parsed))
    {
        Console.Error.WriteLine($"Unknown topic '{args[0]}'. Topics: {string.Join(", ", Enum.GetNames<Topic>())}");
        return 1;
    }
    topic = parsed;
}

ImmutableArray<Topic> TopicsOf(ISeedRecord record) => record switch
{
    Statement s => s.Topics,
    Meeting m => m.Topics,
    _ => [],
};

// Dataset.Timeline is already in date order: by the earliest possible day, then the latest.
var entries = Dataset.Timeline
    .Where(e => topic is null || (!TopicsOf(e.Record).IsDefault && TopicsOf(e.Record).Contains(topic.Value)))
    .ToList();

Console.WriteLine(topic is null
    ? $"Timeline: {entries.Count} dated facts"
    : $"Timeline of {args[0]}: {entries.Count} dated statements and meetings");
// Dates are EDTF, where a trailing ~ means approximate, ? uncertain and % both: the mark for a date worked out
// from the text must not look like one of those.
Console.WriteLine("(inferred) = the date is worked out from the text, not printed in it; ~ approximate, ? uncertain, % both");

// One heading per month (per year for dates known only to the year).
foreach (var period in entries.GroupBy(e => e.Date.Precision == DatePrecision.Year
             ? e.Date.Earliest.ToString("yyyy", CultureInfo.InvariantCulture)
             : e.Date.Earliest.ToString("MMMM yyyy", CultureInfo.InvariantCulture)))
{
    Console.WriteLine();
    Console.WriteLine(period.Key);
    foreach (var e in period)
    {
        // A date worked out from the text ("on Tuesday" in a piece dated Thursday) is marked "(inferred)".
        string date = e.Date.ToString() + (e.IsInferred ? " (inferred)" : "");
        string what = e.Record switch
        {
            Statement s => $"{string.Join(" & ", s.Speakers.IsDefaultOrEmpty ? [s.SpeakerDescription ?? "unnamed"] : s.Speakers.Select(a => a.Name))}: {s.Summary}",
            Meeting m => $"{m.Name} [{m.Status}{(e.Field == "end" ? ", ends" : "")}]",
            _ => e.Label,
        };
        Console.WriteLine($"  {date,-35} {e.Collection,-10} {Shorten(what, 110)}");
    }
}
return 0;

static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 3)].TrimEnd() + "...";
