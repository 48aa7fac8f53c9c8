using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Generator.Declarations;

/// <summary>A way from a record to a reference it holds: the parameter names that name its lookup, the target collection, and the member steps.</summary>
internal readonly record struct ReferencePath(string Path, string Collection, EquatableArray<LookupStep> Steps);

/// <summary>
/// Where a walk for reverse lookups is: the path of parameter names so far, the member it is at, and how that member
/// is reached (one value, or the items of a list). The value kinds carry it through lists, nullables and inline records.
/// </summary>
internal sealed class ReferenceWalk
{
    // Inline records nest at most this deep in a lookup's path.
    private const int MaxDepth = 8;

    private readonly ImmutableArray<LookupStep> _steps;
    private readonly LookupContainer _container;
    private readonly int _depth;

    public ReferenceWalk(string path, SortedDictionary<string, RecordShape> nested)
        : this(path, path, ImmutableArray<LookupStep>.Empty, LookupContainer.Single, 0, nested)
    {
    }

    private ReferenceWalk(string path, string member, ImmutableArray<LookupStep> steps, LookupContainer container, int depth, SortedDictionary<string, RecordShape> nested)
    {
        Path = path;
        Member = member;
        _steps = steps;
        _container = container;
        _depth = depth;
        Nested = nested;
    }

    public string Path { get; }

    public string Member { get; }

    /// <summary>The inline record shapes, by type name.</summary>
    public SortedDictionary<string, RecordShape> Nested { get; }

    public IEnumerable<ReferencePath> Nothing => Enumerable.Empty<ReferencePath>();

    /// <summary>The steps up to and including this member.</summary>
    public EquatableArray<LookupStep> Reached => ReachedSteps;

    private ImmutableArray<LookupStep> ReachedSteps => _steps.Add(new LookupStep(Member, _container));

    public bool CanEnter => _depth < MaxDepth;

    /// <summary>
    /// The same member, reached through the items of a list or the values of a map. Inside another container (a list
    /// of maps), the outer container becomes a step of its own and the inner one a step on its items.
    /// </summary>
    public ReferenceWalk Through(LookupContainer container)
        => _container == LookupContainer.Single
            ? new(Path, Member, _steps, container, _depth, Nested)
            : new(Path, string.Empty, ReachedSteps, container, _depth, Nested);

    /// <summary>A parameter of the inline record at this member.</summary>
    public ReferenceWalk Into(string parameter) => new(Path + parameter, parameter, ReachedSteps, LookupContainer.Single, _depth + 1, Nested);
}
