using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Binding;

/// <summary>
/// Finds the ids a file that failed to parse would have declared, from its text alone: the lines <c>id: ...</c>
/// (YAML) or members <c>"id": "..."</c> (JSON) under a top-level collection key. A file with one syntax error should
/// give one error: with these ids, references into the file are not reported as unknown and its records keep their
/// named members. The ids are an educated guess and are never reported on themselves.
/// </summary>
internal static class IdRecovery
{
    private static readonly Regex YamlCollection = new(@"^(?<name>[^\s#:'""\-][^:#]*?|""[^""]*""|'[^']*')\s*:\s*(\[.*)?(#.*)?$", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly Regex YamlId = new(@"(^[ \t]*(-[ \t]+)?|[{,][ \t]*)id[ \t]*:[ \t]*(?<id>""[^""\r\n]*""|'[^'\r\n]*'|[^\s,{}\[\]#][^,{}\[\]#\r\n]*?)[ \t]*(?=[,}\r\n#]|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly Regex JsonCollection = new(@"""(?<name>(?:[^""\\]|\\.)*)""\s*:\s*\[", RegexOptions.CultureInvariant);
    private static readonly Regex JsonId = new(@"""id""\s*:\s*""(?<id>(?:[^""\\\r\n]|\\.)*)""", RegexOptions.CultureInvariant);

    /// <summary>Each recovered id with its collection name and where it is written.</summary>
    public static IEnumerable<(string Collection, string Id, SourceSpan Span)> Ids(SourceText text, DataFormat format)
    {
        string content = text.ToString();
        var (collections, ids) = format == DataFormat.Json ? (JsonCollection, JsonId) : (YamlCollection, YamlId);
        var keys = new List<(int Position, string Name)>();
        foreach (Match key in collections.Matches(content)) keys.Add((key.Index, Unquote(key.Groups["name"].Value.Trim())));
        int next = 0;
        string? collection = null;
        foreach (Match id in ids.Matches(content))
        {
            var group = id.Groups["id"];
            while (next < keys.Count && keys[next].Position < group.Index) collection = keys[next++].Name;
            if (collection is null) continue;
            var start = text.Lines.GetLinePosition(group.Index);
            var end = text.Lines.GetLinePosition(group.Index + group.Length);
            yield return (collection, Unquote(group.Value.Trim()), new SourceSpan(group.Index, group.Length, start.Line, start.Character, end.Line, end.Character));
        }
    }

    private static string Unquote(string value)
        => value.Length >= 2 && (value[0] == '"' && value[value.Length - 1] == '"' || value[0] == '\'' && value[value.Length - 1] == '\'')
            ? value.Substring(1, value.Length - 2)
            : value;
}
