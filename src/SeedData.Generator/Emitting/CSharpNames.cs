using Microsoft.CodeAnalysis.CSharp;

namespace SeedData.Generator.Emitting;

internal static class CSharpNames
{
    /// <summary>A parameter or property name as it must be written in C#: <c>@event</c> for keywords.</summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    public static string StringLiteral(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A hint name for AddSource: letters, digits, dots and underscores only.</summary>
    public static string HintName(string text)
    {
        var chars = text.Replace("global::", string.Empty).ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (!(char.IsLetterOrDigit(chars[i]) || chars[i] is '.' or '_')) chars[i] = '_';
        }
        return new string(chars) + ".g.cs";
    }
}
