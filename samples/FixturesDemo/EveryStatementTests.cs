namespace FixturesDemo;

/// <summary>
/// A theory over the dataset: one test case per statement. The rows are ids (strings serialise, so every
/// statement shows up as its own test in an IDE and in the run's count); each test looks its record up.
/// </summary>
public sealed class EveryStatementTests
{
    public static TheoryData<string> StatementIds => new(Dataset.Statements.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(StatementIds))]
    public void StatementIsBackedByEvidenceFromAKnownArticle(string id)
    {
        Statement statement = Dataset.Statements[id];

        Assert.NotEmpty(statement.Evidence);
        Assert.All(statement.Evidence, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Phrase));
            Assert.Same(Dataset.Articles[e.Article.Id], e.Article);
        });
        Assert.False(string.IsNullOrWhiteSpace(statement.Summary));
        // Every statement says who spoke: named actors, or a description of an anonymous speaker.
        Assert.True(!statement.Speakers.IsDefaultOrEmpty || statement.SpeakerDescription is not null
            || statement.Attribution == Attribution.Editorial, $"{id} has no speaker");
    }
}
