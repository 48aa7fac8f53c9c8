using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Binding;

/// <summary>
/// Finds the ids a file that failed to parse would have declared, from its text alone: the lines <c>id: ...</c>
/// (YAML) or members <c>"id": "..."</c> (JSON) under a top-level collection key. A file with one syntax error should
/// give one error: with these ids, references into the file are not reported as unknown and its records keep their
/// named members. The ids are an educated guess and are never reported on themselves.
/// <para>
/// One pass over the text, each character looked at a bounded number of times, with no backtracking: the file is
/// broken, so nothing about it can be trusted to end a match early (a regular expression took quadratic time on an
/// unclosed list of lines without a ':').
/// </para>
/// </summary>
internal static class IdRecovery
{
    /// <summary>Each recovered id at or after <paramref name="from"/>, with its collection name and where it is written.</summary>
    /// <param name="from">Where ids start to be wanted; the collection names before it are still read.</param>
    public static IEnumerable<(string Collection, string Id, SourceSpan Span)> Ids(SourceText text, DataFormat format, int from = 0)
    {
        string content = text.ToString();
        var found = new List<(string Collection, int Start, int Length, string Id)>();
        if (format == DataFormat.Json) ScanJson(content, from, found);
        else ScanYaml(content, from, found);
        foreach (var (collection, start, length, id) in found)
        {
            var first = text.Lines.GetLinePosition(start);
            var last = text.Lines.GetLinePosition(start + length);
            yield return (collection, id, new SourceSpan(start, length, first.Line, first.Character, last.Line, last.Character));
        }
    }

    /// <summary>
    /// YAML, line by line: a collection is a key at the start of a line whose value is empty, a comment or a '[' list;
    /// an id is the key <c>id</c> at the start of a line (after its indentation and a '- '), or after a '{' or ','.
    /// </summary>
    private static void ScanYaml(string text, int from, List<(string, int, int, string)> found)
    {
        string? collection = null;
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = lineStart;
            while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r')) lineEnd++;
            if (CollectionKey(text, lineStart, lineEnd) is { } name) collection = name;
            if (collection is not null && lineEnd >= from)
            {
                int at = lineStart;
                while (at < lineEnd && text[at] is ' ' or '\t') at++;
                if (at < lineEnd && text[at] == '-' && at + 1 < lineEnd && text[at + 1] is ' ' or '\t')
                {
                    at++;
                    while (at < lineEnd && text[at] is ' ' or '\t') at++;
                }
                if (at >= from) YamlId(text, at, lineEnd, collection, found);
                for (int i = Math.Max(lineStart, from - 1); i < lineEnd; i++)
                {
                    if (text[i] is '{' or ',')
                    {
                        int after = i + 1;
                        while (after < lineEnd && text[after] is ' ' or '\t') after++;
                        YamlId(text, after, lineEnd, collection, found);
                    }
                }
            }
            lineStart = lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
        }
    }

    /// <summary>The name of a top-level key at the start of the line whose value is a list to come (nothing, a comment or '['), or null.</summary>
    private static string? CollectionKey(string text, int start, int end)
    {
        if (start >= end || text[start] is ' ' or '\t' or '#' or ':' or '-') return null;
        int colon;
        string name;
        if (text[start] is '"' or '\'')
        {
            int close = text.IndexOf(text[start], start + 1, end - start - 1);
            if (close < 0) return null;
            name = text.Substring(start + 1, close - start - 1);
            colon = close + 1;
            while (colon < end && text[colon] is ' ' or '\t') colon++;
            if (colon >= end || text[colon] != ':') return null;
        }
        else
        {
            colon = start;
            while (colon < end && text[colon] is not (':' or '#')) colon++;
            if (colon >= end || text[colon] != ':') return null;
            name = text.Substring(start, colon - start).Trim();
        }
        int value = colon + 1;
        while (value < end && text[value] is ' ' or '\t') value++;
        return value >= end || text[value] is '[' or '#' ? name : null;
    }

    /// <summary>An id key at <paramref name="at"/>: <c>id</c>, spaces, ':', spaces, then a quoted value or a plain one up to ',', '}', '#' or the line's end.</summary>
    private static void YamlId(string text, int at, int end, string collection, List<(string, int, int, string)> found)
    {
        if (at + 2 > end || text[at] != 'i' || text[at + 1] != 'd') return;
        int colon = at + 2;
        while (colon < end && text[colon] is ' ' or '\t') colon++;
        if (colon >= end || text[colon] != ':') return;
        int value = colon + 1;
        while (value < end && text[value] is ' ' or '\t') value++;
        if (value >= end || text[value] is ',' or '{' or '}' or '[' or ']' or '#') return;
        if (text[value] is '"' or '\'')
        {
            int close = text.IndexOf(text[value], value + 1, end - value - 1);
            if (close >= 0 && EndsValue(text, close + 1, end))
            {
                found.Add((collection, value, close + 1 - value, text.Substring(value + 1, close - value - 1)));
                return;
            }
        }
        int stop = value;
        while (stop < end && text[stop] is not (',' or '{' or '}' or '[' or ']' or '#')) stop++;
        if (stop < end && text[stop] is '{' or '[' or ']') return;
        int last = stop;
        while (last > value && text[last - 1] is ' ' or '\t') last--;
        found.Add((collection, value, last - value, text.Substring(value, last - value)));
    }

    /// <summary>Whether only spaces come before a ',', '}', '#' or the line's end.</summary>
    private static bool EndsValue(string text, int at, int end)
    {
        while (at < end && text[at] is ' ' or '\t') at++;
        return at >= end || text[at] is ',' or '}' or '#';
    }

    /// <summary>
    /// JSON, token by token: a collection is a key whose value is a list, an id a key <c>"id"</c> whose value is text
    /// (nesting is not counted: a broken file's brackets may not balance). A string ends at its closing quote or, the
    /// file being broken, at the end of its line.
    /// </summary>
    private static void ScanJson(string text, int from, List<(string, int, int, string)> found)
    {
        string? collection = null;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '"') continue;
            int close = StringEnd(text, i + 1);
            if (close >= text.Length || text[close] != '"')
            {
                i = close;
                continue;
            }
            int colon = SkipSpace(text, close + 1);
            if (colon < text.Length && text[colon] == ':')
            {
                int value = SkipSpace(text, colon + 1);
                if (value < text.Length && text[value] == '[') collection = text.Substring(i + 1, close - i - 1);
                else if (collection is not null && i >= from && value < text.Length && text[value] == '"' && close - i - 1 == 2 && text[i + 1] == 'i' && text[i + 2] == 'd')
                {
                    int valueEnd = StringEnd(text, value + 1);
                    if (valueEnd < text.Length && text[valueEnd] == '"')
                    {
                        found.Add((collection, value + 1, valueEnd - value - 1, text.Substring(value + 1, valueEnd - value - 1)));
                        close = valueEnd;
                    }
                }
            }
            i = close;
        }
    }

    /// <summary>The closing quote of a string whose text starts at <paramref name="at"/>, or the line break (or end) that cuts it short.</summary>
    private static int StringEnd(string text, int at)
    {
        while (at < text.Length && text[at] is not ('"' or '\n' or '\r'))
        {
            at += text[at] == '\\' && at + 1 < text.Length && text[at + 1] is not ('\n' or '\r') ? 2 : 1;
        }
        return at;
    }

    private static int SkipSpace(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\n' or '\r') at++;
        return at;
    }
}
