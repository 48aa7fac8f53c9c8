using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SeedData.Packaging.Tests.Infrastructure;

/// <summary>One fenced code block of a Markdown file.</summary>
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

/// <summary>Reads the fenced code blocks of one language in Markdown files: <c>```csharp</c> (or <c>cs</c>, <c>c#</c>), <c>```python</c>, <c>```r</c>.</summary>
public static class MarkdownSnippets
{
    public const string CSharp = "csharp|cs|c#";
    public const string Python = "python|py";
    public const string R = "r";

    /// <param name="relativePath">The Markdown file, relative to the repository root.</param>
    /// <param name="language">The info strings of the language's fences, as a regular expression alternation (<see cref="CSharp"/>).</param>
    public static IReadOnlyList<MarkdownSnippet> Read(string relativePath, string language = CSharp)
    {
        var opening = new Regex(@"^(?<indent>[ \t]*)(?<fence>`{3,}|~{3,})\s*(?:" + language + @")\s*$", RegexOptions.IgnoreCase);
        string[] lines = File.ReadAllText(Path.Combine(Repo.Root, relativePath)).ReplaceLineEndings("\n").Split('\n');
        var snippets = new List<MarkdownSnippet>();
        for (int i = 0; i < lines.Length; i++)
        {
            var open = opening.Match(lines[i]);
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
