using System;
using System.Collections.Immutable;
using System.Linq;

namespace SeedData;

/// <summary>
/// A person, state, government body, bloc, organisation, news outlet or unnamed group that the articles mention.
/// Roles ("US Secretary of State") are kept as separate <see cref="Role"/> records, each with its evidence,
/// because an article can name an actor as its author and also print that actor's title. For the same reason
/// the phrases that name the actor are kept in a separate <see cref="Mention"/> record (see <see cref="Evidence"/>).
/// </summary>
/// <param name="Id">Stable kebab-case id, from the name: <c>marco-rubio</c>, <c>us-officials</c>.</param>
/// <param name="Name">The name in its usual English form: "Marco Rubio", "United States".</param>
/// <param name="Kind">What sort of actor this is.</param>
/// <param name="Summary">One sentence in our own words saying who or what this is in the articles.</param>
/// <param name="Aliases">Other names the articles use for the same actor ("Zelensky", "Washington", "Kyiv"); no alias belongs to two actors (compared case-insensitively).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the actor's country ("US", "UA"), or none for blocs and mixed groups.</param>
/// <param name="WikidataId">Wikidata QID ("Q324546") where the identification is certain, else none.</param>
/// <param name="PartOf">The larger actor this one belongs to (the State Department is part of the United States), if any.</param>
/// <param name="Note">Anything a user should know about how the actor was identified.</param>
[SeedRecord("actors")]
public sealed partial record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    string Summary,
    ImmutableArray<string> Aliases = default,
    string? Country = null,
    string? WikidataId = null,
    Actor? PartOf = null,
    string? Note = null) : ISeedRecord
{
    /// <summary>The name and all aliases.</summary>
    public ImmutableArray<string> AllNames => Aliases.IsDefaultOrEmpty ? [Name] : Aliases.Insert(0, Name);

    /// <summary>
    /// Where the articles name this actor: the evidence of its <see cref="Mention"/> record (one phrase from each
    /// article that names or clearly refers to it, in data file order); empty for an actor not in this dataset.
    /// </summary>
    public ImmutableArray<Evidence> Evidence => Dataset.Mentions.ByActor(this).SelectMany(m => m.Evidence).ToImmutableArray();

    /// <summary>The titles the articles give this actor (<see cref="Role"/> records), in data file order.</summary>
    public ImmutableArray<Role> Roles => Dataset.Roles.ByHolder(this);

    /// <summary>The statements this actor made, alone or with others (reverse of <see cref="Statement.Speakers"/>).</summary>
    public ImmutableArray<Statement> Statements => Dataset.Statements.BySpeakers(this);

    /// <summary>The meetings this actor took part in or was to take part in (reverse of <see cref="Meeting.Participants"/>).</summary>
    public ImmutableArray<Meeting> Meetings => Dataset.Meetings.ByParticipantsActor(this);
}
