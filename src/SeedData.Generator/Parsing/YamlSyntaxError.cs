using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Model;
using YamlDotNet.Core;

namespace SeedData.Generator.Parsing;

/// <summary>
/// A YAML syntax error in plain words, at the mistake. YamlDotNet says what its parser was doing ("While parsing a
/// block collection, did not find expected '-' indicator") where it noticed, which for a line read as the rest of a
/// value can be a line later. Most mistakes in a data file are indentation, a missing ': ', quotes, brackets and
/// tabs: each is recognized from YamlDotNet's message and the text around it, and said with its fix.
/// </summary>
/// <param name="Span">The mistake: the mis-indented line, the quote or bracket never closed, the character.</param>
/// <param name="Message">What is wrong and how to fix it, in sentences.</param>
internal readonly record struct YamlSyntaxError(SourceSpan Span, string Message)
{
    /// <param name="lastEnd">Where the last node read ends: a mistake on a later line is a line of its own.</param>
    /// <param name="openFlows">The '[' and '{' collections open when the error was found, innermost last.</param>
    public static YamlSyntaxError Explain(YamlException error, SourceText text, Mark lastEnd, IReadOnlyList<(Mark Start, char Opener)> openFlows)
    {
        string said = error.Message;
        bool Says(string words) => said.IndexOf(words, StringComparison.Ordinal) >= 0;
        int errorLine = (int)Math.Max(0, error.Start.Line - 1);
        // The line of the last node read; -1 before any.
        int lastLine = (int)lastEnd.Line - 1;

        if (Says("tab")) return Tab(text, error);
        if (said.IndexOf("surrogate", StringComparison.OrdinalIgnoreCase) >= 0) return new(EscapeBefore(text, error.End), SurrogateEscape);
        if (openFlows.Count > 0 && (Says("flow") || Says("node content"))) return Unclosed(text, openFlows[openFlows.Count - 1]);
        if (Says("quoted scalar, found unexpected end of stream") || Says("double-quoted scalar, found wrong indentation"))
        {
            int quote = Index(text, error.Start);
            char mark = quote < text.Length ? text[quote] : '"';
            return new(At(text, quote, 1),
                $"The quoted text that starts here is not closed on its line. Add the closing {mark} where the value ends; a value that goes on to the next lines must indent them further than its key.");
        }
        if (Says("unknown escape character"))
        {
            int escape = Math.Min(Index(text, error.End), Math.Max(0, text.Length - 1));
            string written = text.ToString(new TextSpan(escape, Math.Min(2, text.Length - escape)));
            return new(At(text, escape, written.Length),
                $"'{written}' is no escape in double-quoted YAML text. Write '\\\\' for a backslash, or put the text in single quotes, where a backslash is an ordinary character.");
        }
        if (Says("cannot start any token"))
        {
            int at = Index(text, error.Start);
            char character = at < text.Length ? text[at] : ' ';
            return new(At(text, at, 1),
                $"'{character}' cannot start a value that is not quoted: YAML reserves it. Quote the value, e.g. \"{character}...\".");
        }
        if (Says("anchor or alias"))
        {
            return new(SpanOf(error.Start, error.End, text.Length),
                "An anchor ('&') or alias ('*') needs a name right after it, such as '&defaults' and '*defaults'. Name it, or quote the value if the character is text.");
        }
        if (Says("undefined tag handle"))
        {
            return new(SpanOf(error.Start, error.End, text.Length),
                "This tag's handle ('!name!') is declared by no %TAG directive. Remove the tag, or quote the value if the '!' is text.");
        }
        if (Says("Block sequence entries are not allowed"))
        {
            return new(At(text, Index(text, error.Start), 1),
                "A list item ('- ') cannot start on the line of its key. Put each item on a line of its own below the key, indented further than the key.");
        }
        if (Says("found invalid mapping"))
        {
            // A ': ' that makes a key where only a value can be: in a value on the same line, or on a line that was
            // read as the rest of a value on a line above (indented too far, or below a line without its ':').
            if (errorLine <= lastLine) return new(At(text, Index(text, error.Start), 1), ColonInValue);
            var above = ContentLineAbove(text, errorLine);
            if (above is { } previous && previous.Number > lastLine && IsBareText(previous.Text))
            {
                return new(LineSpan(text, previous),
                    $"'{Shorten(previous.Text)}' has no ':' after it, so the lines below it are read as more of it. Write it as a key, '{Shorten(previous.Text)}:'.");
            }
            return LineOfItsOwn(text, ContentLine(text, errorLine), expectsItem: false);
        }
        if (Says("did not find expected '-' indicator") || Says("did not find expected key"))
        {
            if (errorLine <= lastLine)
            {
                return new(At(text, Index(text, error.Start), 1),
                    "More text follows the value on this line. Quote all of the value (\"...\"), or remove what follows it.");
            }
            var line = FirstContentLineAfter(text, lastLine) ?? ContentLine(text, errorLine);
            return LineOfItsOwn(text, line, expectsItem: Says("'-'"));
        }
        return new(SpanOf(error.Start, error.End, text.Length),
            "YAML cannot be read from here on (" + Lowered(CleanMessage(said)) + "). Check the indentation, quotes and brackets of this line and the one above.");
    }

    /// <summary>A '[' or '{' opened and never closed, reported where it opens.</summary>
    public static YamlSyntaxError Unclosed(SourceText text, (Mark Start, char Opener) flow) => Unclosed(text, Index(text, flow.Start), flow.Opener);

    public static YamlSyntaxError Unclosed(SourceText text, int position, char opener)
    {
        string kind = opener == '[' ? "list" : "mapping";
        char closer = opener == '[' ? ']' : '}';
        return new(At(text, position, 1),
            $"The {kind} opened here with '{opener}' is not closed. End it with '{closer}', before the next key that is not part of it.");
    }

    /// <summary>
    /// The first '[' or '{' after <paramref name="from"/> that the text never closes, for a parser that stopped before
    /// reading it: brackets in quotes and comments do not count.
    /// </summary>
    public static int? UnclosedBracketAfter(SourceText text, int from)
    {
        var open = new List<int>();
        char quote = '\0';
        for (int i = Math.Max(0, from); i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == quote && !(quote == '"' && text[i - 1] == '\\')) quote = '\0';
                continue;
            }
            if (c is '"' or '\'') quote = c;
            else if (c == '#' && (i == 0 || text[i - 1] is ' ' or '\t' or '\n' or '\r'))
            {
                while (i < text.Length && text[i] != '\n') i++;
            }
            else if (c is '[' or '{') open.Add(i);
            else if (c is ']' or '}' && open.Count > 0) open.RemoveAt(open.Count - 1);
        }
        return open.Count > 0 ? open[0] : null;
    }

    /// <summary>
    /// A tag with nothing in it, which YamlDotNet refuses with an ArgumentException rather than a YAML error: a
    /// <c>%TAG</c> directive whose handle has no prefix (<c>%TAG !e! </c>), or an empty verbatim tag (<c>!&lt;&gt;</c>).
    /// <paramref name="after"/> is where its scanner stopped, just after the tag.
    /// </summary>
    public static YamlSyntaxError EmptyTag(SourceText text, Mark after)
    {
        int position = Index(text, after);
        var line = text.Lines.GetLineFromPosition(position);
        var content = ContentLine(text, line.LineNumber);
        if (content.Text.StartsWith("%TAG", StringComparison.Ordinal))
        {
            string handle = content.Text.Substring(4).Trim();
            return new(LineSpan(text, content),
                $"This %TAG directive gives the handle '{Shorten(handle)}' no prefix. Write the prefix after the handle, e.g. '%TAG {(handle.Length > 0 ? Shorten(handle) : "!e!")} tag:example.com,2025:', or remove the directive.");
        }
        int verbatim = text.ToString(TextSpan.FromBounds(line.Start, Math.Min(position, line.End))).LastIndexOf("!<", StringComparison.Ordinal);
        var span = verbatim >= 0 ? At(text, line.Start + verbatim, Math.Max(1, position - line.Start - verbatim)) : SpanOf(after, after, text.Length);
        return new(span,
            "'!<>' is a verbatim tag with no tag between its '<' and '>'. Write the tag in it, e.g. '!<tag:yaml.org,2002:str>', or remove it; quote the value if the '!' is text.");
    }

    public const string SurrogateEscape =
        "This escape is a surrogate code point, which is no character. Write the character itself, or \\UXXXXXXXX for one beyond U+FFFF.";

    public const string BrokenStructure =
        "The structure breaks off after this point. Look for a '[' or '{' that is not closed, or a stray character.";

    private const string ColonInValue =
        "A ': ' in a value that is not quoted starts a key, and a value cannot be a key. Quote the value (\"...\"), or remove the ':'.";

    /// <summary>
    /// A line that is wrong as a whole: indented like no line above it, or, where it is indented like one, without the
    /// ': ' of a key, a list item where a key belongs, or a key where the list expects another item.
    /// </summary>
    private static YamlSyntaxError LineOfItsOwn(SourceText text, TextLine line, bool expectsItem)
    {
        var span = LineSpan(text, line);
        var levels = LevelsAbove(text, line.Number);
        Level? inner = null, outer = null;
        bool linesUp = false;
        foreach (var level in levels)
        {
            if (level.Column == line.Indent) linesUp = true;
            else if (level.Column > line.Indent) inner = level;
            else if (outer is null) outer = level;
        }
        if (!linesUp && (inner is not null || outer is not null))
        {
            string neighbours = inner is { } i && outer is { } o
                ? $"{Describe(i)}, {o.What} on line {o.Line + 1} {o.Column}"
                : Describe(inner ?? outer!.Value);
            return new(span,
                $"This line is indented {Spaces(line.Indent)}, which lines up with no line above it: {neighbours}. YAML reads the nesting from the indentation alone: indent the line as far as the line it belongs with.");
        }

        string content = line.Text;
        if (content == "-" || content.StartsWith("- ", StringComparison.Ordinal))
        {
            return new(span,
                "A list item ('- ') where the mapping above expects a key. To give a key a list, write the key with its ':' on the line above the items, or remove the '-'.");
        }
        int colon = content.IndexOf(':');
        if (colon < 0)
        {
            return new(span, $"'{Shorten(content)}' has no ':', so it is neither a key nor a list item. Write it as 'key: value'.");
        }
        if (colon + 1 < content.Length && content[colon + 1] != ' ' && content.IndexOf(": ", StringComparison.Ordinal) < 0)
        {
            string key = content.Substring(0, colon);
            return new(span,
                $"'{Shorten(content)}' is read as text, not as the key '{key}': a key's ':' must be followed by a space. Write '{key}: {Shorten(content.Substring(colon + 1))}'.");
        }
        if (expectsItem && inner is { } sibling)
        {
            return new(span,
                $"This key is indented like the '-' of the list, where the list expects another item ('- ...'). To add it to the record above, indent it {Spaces(sibling.Column)}, as far as {sibling.What} on line {sibling.Line + 1}.");
        }
        return new(span, "This line cannot go on from the lines above it. Check its indentation against the lines it belongs with.");
    }

    private static string Describe(Level level) => $"{level.What} on line {level.Line + 1} is indented {Spaces(level.Column)}";

    private static string Spaces(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " space" : " spaces");

    /// <summary>A line with something on it besides a comment.</summary>
    private readonly record struct TextLine(int Number, int Start, int Indent, string Text);

    /// <summary>A column a line above opens: a key's, a list's '-', or the value after a '- '.</summary>
    private readonly record struct Level(int Line, int Column, string What);

    /// <summary>
    /// The columns that the lines above <paramref name="line"/> open and that are still open at it, innermost first:
    /// going up, each line indented less than every line seen so far encloses them. A '- ' line opens two, its '-' and
    /// what follows it.
    /// </summary>
    private static List<Level> LevelsAbove(SourceText text, int line)
    {
        var levels = new List<Level>();
        int limit = int.MaxValue;
        for (var above = ContentLineAbove(text, line); above is { } current && limit > 0; above = ContentLineAbove(text, current.Number))
        {
            string content = current.Text;
            if (content == "-" || content.StartsWith("- ", StringComparison.Ordinal))
            {
                int after = 1;
                while (after < content.Length && content[after] == ' ') after++;
                if (after < content.Length && current.Indent + after < limit)
                {
                    levels.Add(new Level(current.Number, current.Indent + after, "'" + KeyOf(content.Substring(after)) + "'"));
                    limit = current.Indent + after;
                }
                if (current.Indent < limit)
                {
                    levels.Add(new Level(current.Number, current.Indent, "the '-'"));
                    limit = current.Indent;
                }
            }
            else if (current.Indent < limit)
            {
                levels.Add(new Level(current.Number, current.Indent, "'" + KeyOf(content) + "'"));
                limit = current.Indent;
            }
        }
        return levels;
    }

    private static string KeyOf(string content)
    {
        int colon = content.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 && content.EndsWith(":", StringComparison.Ordinal)) colon = content.Length - 1;
        return Shorten(colon > 0 ? content.Substring(0, colon) : content);
    }

    /// <summary>Text with no ':' that ends a key: what a line meant as a key but written without its ':' holds.</summary>
    private static bool IsBareText(string content)
        => !content.StartsWith("-", StringComparison.Ordinal) && content.IndexOf(": ", StringComparison.Ordinal) < 0 && !content.EndsWith(":", StringComparison.Ordinal)
           && content[0] is not ('"' or '\'' or '[' or '{' or '|' or '>' or '&' or '*' or '!');

    private static string Shorten(string text) => text.Length <= 30 ? text : text.Substring(0, 27) + "...";

    private static TextLine? ContentLineAbove(SourceText text, int line)
    {
        for (int i = line - 1; i >= 0; i--)
        {
            if (ContentLine(text, i) is { Text.Length: > 0 } found) return found;
        }
        return null;
    }

    private static TextLine? FirstContentLineAfter(SourceText text, int line)
    {
        for (int i = Math.Max(0, line + 1); i < text.Lines.Count; i++)
        {
            if (ContentLine(text, i) is { Text.Length: > 0 } found) return found;
        }
        return null;
    }

    /// <summary>The line's text after its indentation, empty for a blank or comment line.</summary>
    private static TextLine ContentLine(SourceText text, int line)
    {
        var span = text.Lines[Math.Min(line, text.Lines.Count - 1)].Span;
        int first = span.Start;
        while (first < span.End && text[first] == ' ') first++;
        string content = text.ToString(TextSpan.FromBounds(first, span.End)).TrimEnd();
        if (content.StartsWith("#", StringComparison.Ordinal)) content = string.Empty;
        return new TextLine(line, first, first - span.Start, content);
    }

    private static SourceSpan LineSpan(SourceText text, TextLine line) => At(text, line.Start, Math.Max(1, line.Text.Length));

    /// <summary>The tab in an indentation: the first tab, from where YamlDotNet noticed, that only spaces or tabs precede on its line.</summary>
    private static YamlSyntaxError Tab(SourceText text, YamlException error)
    {
        const string message = "A tab in the indentation of this line: YAML indents with spaces only. Replace the tab with spaces.";
        int start = Index(text, error.Start);
        for (int lineIndex = text.Lines.GetLineFromPosition(start).LineNumber; lineIndex < text.Lines.Count; lineIndex++)
        {
            var span = text.Lines[lineIndex].Span;
            for (int i = span.Start; i < span.End && text[i] is ' ' or '\t'; i++)
            {
                if (text[i] == '\t' && i >= start) return new(At(text, i, 1), message);
            }
        }
        // A tab after the indentation YamlDotNet still counted as part of it (after '- ', say): where it noticed.
        int end = Math.Min(text.Length, Index(text, error.End) + 1);
        for (int i = start; i < end; i++)
        {
            if (text[i] == '\t') return new(At(text, i, 1), message);
        }
        return new(SpanOf(error.Start, error.End, text.Length), message);
    }

    /// <summary>
    /// The escape that names no character, on the line of <paramref name="end"/> and before it: the last \u escape of
    /// a surrogate code point (a \uD800 with no low surrogate after it), else the last \u or \U escape.
    /// </summary>
    public static SourceSpan EscapeBefore(SourceText text, Mark end)
    {
        int length = text.Length;
        int position = Index(text, end);
        int lastEscape = -1;
        for (int i = Math.Min(position, length - 2); i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] != '\\' || text[i + 1] is not ('u' or 'U')) continue;
            if (lastEscape < 0) lastEscape = i;
            if (text[i + 1] == 'u' && i + 6 <= length
                && int.TryParse(text.ToString(new TextSpan(i + 2, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int unit)
                && unit is >= 0xD800 and <= 0xDFFF)
            {
                return At(text, i, 6);
            }
        }
        return lastEscape >= 0 ? At(text, lastEscape, Math.Min(text[lastEscape + 1] == 'u' ? 6 : 10, length - lastEscape)) : SpanOf(end, end, length);
    }

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (Line: ...): "; the location is ours to give.
    private static string CleanMessage(string message)
    {
        int marker = message.IndexOf("): ", StringComparison.Ordinal);
        string cleaned = message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
        return cleaned.TrimEnd('.');
    }

    private static string Lowered(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);

    public static SourceSpan SpanOf(Mark start, Mark end, int length)
    {
        int startIndex = Clamp(start.Index, length);
        int endIndex = Math.Max(startIndex, Clamp(end.Index, length));
        return new SourceSpan(startIndex, endIndex - startIndex,
            (int)Math.Max(0, start.Line - 1), (int)Math.Max(0, start.Column - 1),
            (int)Math.Max(0, end.Line - 1), (int)Math.Max(0, end.Column - 1));
    }

    public static SourceSpan At(SourceText text, int position, int length)
    {
        var line = text.Lines.GetLinePosition(position);
        return new SourceSpan(position, length, line.Line, line.Character, line.Line, line.Character + length);
    }

    private static int Index(SourceText text, Mark mark) => Clamp(mark.Index, text.Length);

    private static int Clamp(long index, int length) => (int)Math.Max(0, Math.Min(index, length));
}
