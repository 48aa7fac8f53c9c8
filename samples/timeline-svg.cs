#!/usr/bin/env dotnet
// A picture of the talks: every dated meeting, statement, proposal and event of the SeedData dataset on a
// time axis, in one lane per actor, written as an SVG file by the package's TimelinePicture (a notebook shows
// Dataset.Timeline as the same picture).
//
//   dotnet run timeline-svg.cs                          # writes timeline.svg here
//   dotnet run timeline-svg.cs -- ../docs/timeline.svg  # regenerates the picture in the repository's docs
//
// Each mark has an SVG <title> (a tooltip in a browser) with its summary, its date and how the date was
// found, and the articles it comes from. The output is byte-identical for the same data, whatever the culture.
// TimelinePicture.ToSvg takes any timeline entries: Dataset.Timeline.Where(...) draws only those.
//
// SeedData comes from ../nuget through samples/NuGet.config: run ../build.sh (or `dotnet pack`) first.
#:package SeedData@0.3.0
#:property PublishAot=false

using System;
using System.IO;
using System.Linq;
using System.Text;
using SeedData;

string path = args.Length > 0 ? args[0] : "timeline.svg";
string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
if (folder is not null) Directory.CreateDirectory(folder);
File.WriteAllText(path, TimelinePicture.ToSvg(Dataset.Timeline), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

int drawable = Dataset.Statements.Count + Dataset.Meetings.Count + Dataset.Proposals.Count + Dataset.Events.Count;
int dated = Dataset.Timeline.Select(e => e.Record).Where(r => r is Statement or Meeting or Proposal or Event).Distinct().Count();
Console.WriteLine($"{path}: {dated} dated meetings, statements, proposals and events drawn; {drawable - dated} undated ones not drawn");
