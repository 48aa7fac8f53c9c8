#!/usr/bin/env -S dotnet run
#:property PublishAot=false
// Writes the W3C Web Annotation anchors of every evidence phrase in seeds/*.yaml: a TextQuoteSelector (the exact
// text as the article prints it, with up to 32 characters before and after) and a TextPositionSelector (start and
// end, in Unicode code points from the start of the seed file's text). Run it after adding or changing evidence:
//
//   dotnet run seeds/tools/anchor-evidence.cs [-- <folder of the seed .txt files>]
//
// The folder defaults to SEEDDATA_SOURCES, then ../shared/seeds beside the repository. An evidence entry written
// as `- { article: ..., phrase: "..." }` is rewritten in block form with its anchors; one already in block form
// gets them recomputed, so the tool can run any number of times. It changes nothing else in the files, and fails
// (exit code 1, nothing written) when a phrase is not in its article. tests/SeedData.Tests checks the result.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

const int Context = 32;
string repository = Path.GetFullPath(Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory(), "..", ".."));
string seeds = Path.Combine(repository, "seeds");
string sources = args.Length > 0 ? args[0]
    : Environment.GetEnvironmentVariable("SEEDDATA_SOURCES") is { Length: > 0 } configured ? configured
    : Path.GetFullPath(Path.Combine(repository, "..", "shared", "seeds"));
if (!Directory.Exists(sources))
{
    Console.Error.WriteLine($"No seed texts in '{sources}': pass the folder, or set SEEDDATA_SOURCES.");
    return 1;
}

// Article id -> seed text, from articles.yaml (each `- id:` is followed by its `seedFile:`).
var texts = new Dictionary<string, string>(StringComparer.Ordinal);
string? articleId = null;
foreach (string line in File.ReadLines(Path.Combine(seeds, "articles.yaml")))
{
    if (Regex.Match(line, @"^  - id: (\S+)$") is { Success: true } id) articleId = id.Groups[1].Value;
    else if (Regex.Match(line, @"^    seedFile: (\S+)$") is { Success: true } file && articleId is not null)
        texts[articleId] = File.ReadAllText(Path.Combine(sources, file.Groups[1].Value), new UTF8Encoding(false));
}

var flow = new Regex(@"^(?<indent>\s*)- \{ article: (?<article>[a-z0-9-]+), phrase: (?<phrase>""(?:[^""\\]|\\.)*"") \}$");
var blockArticle = new Regex(@"^(?<indent>\s*)- article: (?<article>[a-z0-9-]+)$");
var blockPhrase = new Regex(@"^\s+phrase: (?<phrase>""(?:[^""\\]|\\.)*"")$");
var blockAnchor = new Regex(@"^\s+(textQuote|textPosition): ");
int anchored = 0, failures = 0;
var rewritten = new Dictionary<string, string>();
foreach (string path in Directory.GetFiles(seeds, "*.yaml").Order(StringComparer.Ordinal))
{
    string[] lines = File.ReadAllText(path).Split('\n');
    var output = new List<string>(lines.Length);
    for (int i = 0; i < lines.Length; i++)
    {
        string indent, article, phrase;
        if (flow.Match(lines[i]) is { Success: true } one)
        {
            (indent, article, phrase) = (one.Groups["indent"].Value, one.Groups["article"].Value, one.Groups["phrase"].Value);
        }
        else if (blockArticle.Match(lines[i]) is { Success: true } head && i + 1 < lines.Length && blockPhrase.Match(lines[i + 1]) is { Success: true } next)
        {
            (indent, article, phrase) = (head.Groups["indent"].Value, head.Groups["article"].Value, next.Groups["phrase"].Value);
            i++;
            while (i + 1 < lines.Length && blockAnchor.IsMatch(lines[i + 1])) i++;
        }
        else
        {
            output.Add(lines[i]);
            continue;
        }
        string where = $"{Path.GetFileName(path)}({i + 1})";
        if (!texts.TryGetValue(article, out string? text))
        {
            Console.Error.WriteLine($"{where}: no article '{article}' in articles.yaml");
            failures++;
            output.Add(lines[i]);
            continue;
        }
        var anchor = Anchor(text, Unquote(phrase));
        if (anchor is null)
        {
            Console.Error.WriteLine($"{where}: the phrase is not in {article}: {phrase}");
            failures++;
            output.Add(lines[i]);
            continue;
        }
        var (start, end, occurrences) = anchor.Value;
        if (occurrences > 1) Console.WriteLine($"{where}: the phrase occurs {occurrences} times in {article}; anchored at the first");
        string exact = text[start..end];
        string prefix = text[Math.Max(0, start - Context)..start];
        string suffix = text[end..Math.Min(text.Length, end + Context)];
        output.Add($"{indent}- article: {article}");
        output.Add($"{indent}  phrase: {phrase}");
        output.Add($"{indent}  textQuote: {{ exact: {Quote(exact)}, prefix: {Quote(prefix)}, suffix: {Quote(suffix)} }}");
        output.Add($"{indent}  textPosition: {{ start: {CodePoints(text, start)}, end: {CodePoints(text, end)} }}");
        anchored++;
    }
    rewritten[path] = string.Join('\n', output);
}
if (failures > 0)
{
    Console.Error.WriteLine($"{failures} evidence entries could not be anchored; no file was changed.");
    return 1;
}
foreach (var (path, content) in rewritten)
{
    if (File.ReadAllText(path) != content) File.WriteAllText(path, content, new UTF8Encoding(false));
}
Console.WriteLine($"{anchored} evidence phrases anchored in {rewritten.Count} files of {seeds}, against {texts.Count} seed texts in {sources}.");
return 0;

