using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SeedData;

/// <summary>
/// The timeline as a picture: every dated meeting, statement, proposal and event among some timeline entries on a
/// time axis, in one lane per actor, as an SVG document. Each mark has an SVG <c>&lt;title&gt;</c> (a tooltip in a
/// browser) with its summary, its date and how the date was found, and the articles it comes from; an article's
/// printed date line is drawn as a reference line. The text is the same for the same entries, whatever the culture.
/// <c>docs/timeline.svg</c> in the repository is <c>TimelinePicture.ToSvg(Dataset.Timeline)</c>, and a notebook
/// shows <c>Dataset.Timeline</c> as this picture.
/// </summary>
public static class TimelinePicture
{
    /// <summary>Draws the meetings, statements, proposals and events among <paramref name="entries"/>.</summary>
    /// <param name="entries">Timeline entries: <see cref="Dataset.Timeline"/>, or some of them.</param>
    /// <returns>The SVG document (UTF-8 text, one element a line), or a short one saying there is nothing to draw.</returns>
    public static string ToSvg(IEnumerable<TimelineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var records = entries.Select(e => e.Record).DistinctBy(r => (r.GetType(), r.Id)).ToList();
        var articles = records.OfType<Article>().ToList();
        var marks = Marks(records).ToList();
        if (marks.Count == 0)
        {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"40\"><text x=\"10\" y=\"24\">No dated meeting, statement, proposal or event: nothing to draw.</text></svg>\n";
        }

        // Lanes: one per actor, the actor the record is chiefly about (first speaker, lead participant, first author,
        // first actor); lanes in the order of their first mark, so the picture reads top-down in time as well.
        var lanes = marks.GroupBy(m => m.Lane)
            .Select(g => (Name: g.Key, Marks: g.OrderBy(m => m.From).ThenBy(m => m.Kind, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal).ToList()))
            .OrderBy(l => l.Marks[0].From).ThenBy(l => l.Name, StringComparer.Ordinal)
            .ToList();

        // The axis: the weeks of the talks at a day's width each, and before them, compressed to a year scale, the
        // older context (2014, 2022). The break between the two is drawn.
        DateOnly last = marks.Max(m => m.To);
        DateOnly focusStart = new DateOnly(marks.Where(m => m.From >= last.AddDays(-90)).Min(m => m.From).Year, marks.Where(m => m.From >= last.AddDays(-90)).Min(m => m.From).Month, 1);
        DateOnly focusEnd = new DateOnly(last.Year, last.Month, DateTime.DaysInMonth(last.Year, last.Month));
        bool hasContext = marks.Any(m => m.From < focusStart);
        int contextFirstYear = hasContext ? marks.Min(m => m.From).Year : focusStart.Year;
        const double LaneLabelWidth = 170, Margin = 20, YearWidth = 28, BreakWidth = 36, DayWidth = 24, RowHeight = 22, LanePadding = 8;
        double contextX = Margin + LaneLabelWidth;
        double contextWidth = hasContext ? (focusStart.Year - contextFirstYear + 1) * YearWidth : 0;
        double focusX = contextX + contextWidth + (hasContext ? BreakWidth : 0);
        double focusWidth = (focusEnd.DayNumber - focusStart.DayNumber + 1) * DayWidth;
        double labelRoom = 260;
        double width = focusX + focusWidth + labelRoom + Margin;

        double X(DateOnly day)
        {
            if (day >= focusStart) return focusX + (day.DayNumber - focusStart.DayNumber) * DayWidth;
            // Years before the focus: a year's width per year, the part of the focus year before it in its own slot.
            var yearStart = new DateOnly(day.Year, 1, 1);
            double inYear = (day.DayNumber - yearStart.DayNumber) / (double)(DateTime.IsLeapYear(day.Year) ? 366 : 365);
            return contextX + (day.Year - contextFirstYear + inYear) * YearWidth;
        }

        double End(DateOnly day) => day >= focusStart ? X(day) + DayWidth : X(day.AddDays(1));

        // Rows inside a lane: a mark and its label take the first row where they do not overlap an earlier one.
        const double CharWidth = 6.1;
        var placed = new List<(Mark Mark, int Lane, int Row, double X0, double X1)>();
        var laneRows = new List<int>();
        for (int lane = 0; lane < lanes.Count; lane++)
        {
            var rowEnds = new List<double>();
            foreach (var mark in lanes[lane].Marks)
            {
                double x0 = X(mark.From);
                double x1 = Math.Max(End(mark.To), x0 + 10);
                double labelEnd = x1 + 6 + mark.Label.Length * CharWidth;
                int row = rowEnds.FindIndex(end => end + 8 <= x0);
                if (row < 0) { row = rowEnds.Count; rowEnds.Add(0); }
                rowEnds[row] = labelEnd;
                placed.Add((mark, lane, row, x0, x1));
            }
            laneRows.Add(rowEnds.Count);
        }

        const double Top = 74;
        var laneTops = new List<double>();
        double y = Top;
        foreach (int rows in laneRows) { laneTops.Add(y); y += rows * RowHeight + 2 * LanePadding; }
        double axisY = y + 6;
        double legendY = axisY + 46;
        double height = legendY + 92;
        width = Math.Max(width, placed.Max(p => p.X1 + 6 + p.Mark.Label.Length * CharWidth) + Margin);

        var svg = new StringBuilder();
        void Line(string text) => svg.Append(text).Append('\n');
        string F(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

        Line($"""<svg xmlns="http://www.w3.org/2000/svg" width="{F(width)}" height="{F(height)}" viewBox="0 0 {F(width)} {F(height)}" font-family="Helvetica, Arial, sans-serif" font-size="11">""");
        Line($"""  <title>SeedData {Esc(Dataset.Version)}: a timeline of the US-Ukraine talks on security guarantees</title>""");
        Line("""  <style>.shape{stroke-width:2}.shape.statement{fill:#2f6db5;stroke:#2f6db5}.shape.meeting{fill:#d9822b;stroke:#d9822b}.shape.proposal{fill:#3b8f4a;stroke:#3b8f4a}.shape.event{fill:#9b3f9b;stroke:#9b3f9b}.shape.inferred{fill:#fff;stroke-dasharray:3 2}.shape.approximate{fill-opacity:.35;stroke-dasharray:1 2}.shape.inferred.approximate{fill:#fff;fill-opacity:1}.label{fill:#222}.axis{stroke:#888;fill:none}.tick{fill:#555;font-size:10px}.lane{fill:#f4f4f4}.lanename{fill:#222;font-weight:bold}.reference{stroke:#b33;stroke-width:1;stroke-dasharray:4 3}</style>""");
        Line($"""  <rect width="{F(width)}" height="{F(height)}" fill="#fff"/>""");
        Line($"""  <text x="{F(Margin)}" y="26" font-size="16" font-weight="bold">The US-Ukraine talks on security guarantees: what the five articles date</text>""");
        Line($"""  <text x="{F(Margin)}" y="46" class="tick">SeedData {Esc(Dataset.Version)}, content hash {Esc(Dataset.ContentHash[..12])}: {marks.Count} dated meetings, statements, proposals and events in {lanes.Count} lanes, one per actor; a record the articles give no date is not drawn. Hover a mark for its summary and sources.</text>""");

        // Lanes.
        for (int lane = 0; lane < lanes.Count; lane++)
        {
            double h = laneRows[lane] * RowHeight + 2 * LanePadding;
            Line($"""  <rect class="lane" x="{F(Margin)}" y="{F(laneTops[lane])}" width="{F(width - 2 * Margin)}" height="{F(h - 4)}" rx="4"/>""");
            Line($"""  <text class="lanename" x="{F(Margin + 8)}" y="{F(laneTops[lane] + LanePadding + 15)}">{Esc(lanes[lane].Name)}</text>""");
        }

        // The axis, its ticks and the break.
        Line($"""  <g class="axis-group">""");
        if (hasContext)
        {
            Line($"""    <line class="axis" x1="{F(contextX)}" y1="{F(axisY)}" x2="{F(contextX + contextWidth)}" y2="{F(axisY)}"/>""");
            for (int year = contextFirstYear; year <= focusStart.Year; year++)
            {
                double x = contextX + (year - contextFirstYear) * YearWidth;
                Line($"""    <line class="axis" x1="{F(x)}" y1="{F(axisY)}" x2="{F(x)}" y2="{F(axisY + 4)}"/>""");
                if ((year - contextFirstYear) % 2 == 0 || year == focusStart.Year)
                    Line($"""    <text class="tick" x="{F(x + 2)}" y="{F(axisY + 16)}">{year}</text>""");
            }
            double bx = contextX + contextWidth;
            Line($"""    <path class="axis" d="M{F(bx + 8)} {F(axisY + 6)} l6 -12 M{F(bx + 16)} {F(axisY + 6)} l6 -12"/>""");
            Line($"""    <text class="tick" x="{F(contextX)}" y="{F(axisY + 32)}">earlier context, a year per {F(YearWidth)} px</text>""");
        }
        Line($"""    <line class="axis" x1="{F(focusX)}" y1="{F(axisY)}" x2="{F(focusX + focusWidth)}" y2="{F(axisY)}"/>""");
        for (var day = focusStart; day <= focusEnd; day = day.AddDays(1))
        {
            double x = X(day);
            // The first of a month and Mondays, unless a Monday would crowd the month's label.
            bool labelled = day.Day == 1 || (day.DayOfWeek == DayOfWeek.Monday && day.Day > 4);
            Line($"""    <line class="axis" x1="{F(x)}" y1="{F(axisY)}" x2="{F(x)}" y2="{F(axisY + (labelled ? 6 : 3))}"/>""");
            if (labelled)
                Line($"""    <text class="tick" x="{F(x + 2)}" y="{F(axisY + 16)}">{day.ToString(day.Day == 1 ? "d MMM yyyy" : "ddd d", CultureInfo.InvariantCulture)}</text>""");
        }
        Line($"""    <text class="tick" x="{F(focusX)}" y="{F(axisY + 32)}">the talks, a day per {F(DayWidth)} px</text>""");
        Line("  </g>");

        // Articles' own date lines: the dates the inferred ones are worked out from.
        foreach (var article in articles.Where(a => a.PublishedOn is { IsExactDay: true } && a.PublishedOn.Earliest >= focusStart && a.PublishedOn.Earliest <= focusEnd))
        {
            double x = X(article.PublishedOn!.Earliest) + DayWidth / 2;
            Line($"""  <g class="reference-group"><title>{Esc($"{article.Title ?? article.Id} ({article.Id}) printed its date line: {article.PublishedOn}. Relative days in it (\"on Tuesday\") are worked out from this date.")}</title>""");
            Line($"""    <line class="reference" x1="{F(x)}" y1="{F(Top - 6)}" x2="{F(x)}" y2="{F(axisY)}"/>""");
            Line($"""    <text class="tick" x="{F(x + 3)}" y="{F(Top - 8)}">{Esc(article.Id[..11])} published</text>""");
            Line("  </g>");
        }

        // The marks.
        foreach (var (mark, lane, row, x0, x1) in placed)
        {
            double cy = laneTops[lane] + LanePadding + row * RowHeight + RowHeight / 2;
            string classes = $"{mark.Kind}{(mark.Inferred ? " inferred" : "")}{(mark.Approximate ? " approximate" : "")}";
            Line($"""  <g class="mark {classes}" data-id="{Esc(mark.Id)}" data-collection="{mark.Kind}s">""");
            Line($"""    <title>{Esc(mark.Title)}</title>""");
            if (mark.From == mark.To)
            {
                double cx = (x0 + x1) / 2;
                string shape = mark.Kind switch
                {
                    "statement" => $"""<circle class="shape {classes}" cx="{F(cx)}" cy="{F(cy)}" r="5.5"/>""",
                    "meeting" => $"""<rect class="shape {classes}" x="{F(cx - 5.5)}" y="{F(cy - 5.5)}" width="11" height="11" rx="2"/>""",
                    "proposal" => $"""<path class="shape {classes}" d="M{F(cx)} {F(cy - 7)} l7 7 l-7 7 l-7 -7 z"/>""",
                    _ => $"""<path class="shape {classes}" d="M{F(cx)} {F(cy - 7)} l7 12 l-14 0 z"/>""",
                };
                Line("    " + shape);
            }
            else
            {
                // A span: a month, a range of days ("last weekend") or a meeting from start to end.
                Line($"""    <rect class="shape {classes}" x="{F(x0 + 1)}" y="{F(cy - 5)}" width="{F(Math.Max(x1 - x0 - 2, 4))}" height="10" rx="4"/>""");
            }
            Line($"""    <text class="label" x="{F(Math.Max(x1, x0 + 10) + 6)}" y="{F(cy + 4)}">{Esc(mark.Label)}</text>""");
            Line("  </g>");
        }

        // The legend.
        Line($"""  <g class="legend" transform="translate({F(Margin)} {F(legendY)})">""");
        Line("""    <text class="lanename" x="0" y="0">Legend</text>""");
        string[] kinds = ["statement", "meeting", "proposal", "event"];
        for (int i = 0; i < kinds.Length; i++)
        {
            double lx = 70 + i * 110;
            string shape = kinds[i] switch
            {
                "statement" => $"""<circle class="shape statement" cx="{F(lx)}" cy="-4" r="5.5"/>""",
                "meeting" => $"""<rect class="shape meeting" x="{F(lx - 5.5)}" y="-9.5" width="11" height="11" rx="2"/>""",
                "proposal" => $"""<path class="shape proposal" d="M{F(lx)} -11 l7 7 l-7 7 l-7 -7 z"/>""",
                _ => $"""<path class="shape event" d="M{F(lx)} -11 l7 12 l-14 0 z"/>""",
            };
            Line($"""    {shape}<text x="{F(lx + 12)}" y="0">{kinds[i]}</text>""");
        }
        Line("""    <circle class="shape meeting" cx="10" cy="22" r="5.5"/><text x="22" y="26">printed: the article gives the date</text>""");
        Line("""    <circle class="shape meeting inferred" cx="10" cy="44" r="5.5"/><text x="22" y="48">inferred: worked out from the text ("on Tuesday" in a piece dated Thursday); the tooltip gives the basis</text>""");
        Line("""    <circle class="shape meeting approximate" cx="10" cy="66" r="5.5"/><text x="22" y="70">approximate or uncertain (EDTF ~, ? or %): dotted, and the date in the label ends in ~ or ?</text>""");
        Line("""    <rect class="shape meeting" x="560" y="17" width="40" height="10" rx="4"/><text x="608" y="26">a span: a month, a range of days ("last weekend"), or a meeting's start to end</text>""");
        Line("""    <line class="reference" x1="580" y1="36" x2="580" y2="52"/><text x="608" y="48">an article's printed date line</text>""");
        Line("  </g>");
        Line("</svg>");
        return svg.ToString();
    }

    // One mark per dated record: its first date (start) to its last (end), as the span of days those dates can denote.
    private static IEnumerable<Mark> Marks(IReadOnlyCollection<ISeedRecord> records)
    {
        foreach (var s in records.OfType<Statement>())
        {
            if (s.SaidOn is null) continue;
            Actor? lane = s.Speakers.FirstOrDefault() ?? s.SpeakerAffiliation;
            yield return Mark.Of("statement", s.Id, lane, s.Summary, s.SaidOn, s.SaidOnInferredFrom, null, null, s.Evidence,
                $"{(s.Speakers.IsDefaultOrEmpty ? s.SpeakerDescription ?? "unnamed" : string.Join(" & ", s.Speakers.Select(a => a.Name)))} ({s.Type}, {s.Attribution})");
        }
        foreach (var m in records.OfType<Meeting>())
        {
            if ((m.Start ?? m.End) is null) continue;
            Actor? lane = m.Participants.FirstOrDefault(p => p.Role == ParticipantRole.Lead)?.Actor ?? m.Participants.FirstOrDefault()?.Actor;
            yield return Mark.Of("meeting", m.Id, lane, m.Name, m.Start ?? m.End!, m.Start is null ? m.EndInferredFrom : m.StartInferredFrom, m.End, m.EndInferredFrom, m.Evidence,
                $"{m.Kind}, {m.Status}{(m.Place is null ? "" : ", " + m.Place)}; {string.Join(", ", m.Participants.Select(p => $"{p.Actor.Name} ({p.Role})"))}. {m.Summary}");
        }
        foreach (var p in records.OfType<Proposal>())
        {
            if (p.Date is null) continue;
            yield return Mark.Of("proposal", p.Id, p.Authors.FirstOrDefault(), p.Name, p.Date, p.DateInferredFrom, null, null, p.Evidence,
                $"{p.Kind}, {p.Status}; by {(p.Authors.IsDefaultOrEmpty ? "unnamed authors" : string.Join(", ", p.Authors.Select(a => a.Name)))}. {p.Summary}");
        }
        foreach (var e in records.OfType<Event>())
        {
            if ((e.Start ?? e.End) is null) continue;
            yield return Mark.Of("event", e.Id, e.Actors.FirstOrDefault(), e.Name, e.Start ?? e.End!, e.Start is null ? e.EndInferredFrom : e.StartInferredFrom, e.End, e.EndInferredFrom, e.Evidence,
                $"{e.Kind}{(e.Place is null ? "" : ", " + e.Place)}; {string.Join(", ", e.Actors.Select(a => a.Name))}. {e.Summary}");
        }
    }

    private static string Esc(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    private sealed record Mark(string Kind, string Id, string Lane, DateOnly From, DateOnly To, bool Inferred, bool Approximate, string Label, string Title)
    {
        public static Mark Of(string kind, string id, Actor? lane, string name, PartialDate start, string? startBasis, PartialDate? end, string? endBasis,
            IEnumerable<Evidence> evidence, string detail)
        {
            bool inferred = startBasis is not null || endBasis is not null;
            bool approximate = start.IsApproximate || start.IsUncertain || end is { IsApproximate: true } || end is { IsUncertain: true };
            string dates = end is null || end == start ? start.ToString() : $"{start} to {end}";
            string label = $"{dates}  {Shorten(name, 64)}";
            var articles = evidence.Select(e => e.Article).DistinctBy(a => a.Id)
                .Select(a => $"{a.Id}{(a.Title is null ? "" : $" \"{a.Title}\"")}{(a.Publisher is null ? "" : $", {a.Publisher.Name}")}");
            string basis = string.Join("; ", new[] { startBasis, endBasis }.Where(b => b is not null));
            string title = $"{kind} {id}: {name}\n{dates}: {(inferred ? "inferred from " + basis : "as printed")}\n{detail}\nSources: {string.Join("; ", articles)}";
            return new Mark(kind, id, lane?.Name ?? "Unnamed sources", start.Earliest, end is null || end.Latest < start.Latest ? start.Latest : end.Latest,
                inferred, approximate, label, title);
        }

        private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 3)].TrimEnd() + "...";
    }
}
