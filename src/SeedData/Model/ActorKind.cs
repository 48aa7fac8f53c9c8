namespace SeedData;

/// <summary>What sort of thing an <see cref="Actor"/> is. YAML/JSON: the kebab-case name (<c>unnamed-group</c>).</summary>
public enum ActorKind
{
    /// <summary>A named person: <c>marco-rubio</c>.</summary>
    Person,

    /// <summary>A country acting as a whole, often named by its capital ("Washington", "Kyiv"): <c>ukraine</c>.</summary>
    State,

    /// <summary>An administration or a body of a state: the Trump administration, the State Department, the Kremlin.</summary>
    Government,

    /// <summary>An alliance or union of states: NATO, the European Union, the coalition of the willing.</summary>
    Bloc,

    /// <summary>Any other organisation: a company, a think tank.</summary>
    Organisation,

    /// <summary>A news outlet or publisher: Politico, Reuters, TASS.</summary>
    Outlet,

    /// <summary>A collective the articles speak of without names: "US officials", "European diplomats".</summary>
    UnnamedGroup,
}
