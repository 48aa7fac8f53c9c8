using System.Globalization;
using System.Linq;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// A YAML syntax error is one SD0001 at the line of the mistake, in plain words with its fix, and a hint at the
/// indentation where the indentation is the cause: never YamlDotNet's account of what its parser was doing.
/// </summary>
public sealed class YamlSyntaxErrorTests
{
    // Every key optional, so that a record read before the mistake adds no error of its own.
    private const string Records = """
        using System.Collections.Immutable;
        using SeedData;
        public sealed record Credit(string? Role = null, string? Name = null);
        [SeedRecord("actors")] public sealed partial record Actor(string Id, string? Name = null, string? Kind = null,
            ImmutableArray<string> Aliases = default, Credit? Credit = null);
        [SeedDataset] public static partial class Data;
        """;

    [Theory]
    [InlineData("a block indented one space too far (issue 17)", "actors:\n  - id: a\n    name: A\n   - id: b\n    name: B\n", 4, 4, "indented 3 spaces, which lines up with no line above it: 'name' on line 3 is indented 4 spaces, the '-' on line 2 2")]
    [InlineData("a key dedented by one space under its mapping (issue 17)", "actors:\n  - id: a\n    name: A\n   kind: person\n", 4, 4, "indented 3 spaces, which lines up with no line above it")]
    [InlineData("a dedented line after an empty value, once reported a line late", "actors:\n  - id: a\n    name:\n   A\n    kind: person\n", 4, 4, "indented 3 spaces")]
    [InlineData("a key dedented under a nested mapping", "actors:\n  - id: a\n    credit:\n      role: x\n     name: y\n    kind: person\n", 5, 6, "'role' on line 4 is indented 6 spaces, 'credit' on line 3 4")]
    [InlineData("a key indented one space too far", "actors:\n  - id: a\n    name: A\n     kind: person\n", 4, 6, "indented 5 spaces, which lines up with no line above it: 'name' on line 3 is indented 4 spaces")]
    [InlineData("a list item dedented by one space", "actors:\n  - id: a\n    name: A\n - id: b\n   name: B\n", 4, 2, "indented 1 space, which lines up with no line above it: the '-' on line 2 is indented 2 spaces, 'actors' on line 1 0")]
    [InlineData("a top-level key indented by one space", "actors:\n  - id: a\n statements:\n  - id: s\n", 3, 2, "indented 1 space")]
    [InlineData("a key at the indentation of the list's dash", "actors:\n  - id: a\n    name: A\n  kind: person\n", 4, 3, "indent it 4 spaces, as far as 'name' on line 3")]
    [InlineData("a dedented key after a comment", "actors:\n  - id: a\n    name: A\n   # note\n   kind: person\n", 5, 4, "indented 3 spaces")]
    [InlineData("a dedented key in a file with CRLF line ends", "actors:\r\n  - id: a\r\n    name: A\r\n   kind: person\r\n", 4, 4, "indented 3 spaces")]
    [InlineData("an unclosed double quote", "actors:\n  - id: a\n    name: \"Marco\n    kind: person\n", 3, 11, "quoted text that starts here is not closed on its line. Add the closing \"")]
    [InlineData("an unclosed single quote", "actors:\n  - id: a\n    name: 'Marco\n    kind: person\n", 3, 11, "Add the closing '")]
    [InlineData("a tab as indentation", "actors:\n  - id: x\n\tname: X\n", 3, 1, "YAML indents with spaces only")]
    [InlineData("a tab before a list item", "actors:\n  - id: a\n    aliases:\n\t- x\n", 4, 1, "Replace the tab with spaces")]
    [InlineData("': ' in a value that is not quoted", "actors:\n  - id: a\n    name: Marco: Rubio\n", 3, 16, "A ': ' in a value that is not quoted starts a key")]
    [InlineData("text after a quoted value", "actors:\n  - id: a\n    name: \"Marco\" Rubio\n", 3, 19, "More text follows the value")]
    [InlineData("a key without its ':'", "actors:\n  - id: a\n    name: A\n    kind person\n", 4, 5, "'kind person' has no ':'")]
    [InlineData("a collection name without its ':'", "actors\n  - id: a\n", 1, 1, "Write it as a key, 'actors:'")]
    [InlineData("no space after a key's ':'", "actors:\n  - id: a\n    name:X\n    kind: person\n", 3, 5, "Write 'name: X'")]
    [InlineData("a list item where a key belongs", "actors:\n  - id: a\n    - name: A\n", 3, 5, "A list item ('- ') where the mapping above expects a key")]
    [InlineData("a list item on its key's line", "actors: - id: a\n", 1, 9, "cannot start on the line of its key")]
    [InlineData("a value that starts with '@'", "actors:\n  - id: a\n    name: @marco\n", 3, 11, "'@' cannot start a value that is not quoted")]
    [InlineData("an unknown escape", "actors:\n  - id: a\n    name: \"a\\qb\"\n", 3, 13, "'\\q' is no escape")]
    [InlineData("an unclosed '[' at the end of the file", "actors:\n  - id: x\n    name: [unclosed\n", 3, 11, "The list opened here with '[' is not closed")]
    [InlineData("an unclosed '[' before the next key", "actors:\n  - id: a\n    aliases: [a, b\n    name: A\n", 3, 14, "'[' is not closed")]
    [InlineData("an unclosed '{' before the next item", "actors:\n  - { id: x, name: X\n  - id: y\n", 2, 5, "The mapping opened here with '{' is not closed")]
    [InlineData("an alias without a name", "actors:\n  - id: a\n    name: *\n", 3, 11, "needs a name right after it")]
    public void A_yaml_mistake_is_one_SD0001_at_its_line_in_plain_words(string mistake, string yaml, int line, int column, string words)
    {
        var output = GeneratorHarness.Run(Records, DataFile.Yaml("actors.yaml", yaml));

        var diagnostic = Assert.Single(output.SeedDiagnostics);
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.True(("SD0001", line, column) == (diagnostic.Id, start.Line + 1, start.Character + 1),
            $"{mistake}: expected SD0001 at ({line},{column}), got {diagnostic.Id} at ({start.Line + 1},{start.Character + 1}): {message}");
        Assert.Contains(words, message);
        Assert.DoesNotContain("While parsing", message);
        Assert.DoesNotContain("While scanning", message);
        Assert.True(message.EndsWith('.'), message);
    }

    [Fact]
    public void The_hint_names_the_lines_to_line_up_with_by_their_numbers_in_the_file()
    {
        // Deeper in a longer file: the line numbers in the words are the file's, as an editor shows them.
        string yaml = "actors:\n" + string.Concat(Enumerable.Range(0, 5).Select(i => $"  - id: a{i}\n    name: A\n")) + "  - id: b\n    name: B\n   kind: person\n";
        var diagnostic = Assert.Single(GeneratorHarness.Run(Records, DataFile.Yaml("actors.yaml", yaml)).SeedDiagnostics);
        Assert.Equal(14, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("'name' on line 13 is indented 4 spaces, the '-' on line 12 2", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
