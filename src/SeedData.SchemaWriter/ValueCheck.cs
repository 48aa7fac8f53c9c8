using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text;

namespace SeedData.SchemaWriter;

/// <summary>
/// <c>SeedData.SchemaWriter check-values assembly references-file [--not-run reason]</c>: runs, after the compile and in
/// this process of its own, each project scalar type's <c>Parse</c> on every value the data gives it (the table
/// <c>SeedDataValueChecks.Table</c> the generator wrote), and prints each value it rejects as an MSBuild error at the
/// data's file(line,col), with the exception's message. The build cannot do this itself: the type's code only runs
/// once compiled. The project's assembly is loaded into a context of its own, its dependencies from the files the
/// build resolved; the framework is this tool's. With <c>--not-run</c> (a target this tool cannot load), it says once,
/// as a message, what it did not check.
/// </summary>
public static class ValueCheck
{
    private const string TableClass = "SeedDataValueChecks";

    public static int Run(string[] args)
    {
        if (args.Length is not (2 or 4) || args.Length == 4 && args[2] != "--not-run")
        {
            Console.Error.WriteLine("usage: SeedData.SchemaWriter check-values <assembly> <references-file> [--not-run <reason>]");
            return 2;
        }
        string assemblyPath = args[0];
        List<Value> values;
        try
        {
            values = Read(assemblyPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            Console.WriteLine("SeedData.SchemaWriter : warning SD0061: The values of project scalar types were not checked: " + ex.Message);
            return 0;
        }
        if (values.Count == 0) return 0;
        var types = values.Select(v => v.Type).Distinct(StringComparer.Ordinal).ToList();
        if (args.Length == 4)
        {
            Console.WriteLine($"SeedData: the {values.Count} values of {string.Join(", ", types.Select(Short))} were not checked by their Parse methods: {args[3]}."
                + " They are read when the data is first used.");
            return 0;
        }

        var context = new ProjectContext(File.ReadAllLines(args[1]).Where(l => l.Length > 0));
        try
        {
            var project = context.LoadFromStream(new MemoryStream(File.ReadAllBytes(assemblyPath)));
            int rejected = 0;
            foreach (var group in values.GroupBy(v => v.Type, StringComparer.Ordinal))
            {
                var parse = ParseMethod(project, context, group.Key);
                if (parse is null)
                {
                    Console.WriteLine($"SeedData.SchemaWriter : warning SD0061: The values of {Short(group.Key)} were not checked: its Parse(string, IFormatProvider) method was not found in the compiled project.");
                    continue;
                }
                foreach (var value in group)
                {
                    string? problem = Problem(parse, value.Text);
                    if (problem is null) continue;
                    rejected++;
                    Console.WriteLine($"{value.Place}: error SD0060: '{value.Text}' ({value.Collection} '{value.Id}') is not a valid {Short(group.Key)}: {problem}"
                        + $" SeedData ran {Short(group.Key)}.Parse on the value after the compile: fix the value, or set SeedDataCheckValues to false to skip the check.");
                }
            }
            Console.WriteLine($"SeedData: {values.Count} values of {string.Join(", ", types.Select(Short))} checked by their Parse methods, {rejected} rejected.");
            // The errors are the lines above; the exit code tells the build to check again next time.
            if (rejected > 0) return 1;
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException or TypeLoadException or MissingMethodException)
        {
            Console.WriteLine("SeedData.SchemaWriter : warning SD0061: The values of project scalar types were not checked: the compiled project could not be loaded (" + ex.Message + ").");
        }
        finally
        {
            context.Unload();
        }
        return 0;
    }

    private static string? Problem(MethodInfo parse, string text)
    {
        try
        {
            parse.Invoke(null, new object?[] { text, System.Globalization.CultureInfo.InvariantCulture });
            return null;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is { } inner)
        {
            string message = inner.Message.Trim();
            return message.Length == 0 ? inner.GetType().Name : message.EndsWith('.') ? message : message + ".";
        }
    }

    private static string Short(string type) => type.Replace("global::", string.Empty).Split('.').Last();

    private sealed record Value(string Type, string Collection, string Id, string Place, string Text);

    /// <summary>Every table's values, read from the metadata (no code runs for this).</summary>
    private static List<Value> Read(string assemblyPath)
    {
        var values = new List<Value>();
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            if (!metadata.StringComparer.Equals(type.Name, TableClass)) continue;
            foreach (var fieldHandle in type.GetFields())
            {
                var field = metadata.GetFieldDefinition(fieldHandle);
                if ((field.Attributes & FieldAttributes.Literal) == 0 || !metadata.StringComparer.Equals(field.Name, "Table")) continue;
                var constant = metadata.GetConstant(field.GetDefaultValue());
                if (constant.TypeCode != ConstantTypeCode.String) continue;
                var blob = metadata.GetBlobReader(constant.Value);
                foreach (string line in blob.ReadUTF16(blob.Length).Split('\n'))
                {
                    string[] cells = line.Split('\t');
                    if (cells.Length == 5) values.Add(new Value(Unescape(cells[0]), Unescape(cells[1]), Unescape(cells[2]), Unescape(cells[3]), Unescape(cells[4])));
                }
            }
        }
        return values;
    }

