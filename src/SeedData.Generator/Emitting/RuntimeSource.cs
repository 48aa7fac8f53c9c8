using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SeedData.Generator.Emitting;

/// <summary>
/// The run-time code of <c>Runtime/</c>, carried in the generator as embedded resources: each <c>#region</c> is one
/// member that generated code may use, written into the dataset class as it stands in the file, with the regions it
/// names after <c>uses</c>. Regions come out in the order of the files and of the regions in them, whatever was asked
/// for first, so the output is deterministic.
/// </summary>
internal static class RuntimeSource
{
    private const string ResourcePrefix = "SeedData.Runtime.";

    private static readonly Regex RegionStart = new(@"^(?<indent>[ ]*)#region (?<name>[A-Za-z0-9_]+)(?: \(uses (?<uses>[A-Za-z0-9_, ]+)\))?\s*$", RegexOptions.CultureInvariant);

    private static readonly Lazy<IReadOnlyList<Region>> Regions = new(Load);

    /// <summary>A region: its name, the regions it needs, and its lines without the indentation of the region line.</summary>
    internal sealed record Region(string Name, string[] Uses, string Text);

    /// <summary>The text of the named regions and of every region they use, in file order.</summary>
    public static string Text(IEnumerable<string> names)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(names);
        while (pending.Count > 0)
        {
            string name = pending.Pop();
            if (!wanted.Add(name)) continue;
            var region = Regions.Value.FirstOrDefault(r => r.Name == name) ?? throw new InvalidOperationException("No run-time region is named '" + name + "'.");
            foreach (string used in region.Uses) pending.Push(used);
        }
        return string.Join("\n\n", Regions.Value.Where(r => wanted.Contains(r.Name)).Select(r => r.Text));
    }

    /// <summary>Writes the named regions (and what they use) at the writer's indentation.</summary>
    public static void Write(SourceWriter writer, params string[] names) => writer.Block(Text(names));

    /// <summary>The names of every region, for tests.</summary>
    public static IEnumerable<string> Names => Regions.Value.Select(r => r.Name);

    // A member or type declared at a region's own level: "internal sealed class ImagePart", "private static T Parsed<T>(".
    private static readonly Regex Declaration = new(@"^(?:public|internal|private)(?: (?:static|sealed|readonly|abstract|partial|ref))* (?:(?:class|struct|enum|interface) |delegate \S+ |[\w.<>\[\]?,:]+ )(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant);

    /// <summary>Every name the run-time code declares in the class it is written into: none of them may name a collection.</summary>
    public static IEnumerable<string> DeclaredNames => Regions.Value
        .SelectMany(r => r.Text.Split('\n'))
        .Select(line => Declaration.Match(line))
        .Where(m => m.Success)
        .Select(m => m.Groups["name"].Value)
        .Distinct(StringComparer.Ordinal);

    private static IReadOnlyList<Region> Load()
    {
        var assembly = typeof(RuntimeSource).Assembly;
        var regions = new List<Region>();
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            regions.AddRange(Parse(reader.ReadToEnd()));
        }
        return regions;
    }

    internal static IEnumerable<Region> Parse(string file)
    {
        string[] lines = file.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var start = RegionStart.Match(lines[i]);
            if (!start.Success) continue;
            string indent = start.Groups["indent"].Value;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "#endregion"; i++)
            {
                body.Add(lines[i].StartsWith(indent, StringComparison.Ordinal) ? lines[i].Substring(indent.Length) : lines[i].TrimStart());
            }
            string[] uses = start.Groups["uses"].Success
                ? start.Groups["uses"].Value.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)
                : Array.Empty<string>();
            yield return new Region(start.Groups["name"].Value, uses, string.Join("\n", body));
        }
    }
}
