using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text;

namespace SeedData.Interactive;

/// <summary>
/// The HTML a notebook shows for the dataset's records: a table for a sequence of them, a card for one. Fields are
/// read from each record type's positional parameters, so a new field shows without a change here; only the
/// columns of the tables are chosen per type.
/// </summary>
internal static class RecordHtml
{
    /// <summary>The fields a table shows after the id, per record type: a title or summary, the dates, the key fields.</summary>
    private static readonly Dictionary<Type, string[]> Columns = new()
    {
        [typeof(Actor)] = ["Name", "Kind", "Country", "PartOf"],
        [typeof(Article)] = ["Title", "Publisher", "PublishedOn"],
        [typeof(Role)] = ["Title", "Holder", "Organisation"],
        [typeof(Mention)] = ["Actor"],
        [typeof(Statement)] = ["SaidOn", "Speakers", "Type", "Summary"],
        [typeof(Meeting)] = ["Name", "Start", "End", "Kind", "Status"],
        [typeof(Proposal)] = ["Name", "Date", "Kind", "Status", "Authors"],
        [typeof(Figure)] = ["Measure", "Value", "Unit", "AsOf"],
        [typeof(Event)] = ["Name", "Start", "End", "Kind", "Actors"],
        [typeof(Position)] = ["Holder", "Timing", "Article", "Summary"],
    };

    /// <summary>What a card shows in sections of their own rather than among the fields.</summary>
    private static readonly string[] Sections = ["Evidence", "Links"];

    private const string Style = "<style>"
        + ".seeddata-table td,.seeddata-table th{text-align:left;vertical-align:top;padding:2px 8px}"
        + ".seeddata-card{border:1px solid #ccc;border-radius:6px;padding:8px 12px;max-width:60em}"
        + ".seeddata-card h3{margin:0 0 4px}.seeddata-card .id{color:#666;font-family:monospace}"
        + ".seeddata-card th{text-align:left;vertical-align:top;padding-right:12px;color:#555}"
        + "</style>";

    /// <summary>
    /// A table of <paramref name="records"/>, a row per record in their order: the id, then the columns of their
    /// type (a sequence of several types gets the type and a title instead).
    /// </summary>
    /// <param name="records">A collection of the dataset, or any sequence of its records.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Table(IEnumerable<ISeedRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var rows = records.ToList();
        var types = rows.Select(r => r.GetType()).Distinct().ToList();
        bool uniform = types.Count == 1 && Columns.ContainsKey(types[0]);
        string[] columns = uniform ? Columns[types[0]] : [];
        string what = types.Count == 1 ? types[0].Name.ToLowerInvariant() + "s" : "records";

