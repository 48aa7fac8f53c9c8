using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SeedData.Packaging.Tests.Infrastructure;

/// <summary>One fenced C# code block of a Markdown file.</summary>
/// <param name="File">The Markdown file, relative to the repository root.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Code">The block's text, with the fence's own indentation removed (a block inside a list item is indented).</param>
public sealed record MarkdownSnippet(string File, int Line, string Code)
{
    /// <summary>
    /// A .NET 10 file-based app: a complete program that <c>dotnet run file.cs</c> runs. It names its packages
    /// with <c>#:package</c>, so a block without one is a fragment of a project (or of a longer program).
    /// </summary>
    public bool IsFileBasedApp => Code.Split('\n').Any(l => l.StartsWith("#:package ", StringComparison.Ordinal));

    public override string ToString() => $"{File}:{Line}";
}

/// <summary>Reads the fenced <c>```csharp</c> (or <c>cs</c>, <c>c#</c>) blocks of Markdown files.</summary>
public static class MarkdownSnippets
{
    private static readonly Regex Opening = new(@"^(?<indent>[ \t]*)(?<fence>`{3,}|~{3,})\s*(?:csharp|cs|c#)\s*$", RegexOptions.IgnoreCase);

    public static IReadOnlyList<MarkdownSnippet> Read(string relativePath)
    {
        string[] lines = File.ReadAllText(Path.Combine(Repo.Root, relativePath)).ReplaceLineEndings("\n").Split('\n');
        var snippets = new List<MarkdownSnippet>();
        for (int i = 0; i < lines.Length; i++)
        {
            var open = Opening.Match(lines[i]);
            if (!open.Success) continue;
            string indent = open.Groups["indent"].Value;
            string fence = open.Groups["fence"].Value;
            var code = new List<string>();
            int j = i + 1;
            for (; j < lines.Length && lines[j].Trim() != fence; j++)
            {
                code.Add(lines[j].StartsWith(indent, StringComparison.Ordinal) ? lines[j][indent.Length..] : lines[j].TrimStart());
            }
            if (j == lines.Length) throw new FormatException($"{relativePath}:{i + 1}: the code block is never closed.");
            snippets.Add(new MarkdownSnippet(relativePath, i + 1, string.Join("\n", code) + "\n"));
            i = j;
        }
        return snippets;
    }
}
