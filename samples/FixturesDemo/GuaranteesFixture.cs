namespace FixturesDemo;

/// <summary>
/// A class fixture: built once and shared by every test of a class that asks for it. Here it selects the
/// statements on security guarantees and orders them once, so each test starts from the same data.
/// </summary>
public sealed class GuaranteesFixture
{
    public GuaranteesFixture()
    {
        OnGuarantees = StatementSearch.InDateOrder(
            Dataset.Statements.Where(s => s.Topics.Contains(Topic.SecurityGuarantees)));
        Rubio = Dataset.Actors.MarcoRubio;
    }

    /// <summary>Every statement on security guarantees, in date order.</summary>
    public IReadOnlyList<Statement> OnGuarantees { get; }

    public Actor Rubio { get; }
}
