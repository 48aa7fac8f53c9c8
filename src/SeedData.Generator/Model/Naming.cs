using System.Text;

namespace SeedData.Generator.Model;

/// <summary>The documented spellings: keys are camelCase, enum values kebab-case, members PascalCase.</summary>
internal static class Naming
{
    /// <summary>camelCase as System.Text.Json writes it: <c>WikidataId</c> → <c>wikidataId</c>, <c>URL</c> → <c>url</c>.</summary>
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0])) return name;
        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i])) break;
            bool hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1])) break;
            chars[i] = char.ToLowerInvariant(chars[i]);
        }
        return new string(chars);
    }

    /// <summary>kebab-case: <c>DescribedAnonymous</c> → <c>described-anonymous</c>, <c>NatoMember</c> → <c>nato-member</c>.</summary>
    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == '_')
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '-') builder.Append('-');
                continue;
            }
            if (char.IsUpper(c))
            {
                bool previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                bool acronymEnds = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if ((previousIsLowerOrDigit || acronymEnds) && builder.Length > 0 && builder[builder.Length - 1] != '-') builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// PascalCase identifier from an id or collection name: words split at anything that is not a letter or
    /// digit, each word capitalised (<c>marco-rubio</c> → <c>MarcoRubio</c>); a leading digit gets an underscore.
    /// Returns an empty string when the text has no letter or digit.
    /// </summary>
    public static string ToPascalIdentifier(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool startOfWord = true;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) && c < 128 || char.IsLetter(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }
        if (builder.Length > 0 && char.IsDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }
}
