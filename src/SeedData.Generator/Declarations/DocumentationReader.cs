using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace SeedData.Generator.Declarations;

/// <summary>
/// A type's XML documentation as plain text: its summary and the text of each <c>&lt;param&gt;</c>, which become the
/// descriptions in the data files' JSON Schema (so editors show them while completing a key).
/// </summary>
internal static class DocumentationReader
{
    /// <summary>The summary of any symbol (an enum member, say), or null.</summary>
    public static string? Summary(ISymbol symbol) => Parse(symbol)?.Element("summary") is { } summary ? Text(summary) : null;

    public static (string? Summary, Dictionary<string, string> Parameters) Read(INamedTypeSymbol type)
    {
        var parameters = new Dictionary<string, string>(System.StringComparer.Ordinal);
        XElement? doc = Parse(type);
        if (doc is null) return (null, parameters);
        foreach (var param in doc.Elements("param"))
        {
            if (param.Attribute("name")?.Value is { Length: > 0 } name && Text(param) is { Length: > 0 } text) parameters[name] = text;
        }
        return (doc.Element("summary") is { } summary ? Text(summary) : null, parameters);
    }

    // The compiler hands documentation over only when it parses it (GenerateDocumentationFile); otherwise the
    // /// lines are read from the declaration's own text.
    private static XElement? Parse(ISymbol symbol)
    {
        string xml = symbol.GetDocumentationCommentXml() ?? string.Empty;
        if (xml.Length == 0)
        {
            var lines = new StringBuilder();
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                foreach (var trivia in reference.GetSyntax().GetLeadingTrivia())
                {
                    foreach (string line in trivia.ToFullString().Split('\n'))
                    {
                        string trimmed = line.Trim();
                        if (trimmed.StartsWith("///", System.StringComparison.Ordinal)) lines.Append(trimmed.Substring(3)).Append('\n');
                    }
                }
            }
            if (lines.Length == 0) return null;
            xml = "<doc>" + lines + "</doc>";
        }
        try
        {
            return XElement.Parse(xml, LoadOptions.None);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>The element's text on one line: <c>&lt;see cref="X"/&gt;</c> and <c>&lt;paramref name="x"/&gt;</c> become their names.</summary>
    private static string Text(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.DescendantNodes())
        {
            if (node is XText value && value.Parent is { } parent && parent.Name.LocalName is not ("see" or "seealso" or "paramref" or "typeparamref")) text.Append(value.Value);
            else if (node is XElement { Name.LocalName: "see" or "seealso" } see) text.Append(ShortName(see.Attribute("cref")?.Value ?? see.Attribute("langword")?.Value ?? see.Value));
            else if (node is XElement { Name.LocalName: "paramref" or "typeparamref" } reference) text.Append(reference.Attribute("name")?.Value);
        }
        return string.Join(" ", text.ToString().Split(new[] { ' ', '\n', '\r', '\t' }, System.StringSplitOptions.RemoveEmptyEntries));
    }

    private static string ShortName(string cref)
    {
        string name = cref.Contains(":") ? cref.Substring(cref.IndexOf(':') + 1) : cref;
        int paren = name.IndexOf('(');
        if (paren >= 0) name = name.Substring(0, paren);
        return name.Split('.').Last();
    }
}
