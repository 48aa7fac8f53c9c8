using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Binding;

/// <summary>
/// The ids of one collection that make no distinct member name (<c>C</c>, <c>C#</c> and <c>C++</c> all make
/// <c>C</c>), gathered into one info diagnostic (SD0021) that says which and why. They are looked up by id like any
/// other: published data holds such ids, and no build should fail for them.
/// </summary>
internal sealed class UnnamedIds(string className)
{
    // The most reasons a message spells out, and places it points at.
    private const int Shown = 10;

    private readonly List<(string Id, string Member, bool Reserved, SourceLocation Place)> _ids = new();

    public void Add(string id, string member, bool reserved, SourceLocation place) => _ids.Add((id, member, reserved, place));

    /// <param name="access">The collection as code reaches it, <c>Data.Languages</c>.</param>
    public DiagnosticInfo? Diagnostic(CollectionDeclaration collection, string access)
    {
        if (_ids.Count == 0) return null;
        var reasons = new List<string>();
        foreach (var group in _ids.GroupBy(i => i.Member, System.StringComparer.Ordinal))
        {
            var ids = group.Select(i => "'" + i.Id + "'").ToList();
            var first = group.First();
            reasons.Add(group.Key.Length == 0 ? Joined(ids) + (ids.Count == 1 ? " has" : " have") + " no letter or digit"
                : first.Reserved ? Joined(ids) + " would be '" + group.Key + "', which " + className + " already has"
                : ids.Count == 1 ? ids[0] + " would be '" + group.Key + "', as another id's would"
                : Joined(ids) + " would all be '" + group.Key + "'");
        }
        string shown = string.Join("; ", reasons.Take(Shown)) + (reasons.Count > Shown ? "; and " + (reasons.Count - Shown).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty);
        var info = DiagnosticInfo.Create(DiagnosticDescriptors.IdsWithoutMemberNames, _ids[0].Place,
            _ids.Count == 1 ? "1 id" : _ids.Count.ToString(CultureInfo.InvariantCulture) + " ids", collection.Name, _ids.Count == 1 ? "makes" : "make",
            shown, access, _ids[0].Id);
        foreach (var other in _ids.Skip(1).Take(Shown)) info = info.WithAdditional(other.Place);
        return info;
    }

    private static string Joined(List<string> items)
        => items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];
}
