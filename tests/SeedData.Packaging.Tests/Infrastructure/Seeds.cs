using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SeedData.Packaging.Tests.Infrastructure;

/// <summary>
/// The repository's seeds/ read with a plain YAML parser: the oracle for what consumers of the packed
/// dataset must print, independent of the generator and of the SeedData library.
/// </summary>
internal static class Seeds
{
    private static readonly Lazy<IReadOnlyList<YamlMappingNode>> AllStatements = new(() => Collection("statements"));

    public static IReadOnlyList<YamlMappingNode> Statements => AllStatements.Value;

    public static IReadOnlyList<YamlMappingNode> Collection(string name)
    {
        var records = new List<YamlMappingNode>();
        foreach (string file in Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file)) stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) continue;
            if (root.Children.TryGetValue(new YamlScalarNode(name), out var list) && list is YamlSequenceNode sequence)
            {
                records.AddRange(sequence.Children.OfType<YamlMappingNode>());
            }
        }
        return records;
    }

    public static string? Scalar(YamlMappingNode record, string key)
        => record.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    public static IReadOnlyList<string> List(YamlMappingNode record, string key)
        => record.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").ToList()
            : [];

    /// <summary>A list of nested records (evidence, links): each item's mapping.</summary>
    public static IReadOnlyList<YamlMappingNode> Records(YamlMappingNode record, string key)
        => record.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().ToList()
            : [];

    /// <summary>
    /// The earliest day an EDTF-style date written in the seeds can mean: the first date in it, with a
    /// missing month or day taken as the first; an open start ("[..2025-11-23]") is the earliest of all.
    /// </summary>
    public static DateOnly Earliest(string date)
    {
        if (date.StartsWith("[..", StringComparison.Ordinal) || date.StartsWith("..", StringComparison.Ordinal)) return DateOnly.MinValue;
        var match = Regex.Match(date, @"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?");
        if (!match.Success) throw new FormatException("No date in '" + date + "'");
        int year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        int month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
        int day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 1;
        return new DateOnly(year, month, day);
    }
}
