using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace SeedData.Tests;

/// <summary>
/// Finds the article texts: the folder in SEEDDATA_SOURCES (then it must exist: a missing folder fails the
/// tests), else ../shared/seeds beside the repository; with neither, tests that need them are skipped.
/// </summary>
internal static class Sources
{
    public const string Variable = "SEEDDATA_SOURCES";

    public static string RepositoryRoot { get; } =
        typeof(Sources).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "SeedDataRepositoryRoot").Value!;

    public static string? Configured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } v ? v : null;

    private static string Fallback => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    /// <summary>Why the source tests are skipped, or null when they run (and then fail if the folder is missing).</summary>
    public static string? SkipReason =>
        Configured is not null || Directory.Exists(Fallback)
            ? null
            : $"The article texts are not available: set {Variable} to the folder of the seed .txt files, or put them in {Fallback}.";

    /// <summary>The folder of the article texts; throws when SEEDDATA_SOURCES names a missing folder.</summary>
    public static string Folder
    {
        get
        {
            var folder = Configured ?? Fallback;
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"{Variable} names '{folder}', which does not exist.");
            }

            return folder;
        }
    }

    public static byte[] Bytes(Article article) => File.ReadAllBytes(Path.Combine(Folder, article.SeedFile));

    public static string Text(Article article) => Encoding.UTF8.GetString(Bytes(article));

    /// <summary>The matching form: typographic quotes to ASCII, en and em dashes to '-', white space collapsed.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => c,
            });
        }

        return Regex.Replace(builder.ToString(), @"\s+", " ").Trim();
    }
}

/// <summary>A fact that needs the article texts: skipped with a reason when they are not configured or found.</summary>
public sealed class SourcesFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the texts are not available.</summary>
    public SourcesFactAttribute()
    {
        if (Sources.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
