#!/usr/bin/env dotnet
// An explorer page for people who would rather look than read: one static HTML file with the whole SeedData
// dataset embedded as JSON (Dataset.WriteJson), no server and no network. Filter the statements, meetings,
// proposals, figures and events by actor, topic, article, kind and date; click one to see its summary, its
// evidence phrases with their articles, and its links (denies, confirms, ...) both ways.
//
//   dotnet run explorer-html.cs                            # writes explorer.html here
//   dotnet run explorer-html.cs -- ../docs/explorer.html   # regenerates the repository's page
//
// The page is byte-identical for the same data, whatever the culture.
//
// SeedData comes from ../nuget through samples/NuGet.config: run ../build.sh (or `dotnet pack`) first.
#:package SeedData@0.3.0
#:property PublishAot=false

using System;
using System.IO;
using System.Text;
using SeedData;

string path = args.Length > 0 ? args[0] : "explorer.html";

using var buffer = new MemoryStream();
Dataset.WriteJson(buffer);
// Inside <script> the text must not close the element or open a comment: '<', '>' and '&' only ever occur
// inside JSON strings, where their \u escapes mean the same characters.
string json = Encoding.UTF8.GetString(buffer.ToArray()).TrimEnd()
    .Replace("<", "\\u003c").Replace(">", "\\u003e").Replace("&", "\\u0026");

string page = Template
    .Replace("{{VERSION}}", Dataset.Version)
    .Replace("{{HASH}}", Dataset.ContentHash)
    .Replace("{{DATA}}", json);