// Where a phrase is in the text, matched as the evidence tests match it: typographic quotes and dashes folded,
// white space collapsed. Returns the span in the original text (UTF-16 indexes) and how often the phrase occurs.
static (int Start, int End, int Occurrences)? Anchor(string text, string phrase)
{
    var (folded, map) = Fold(text);
    string needle = Fold(phrase).Folded.Trim();
    if (needle.Length == 0) return null;
    int at = folded.IndexOf(needle, StringComparison.Ordinal);
    if (at < 0) return null;
    int occurrences = 0;
    for (int i = at; i >= 0; i = folded.IndexOf(needle, i + 1, StringComparison.Ordinal)) occurrences++;
    return (map[at], map[at + needle.Length - 1] + 1, occurrences);
}

static (string Folded, List<int> Map) Fold(string text)
{
    var folded = new StringBuilder(text.Length);
    var map = new List<int>(text.Length);
    for (int i = 0; i < text.Length; i++)
    {
        char c = text[i] switch
        {
            '\u2018' or '\u2019' => '\'',
            '\u201C' or '\u201D' => '"',
            '\u2013' or '\u2014' => '-',
            var other => other,
        };
        if (char.IsWhiteSpace(c))
        {
            if (folded.Length > 0 && folded[^1] == ' ') continue;
            c = ' ';
        }
        folded.Append(c);
        map.Add(i);
    }
    return (folded.ToString(), map);
}

static int CodePoints(string text, int utf16Index)
{
    int count = 0;
    for (int i = 0; i < utf16Index; i++)
    {
        if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) count++;
    }
    return count;
}

static string Unquote(string quoted)
{
    var text = new StringBuilder();
    for (int i = 1; i < quoted.Length - 1; i++)
    {
        if (quoted[i] == '\\' && i + 1 < quoted.Length - 1)
        {
            i++;
            text.Append(quoted[i] switch { 'n' => '\n', 't' => '\t', var c => c });
        }
        else text.Append(quoted[i]);
    }
    return text.ToString();
}

// A YAML double-quoted scalar: backslash and quote escaped, line breaks and other control characters as escapes.
static string Quote(string text)
{
    var quoted = new StringBuilder("\"");
    foreach (char c in text)
    {
        quoted.Append(c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\t' => "\\t",
            '\r' => "\\r",
            < ' ' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
            '\u00A0' => "\\_",
            _ => c.ToString(),
        });
    }
    return quoted.Append('"').ToString();
}