    private static string Unescape(string cell)
    {
        if (!cell.Contains('\\')) return cell;
        var text = new StringBuilder(cell.Length);
        for (int i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\\' || i + 1 == cell.Length) text.Append(cell[i]);
            else text.Append(cell[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => cell[i] });
        }
        return text.ToString();
    }

    /// <summary>
    /// The type's <c>static T Parse(string, IFormatProvider?)</c>: the type is looked for in the project, then in what it
    /// references. A C# name (<c>global::Shop.Money</c>, <c>Outer.Inner</c>) is tried as a namespace path and as nesting.
    /// </summary>
    private static MethodInfo? ParseMethod(Assembly project, ProjectContext context, string typeName)
    {
        string name = typeName.Replace("global::", string.Empty);
        var assemblies = new List<Assembly> { project };
        foreach (var reference in project.GetReferencedAssemblies())
        {
            try
            {
                assemblies.Add(context.LoadFromAssemblyName(reference));
            }
            catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // A reference the check cannot load holds no type it needs, or the type is not found below.
            }
        }
        foreach (var assembly in assemblies)
        {
            for (string candidate = name; ; )
            {
                if (assembly.GetType(candidate, throwOnError: false) is { } type)
                {
                    return type.GetMethod("Parse", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, null, new[] { typeof(string), typeof(IFormatProvider) }, null);
                }
                int dot = candidate.LastIndexOf('.');
                if (dot < 0) break;
                candidate = candidate[..dot] + "+" + candidate[(dot + 1)..];
            }
        }
        return null;
    }

    /// <summary>
    /// The project's own load context: its dependencies from the files the build resolved (copied-local first, so an
    /// implementation wins over a reference assembly), the framework from this tool's runtime.
    /// </summary>
    private sealed class ProjectContext : AssemblyLoadContext
    {
        private readonly Dictionary<string, string> _paths = new(StringComparer.OrdinalIgnoreCase);

        public ProjectContext(IEnumerable<string> paths)
            : base("seeddata-check-values", isCollectible: true)
        {
            foreach (string path in paths)
            {
                if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(path)) _paths.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            }
        }

        protected override Assembly? Load(AssemblyName name)
        {
            // The framework (System.*, the runtime's own) comes from the default context.
            if (Default.Assemblies.Any(a => string.Equals(a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase))) return null;
            try
            {
                if (Default.LoadFromAssemblyName(name) is { }) return null;
            }
            catch (FileNotFoundException)
            {
                // Not the framework's.
            }
            return name.Name is { } simple && _paths.TryGetValue(simple, out string? path) ? LoadFromStream(new MemoryStream(File.ReadAllBytes(path))) : null;
        }
    }
}
