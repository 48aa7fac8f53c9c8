using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emitting;

/// <summary>
/// A shape of YAML or JSON data file that the project's files use besides the dataset's own (a mapping from collection
/// names to lists, keys in the dataset's naming): a file of one collection, or another key naming. The JSON Schema gets
/// an entry point for each, in its <c>$defs</c>, that such a file names after its schema file
/// (<see cref="EntryName"/>). Only item metadata decides them, so editing a data file leaves them equal.
/// </summary>
/// <param name="Collection">The collection a file holds whole, or null for a file of collection names.</param>
internal sealed record FileShape(string? Collection, KeyNaming Naming)
{
    /// <summary>The shapes the files' metadata asks for, each once, in order; unknown collections and namings are left to their errors.</summary>
    public static EquatableArray<FileShape> Of(ImmutableArray<DataFileOptions> files, DatasetDeclarations declarations)
    {
        var dataset = declarations.Dataset?.KeyNaming ?? KeyNaming.CamelCase;
        var shapes = new SortedSet<(string Collection, KeyNaming Naming)>();
        foreach (var options in files)
        {
            var naming = options.KeyNaming is { } text && KeyNamings.TryParse(text, out var given) ? given : dataset;
            if (options.Collection is { } collection)
            {
                if (declarations.IndexOfCollection(collection) >= 0) shapes.Add((collection, naming));
            }
            else if (naming != dataset)
            {
                shapes.Add((string.Empty, naming));
            }
        }
        return shapes.Select(s => new FileShape(s.Collection.Length == 0 ? null : s.Collection, s.Naming)).ToEquatableArray();
    }

    /// <summary>
    /// The <c>$defs</c> name of the entry point: <c>file@languages@keyed@snake_case</c> for a file of one collection
    /// (<paramref name="keyed"/>: a mapping by id, else a list), <c>file@snake_case</c> for a file of collection names.
    /// </summary>
    public string EntryName(bool keyed)
        => "file@" + (Collection is null ? string.Empty : Collection + (keyed ? "@keyed@" : "@list@")) + Naming.Spelling();
}
