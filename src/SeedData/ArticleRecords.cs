using System.Collections.Immutable;
using System.Linq;

namespace SeedData;

/// <summary>Everything the dataset takes from one article: the records with at least one evidence phrase or quote from it.</summary>
/// <param name="Article">The article.</param>
/// <param name="Statements">Statements with evidence or quotes from the article.</param>
/// <param name="Meetings">Meetings with evidence from the article.</param>
/// <param name="Proposals">Proposals with evidence (on the proposal or one of its terms) from the article.</param>
/// <param name="Figures">Figures with evidence from the article.</param>
/// <param name="Events">Events with evidence from the article.</param>
/// <param name="Roles">Roles printed in the article.</param>
/// <param name="Mentions">Mentions with evidence from the article: one per actor it names or clearly refers to.</param>
/// <param name="Positions">Positions on guarantee timing coded from the article.</param>
public sealed record ArticleRecords(
    Article Article,
    ImmutableArray<Statement> Statements,
    ImmutableArray<Meeting> Meetings,
    ImmutableArray<Proposal> Proposals,
    ImmutableArray<Figure> Figures,
    ImmutableArray<Event> Events,
    ImmutableArray<Role> Roles,
    ImmutableArray<Mention> Mentions,
    ImmutableArray<Position> Positions = default)
{
    /// <summary>The number of records.</summary>
    public int Count => Statements.Length + Meetings.Length + Proposals.Length + Figures.Length + Events.Length + Roles.Length + Mentions.Length + (Positions.IsDefault ? 0 : Positions.Length);

    /// <summary>The actors the article names or clearly refers to (those of <see cref="Mentions"/>), in data file order.</summary>
    public ImmutableArray<Actor> Actors => Mentions.IsDefault ? [] : Mentions.Select(m => m.Actor).ToImmutableArray();

    /// <inheritdoc />
    public bool Equals(ArticleRecords? other)
        => other is not null && RecordSupport.SameRef(Article, other.Article)
        && RecordSupport.SameRefs(Statements, other.Statements) && RecordSupport.SameRefs(Meetings, other.Meetings)
        && RecordSupport.SameRefs(Proposals, other.Proposals) && RecordSupport.SameRefs(Figures, other.Figures)
        && RecordSupport.SameRefs(Events, other.Events) && RecordSupport.SameRefs(Roles, other.Roles)
        && RecordSupport.SameRefs(Mentions, other.Mentions) && RecordSupport.SameRefs(Positions, other.Positions);

    /// <inheritdoc />
    public override int GetHashCode() => Article?.Id.GetHashCode(System.StringComparison.Ordinal) ?? 0;

    private bool PrintMembers(System.Text.StringBuilder builder) => new RecordSupport.Printer(builder)
        .Ref("Article", Article).Refs("Statements", Statements).Refs("Meetings", Meetings).Refs("Proposals", Proposals)
        .Refs("Figures", Figures).Refs("Events", Events).Refs("Roles", Roles).Refs("Mentions", Mentions).Refs("Positions", Positions).Done();
}
