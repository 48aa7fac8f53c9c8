using System;
using System.Text;

namespace SeedData.Json;

/// <summary>Enum values as the data files and the JSON document spell them: kebab-case of the member name.</summary>
internal static class EnumText
{
    public static string ToKebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static T Parse<T>(string text, string where)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(ToKebab(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new FormatException($"{where}: '{text}' is not a value of {typeof(T).Name}.");
    }
}
