namespace FixturesDemo;

/// <summary>Tests that share one <see cref="GuaranteesFixture"/> (xunit's IClassFixture).</summary>
public sealed class GuaranteesTests(GuaranteesFixture fixture) : IClassFixture<GuaranteesFixture>
{
    [Fact]
    public void RubioSaidGuaranteesComeOnlyAfterAPeaceDeal()
    {
        var rubios = fixture.OnGuarantees.Where(s => s.Speakers.Contains(fixture.Rubio)).ToList();

        Assert.Contains(Dataset.Statements["rubio-guarantees-only-after-peace-deal"], rubios);
        // References are the records themselves: the speaker is the very Actor instance of the dataset.
        Assert.All(rubios, s => Assert.Same(Dataset.Actors.MarcoRubio, s.Speakers.First(a => a.Id == "marco-rubio")));
    }

    [Fact]
    public void InDateOrderNeverGoesBackInTime()
    {
        var dated = fixture.OnGuarantees.Where(s => s.SaidOn is not null).ToList();

        Assert.NotEmpty(dated);
        for (int i = 1; i < dated.Count; i++)
        {
            Assert.True(dated[i - 1].SaidOn!.Earliest <= dated[i].SaidOn!.Earliest, $"{dated[i - 1].Id} comes after {dated[i].Id}");
        }
        Assert.All(fixture.OnGuarantees.SkipWhile(s => s.SaidOn is not null), s => Assert.Null(s.SaidOn));
    }

    // TheoryData with typed rows: (word, a statement that must be found).
    public static TheoryData<string, string> Mentions => new()
    {
        { "Geneva", "rubio-mentions-security-assurances-in-geneva" },
        { "PEACE DEAL", "rubio-guarantees-only-after-peace-deal" },
        { "long-term guarantees", "rubio-trump-to-negotiate-guarantees-later" },
    };

    [Theory]
    [MemberData(nameof(Mentions))]
    public void SearchFindsTheStatementThatMentionsAWord(string word, string expectedId)
    {
        var found = StatementSearch.Mentioning(fixture.OnGuarantees, word).Select(s => s.Id);

        Assert.Contains(expectedId, found);
    }
}