string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
if (folder is not null) Directory.CreateDirectory(folder);
File.WriteAllText(path, page.ReplaceLineEndings("\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes, SeedData {Dataset.Version}, content hash {Dataset.ContentHash[..12]}");
return 0;

partial class Program
{
    const string Template = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Everything is in this file: the policy forbids every request, so the page works offline and leaks nothing. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>SeedData explorer</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0; color: #1d1d1d; background: #fafafa; }
header { padding: 12px 20px 4px; }
h1 { font-size: 20px; margin: 0; }
#about { color: #555; margin: 4px 0 0; font-size: 12px; }
#filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; padding: 10px 20px; border-bottom: 1px solid #ddd; background: #fff; }
#filters label { display: flex; flex-direction: column; font-size: 12px; color: #444; }
#filters label.inline { flex-direction: row; align-items: center; gap: 4px; }
select, input, button { font: inherit; }
#count { margin: 8px 20px; color: #444; }
main { display: grid; grid-template-columns: minmax(320px, 1fr) minmax(320px, 1fr); gap: 16px; padding: 0 20px 20px; }
#records { list-style: none; margin: 0; padding: 0; }
.record { display: grid; grid-template-columns: 84px 150px 1fr; gap: 8px; padding: 6px 8px; border-bottom: 1px solid #eee; cursor: pointer; background: #fff; }
.record:hover { background: #f0f5fb; }
.record.selected { background: #dde9f7; }
.record[hidden] { display: none; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; border-radius: 3px; padding: 1px 4px; align-self: start; text-align: center; color: #fff; }
.kind.statements { background: #2f6db5; } .kind.meetings { background: #c8701c; } .kind.proposals { background: #3b8f4a; }
.kind.figures { background: #6b6b6b; } .kind.events { background: #9b3f9b; }
.date { font-variant-numeric: tabular-nums; color: #333; }
.date.inferred::after { content: " (inferred)"; color: #777; font-size: 11px; }
.undated { color: #999; }
#details { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 12px 16px; align-self: start; position: sticky; top: 8px; }
#details h2 { font-size: 16px; margin: 0 0 4px; }
#details h3 { font-size: 13px; margin: 14px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
#details .meta { color: #666; font-size: 12px; margin: 0 0 8px; }
#details dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
#details dt { color: #666; }
#details dd { margin: 0; }
.phrase { font-style: italic; }
.source { color: #555; font-size: 12px; }
button.ref { border: none; background: none; color: #1f5fa8; padding: 0; cursor: pointer; text-decoration: underline; text-align: left; }
@media (max-width: 800px) { main { grid-template-columns: 1fr; } .record { grid-template-columns: 84px 1fr; } .record .label { grid-column: 1 / -1; } }
</style>
</head>
<body>
<header>
<h1>SeedData explorer: the 2025-2026 US-Ukraine talks on security guarantees</h1>
<p id="about">SeedData {{VERSION}}, content hash {{HASH}}. Annotated extracts of five news articles; every record is backed by verbatim phrases of its articles.</p>
</header>
<form id="filters" autocomplete="off">
<label>Actor <select id="actor"><option value="">any actor</option></select></label>
<label>Topic <select id="topic"><option value="">any topic</option></select></label>
<label>Article <select id="article"><option value="">any article</option></select></label>
<label>Kind <select id="collection"><option value="">any kind</option></select></label>
<label>From <input type="date" id="from"></label>
<label>To <input type="date" id="to"></label>
<label class="inline"><input type="checkbox" id="undated" checked> include undated</label>
<label>Search <input type="search" id="text" placeholder="words in the summary"></label>
<button type="reset" id="clear">Clear filters</button>
</form>
<p id="count" aria-live="polite"></p>
<main>
<ol id="records"></ol>
<section id="details" aria-live="polite"><p>Click a record to see its summary, its evidence phrases with their articles, and its links.</p></section>
</main>
<script type="application/json" id="dataset">{{DATA}}</script>
<script>
"use strict";
const data = JSON.parse(document.getElementById("dataset").textContent);
const COLLECTIONS = ["statements", "meetings", "proposals", "figures", "events"];
const DATE_FIELDS = { statements: ["saidOn"], meetings: ["start", "end"], proposals: ["date"], figures: ["dateValue", "asOf"], events: ["start", "end"] };
// Keys whose values are actor ids, wherever they occur in a record (participants[].actor, terms[].rejectedBy, ...).
const ACTOR_KEYS = new Set(["speakers", "speakerAffiliation", "audience", "reportedVia", "actor", "authors", "rejectedBy", "agreedBy", "actors"]);
// Keys whose values are ids of records of another collection.
const REF_KEYS = { at: "meetings", proposals: "proposals", proposal: "proposals", supersedes: "proposals", followUpTo: "meetings", meeting: "meetings", figures: "figures", target: "statements" };
const PASSIVE = { denies: "denied by", disputes: "disputed by", confirms: "confirmed by", "responds-to": "answered by", qualifies: "qualified by", "conflicts-with": "conflicts with" };

const actors = new Map(data.actors.map(a => [a.id, a]));
const articles = new Map(data.articles.map(a => [a.id, a]));
const records = new Map(COLLECTIONS.map(c => [c, new Map(data[c].map(r => [r.id, r]))]));

function collect(value, key, keys, out) {
  if (Array.isArray(value)) value.forEach(v => collect(v, key, keys, out));
  else if (value !== null && typeof value === "object") Object.entries(value).forEach(([k, v]) => collect(v, k, keys, out));
  else if (typeof value === "string" && keys.has(key)) out.add(value);
  return out;
}

function evidenceOf(value, out) {
  if (Array.isArray(value)) value.forEach(v => evidenceOf(v, out));
  else if (value !== null && typeof value === "object") {
    if (typeof value.article === "string" && (typeof value.phrase === "string" || typeof value.text === "string")) out.push(value);
    else Object.values(value).forEach(v => evidenceOf(v, out));
  }
  return out;
}

// An EDTF date of the dataset (2025, 2025-11, 2025-11-27?, 2025-11~, [2025-11-22..2025-11-23]) as the first and last day it can denote.
function span(text) {
  if (text.startsWith("[")) {
    const [a, b] = text.slice(1, -1).split("..");
    return [span(a)[0], span(b)[1]];
  }
  const parts = text.replace(/[?~%]$/, "").split("-");
  const pad = n => String(n).padStart(2, "0");
  if (parts.length === 1) return [parts[0] + "-01-01", parts[0] + "-12-31"];
  if (parts.length === 2) {
    const last = new Date(Date.UTC(+parts[0], +parts[1], 0)).getUTCDate();
    return [parts.join("-") + "-01", parts.join("-") + "-" + pad(last)];
  }
  return [parts.join("-"), parts.join("-")];
}

const labelOf = r => r.name || r.summary || r.measure || r.title || r.id;

const items = [];
for (const collection of COLLECTIONS) {
  for (const record of data[collection]) {
    const dates = DATE_FIELDS[collection].filter(f => record[f]);
    const spans = dates.map(f => span(record[f]));
    items.push({
      collection, record,
      date: dates.length ? dates.map(f => record[f]).join(" to ") : null,
      inferred: dates.some(f => record[f + "InferredFrom"]),
      from: spans.length ? spans.map(s => s[0]).sort()[0] : null,
      to: spans.length ? spans.map(s => s[1]).sort().slice(-1)[0] : null,
      actors: collect(record, "", ACTOR_KEYS, new Set()),
      topics: collect(record, "", new Set(["topics"]), new Set()),
      articles: new Set(evidenceOf(record, []).map(e => e.article)),
      text: [labelOf(record), record.summary || "", record.note || ""].join(" ").toLowerCase(),
    });
  }
}
// Dated records by their earliest day, undated ones after them, each in data file order.
items.sort((a, b) => (a.from === null) - (b.from === null) || (a.from || "").localeCompare(b.from || "") || (a.to || "").localeCompare(b.to || "")
  || COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection) || data[a.collection].indexOf(a.record) - data[b.collection].indexOf(b.record));

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes || {})) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const child of children.flat(Infinity)) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function option(select, value, text) { select.append(el("option", { value }, text)); }
const count = (key) => items.filter(key).length;
[...actors.values()].filter(a => count(i => i.actors.has(a.id)) > 0).sort((a, b) => a.name.localeCompare(b.name))
  .forEach(a => option(document.getElementById("actor"), a.id, `${a.name} (${count(i => i.actors.has(a.id))})`));
[...new Set(items.flatMap(i => [...i.topics]))].sort()
  .forEach(t => option(document.getElementById("topic"), t, `${t} (${count(i => i.topics.has(t))})`));
data.articles.forEach(a => option(document.getElementById("article"), a.id, `${a.id.slice(0, 11)}: ${a.title || a.summary}`.slice(0, 90)));
COLLECTIONS.forEach(c => option(document.getElementById("collection"), c, `${c} (${data[c].length})`));

const list = document.getElementById("records");
for (const item of items) {
  item.node = el("li", { class: "record", "data-id": item.record.id, "data-collection": item.collection, tabindex: "0",
      onclick: () => show(item.collection, item.record.id), onkeydown: e => { if (e.key === "Enter") show(item.collection, item.record.id); } },
    el("span", { class: "kind " + item.collection }, item.collection.replace(/s$/, "")),
    item.date ? el("span", { class: "date" + (item.inferred ? " inferred" : "") }, item.date) : el("span", { class: "date undated" }, "undated"),
    el("span", { class: "label" }, labelOf(item.record)));
  list.append(item.node);
}

function apply() {
  const value = id => document.getElementById(id).value;
  const [actor, topic, article, collection, from, to, text] = ["actor", "topic", "article", "collection", "from", "to", "text"].map(value);
  const undated = document.getElementById("undated").checked;
  let visible = 0;
  for (const item of items) {
    const show = (!actor || item.actors.has(actor)) && (!topic || item.topics.has(topic)) && (!article || item.articles.has(article))
      && (!collection || item.collection === collection) && (!text || item.text.includes(text.toLowerCase()))
      && (item.from === null ? undated : (!from || item.to >= from) && (!to || item.from <= to));
    item.node.hidden = !show;
    if (show) visible++;
  }
  document.getElementById("count").textContent = `${visible} of ${items.length} records`;
}

function refButton(collection, id) {
  const target = records.get(collection)?.get(id);
  return target ? el("button", { class: "ref", type: "button", onclick: () => show(collection, id) }, labelOf(target)) : id;
}

function render(key, value) {
  if (Array.isArray(value)) return value.map((v, i) => [i ? "; " : "", render(key, v)]);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).filter(([k]) => k !== "evidence").map(([k, v], i) => [i ? ", " : "", k + ": ", render(k, v)]);
  }
  if (ACTOR_KEYS.has(key) && actors.has(value)) return actors.get(value).name;
  if (REF_KEYS[key]) return refButton(REF_KEYS[key], value);
  if (key === "article" && articles.has(value)) return value;
  return String(value);
}

function show(collection, id) {
  const record = records.get(collection).get(id);
  const item = items.find(i => i.record === record);
  items.forEach(i => i.node.classList.toggle("selected", i === item));
  const details = document.getElementById("details");
  details.replaceChildren();
  details.dataset.id = id;
  details.append(el("h2", {}, labelOf(record)),
    el("p", { class: "meta" }, `${collection.replace(/s$/, "")} · ${id} · ${item.date ? item.date + (item.inferred ? " (inferred)" : "") : "undated"}`));
  if (record.summary && record.summary !== labelOf(record)) details.append(el("p", { class: "summary" }, record.summary));

  const skip = new Set(["id", "summary", "name", "evidence", "quotes", "links", "terms"]);
  details.append(el("dl", {}, Object.entries(record).filter(([k]) => !skip.has(k)).map(([k, v]) => [el("dt", {}, k), el("dd", {}, render(k, v))])));

  if (record.terms) {
    details.append(el("h3", {}, "Terms"), el("ul", {}, record.terms.map(t => el("li", {}, `${t.text} (${t.status})`,
      t.rejectedBy ? ` rejected by ${t.rejectedBy.map(a => actors.get(a)?.name || a).join(", ")}` : "",
      t.agreedBy ? ` agreed by ${t.agreedBy.map(a => actors.get(a)?.name || a).join(", ")}` : ""))));
  }

  const evidence = evidenceOf(record.evidence || [], []).concat(evidenceOf(record.terms || [], []));
  details.append(el("h3", {}, `Evidence (${evidence.length})`), el("ul", { class: "evidence" }, evidence.map(e => {
    const a = articles.get(e.article);
    return el("li", { "data-article": e.article }, el("span", { class: "phrase" }, `"${e.phrase}"`), " ",
      el("span", { class: "source" }, `${e.article}${a && a.title ? `, "${a.title}"` : ""}`));
  })));
  if (record.quotes) {
    details.append(el("h3", {}, "Quotes"), el("ul", {}, record.quotes.map(q =>
      el("li", {}, el("span", { class: "phrase" }, `"${q.text}"`), " ", el("span", { class: "source" }, q.article)))));
  }

  const outgoing = (record.links || []).map(l => el("li", { class: "link", "data-kind": l.kind, "data-target": l.target }, `${l.kind} `, refButton("statements", l.target), l.note ? ` (${l.note})` : ""));
  const incoming = collection !== "statements" ? [] : data.statements.flatMap(s => (s.links || []).filter(l => l.target === id)
    .map(l => el("li", { class: "link", "data-kind": l.kind, "data-source": s.id }, `${PASSIVE[l.kind] || l.kind} `, refButton("statements", s.id), l.note ? ` (${l.note})` : "")));
  if (collection === "statements") {
    details.append(el("h3", {}, "Links"), outgoing.length + incoming.length
      ? el("ul", { class: "links" }, outgoing, incoming) : el("p", { class: "source" }, "No statement links to or from this one."));
  }
  const related = collection === "meetings" ? data.statements.filter(s => s.at === id) : [];
  if (related.length) details.append(el("h3", {}, "Said at this meeting"), el("ul", {}, related.map(s => el("li", {}, refButton("statements", s.id)))));
}

document.getElementById("filters").addEventListener("input", apply);
document.getElementById("filters").addEventListener("change", apply);
document.getElementById("filters").addEventListener("reset", () => setTimeout(apply));
apply();
</script>
</body>
</html>
""";
}