        var html = new StringBuilder(Style);
        html.Append("<table class=\"seeddata-table\"><caption>").Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(what).Append("</caption><thead><tr><th>id</th>");
        foreach (string column in uniform ? columns.Select(Camel) : ["record", "title"])
        {
            html.Append("<th>").Append(column).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var record in rows)
        {
            html.Append("<tr data-id=\"").Append(Encode(record.Id)).Append("\"><td>").Append(Encode(record.Id)).Append("</td>");
            if (uniform)
            {
                foreach (string column in columns)
                {
                    html.Append("<td>").Append(Value(record.GetType().GetProperty(column)!.GetValue(record))).Append("</td>");
                }
            }
            else
            {
                html.Append("<td>").Append(record.GetType().Name).Append("</td><td>").Append(Encode(Title(record))).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>
    /// A card for <paramref name="record"/>: its type, id and title; every field it has a value for, references by
    /// name; its evidence phrases with their articles; and, for a statement, its links to other statements both ways.
    /// </summary>
    /// <param name="record">A record of the dataset.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Card(ISeedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var type = record.GetType();
        var html = new StringBuilder(Style);
        html.Append("<div class=\"seeddata-card\" data-id=\"").Append(Encode(record.Id)).Append("\"><h3>").Append(Encode(Title(record))).Append("</h3>")
            .Append("<div class=\"id\">").Append(type.Name.ToLowerInvariant()).Append(' ').Append(Encode(record.Id)).Append("</div><table class=\"fields\">");
        foreach (var parameter in PrimaryConstructor(type).GetParameters())
        {
            if (parameter.Name is "Id" || Sections.Contains(parameter.Name))
            {
                continue;
            }

            string cell = Value(type.GetProperty(parameter.Name!)!.GetValue(record));
            if (cell.Length > 0)
            {
                html.Append("<tr><th>").Append(Camel(parameter.Name!)).Append("</th><td>").Append(cell).Append("</td></tr>");
            }
        }

        html.Append("</table>");
        if (type.GetProperty("Evidence")?.GetValue(record) is IEnumerable<Evidence> evidence && !IsDefault(evidence))
        {
            html.Append("<h4>Evidence</h4><ul class=\"evidence\">");
            foreach (var e in evidence)
            {
                html.Append("<li>&ldquo;").Append(Encode(e.Phrase)).Append("&rdquo; <span data-id=\"").Append(Encode(e.Article.Id)).Append("\">")
                    .Append(Encode(e.Article.Id)).Append("</span>").Append(e.Article.Title is null ? "" : ", " + Encode(e.Article.Title)).Append("</li>");
            }

            html.Append("</ul>");
        }

        if (record is Statement statement)
        {
            var outgoing = statement.Links.IsDefault ? [] : statement.Links.Select(l => (Kind: l.Kind, From: "this", To: l.Target.Id, Note: l.Note));
            var incoming = Dataset.Statements.LinkingTo(statement).SelectMany(s => s.Links.Where(l => l.Target.Id == statement.Id).Select(l => (Kind: l.Kind, From: s.Id, To: "this", Note: l.Note)));
            var links = outgoing.Concat(incoming).ToList();
            if (links.Count > 0)
            {
                html.Append("<h4>Links</h4><ul class=\"links\">");
                foreach (var link in links)
                {
                    html.Append("<li>").Append(Encode(link.From)).Append(' ').Append(Kebab(link.Kind.ToString())).Append(' ').Append(Encode(link.To))
                        .Append(link.Note is null ? "" : ": " + Encode(link.Note)).Append("</li>");
                }

                html.Append("</ul>");
            }
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>A record's title: its name, title, measure or summary, the first it has; else its id.</summary>
    private static string Title(ISeedRecord record)
        => new[] { "Name", "Title", "Measure", "Summary" }.Select(p => record.GetType().GetProperty(p)?.GetValue(record) as string).FirstOrDefault(t => t is not null)
            ?? (record is Mention m ? m.Actor.Name + ": mentions" : record.Id);

    /// <summary>A field's value as HTML: a reference by its title, with its id; a list item by item; an enum in its data spelling; nothing for none.</summary>
    private static string Value(object? value) => value switch
    {
        null => "",
        string text => Encode(text),
        ISeedRecord reference => $"<span data-id=\"{Encode(reference.Id)}\">{Encode(reference is Statement ? reference.Id : Title(reference))}</span>",
        Enum member => Kebab(member.ToString()),
        IFormattable number => Encode(number.ToString(null, CultureInfo.InvariantCulture)),
        IEnumerable items when !IsDefault(items) => string.Join("; ", items.Cast<object>().Select(Value)),
        IEnumerable => "",
        _ => Encode(value.ToString() ?? ""),
    };

    /// <summary>True for a default (uninitialised) <c>ImmutableArray</c>, which holds nothing and cannot be enumerated.</summary>
    private static bool IsDefault(object items) => items.GetType().GetProperty("IsDefault")?.GetValue(items) is true;

    /// <summary>The record's positional constructor: the one with the most parameters (a record also has a copy constructor).</summary>
    private static ConstructorInfo PrimaryConstructor(Type type) => type.GetConstructors().MaxBy(c => c.GetParameters().Length)!;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Kebab(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
