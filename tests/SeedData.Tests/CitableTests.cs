using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests;

/// <summary>
/// The rules behind the second audit (dataset 0.3.0): a structured field says no more than its text. A publication
/// bound quotes the article it bounds; <c>reportedVia</c> is what the reports credit; <c>specificity: named</c>,
/// <c>audience</c>, <c>rejectedBy</c> and <c>agreedBy</c> are named in the record's own evidence; a role's title is
/// printed where the role cites it. Each test says how much it checked, so it cannot pass on nothing.
/// </summary>
public sealed class CitableTests(ITestOutputHelper output)
{
    /// <summary>A quotation in a free-text field: 'single' (not an apostrophe inside a word) or "double" quotes.</summary>
    private static readonly Regex Quoted = new(@"(?<!\w)'(?<q>[^']+?)'(?!\w)|""(?<q>[^""]+)""", RegexOptions.CultureInvariant);

    /// <summary>The phrases a free-text field quotes.</summary>
    private static IEnumerable<string> QuotedPhrases(string? text)
        => text is null ? [] : Quoted.Matches(text).Select(m => m.Groups["q"].Value);

    private static void NoProblems(List<string> problems)
        => Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems));

    private static bool Prints(string foldedText, string phrase) => foldedText.Contains(Sources.Fold(phrase), StringComparison.Ordinal);

    [SourcesFact]
    public void Every_publication_bound_has_a_basis_that_quotes_its_own_article()
    {
        var texts = Dataset.Articles.ToDictionary(a => a.Id, a => Sources.Fold(Sources.Text(a)));
        var problems = new List<string>();
        int bounds = 0, quotes = 0;
        foreach (var article in Dataset.Articles)
        {
            if (article.Publication is not { } publication) continue;
            var bounded = new List<string>();
            if (publication.NotBefore is not null) bounded.Add("notBefore");
            if (publication is { Kind: PublicationDateKind.NoLaterThan, Date: not null }) bounded.Add("the no-later-than date");
            if (bounded.Count == 0) continue;
            bounds += bounded.Count;
            var quoted = QuotedPhrases(publication.Basis).ToList();
            quotes += quoted.Count;
            if (!quoted.Any(q => Prints(texts[article.Id], q)))
                problems.Add($"{article.Id}: {string.Join(" and ", bounded)} rest on a basis that quotes none of the article's own words");
            problems.AddRange(quoted.Where(q => !texts.Values.Any(t => Prints(t, q))).Select(q => $"{article.Id}: the basis quotes '{q}', which no article prints"));
        }

        output.WriteLine($"{bounds} publication bounds of {Dataset.Articles.Count} articles checked, {quotes} quoted phrases in their bases");
        Assert.NotEqual(0, bounds);
        NoProblems(problems);
    }

    [Fact]
    public void ReportedVia_is_what_the_reports_credit_and_one_meeting_reaches_an_article_by_one_chain()
    {
        static string Ids(IEnumerable<Actor> actors) => string.Join(", ", actors.Select(a => a.Id).Distinct().Order(StringComparer.Ordinal));

        var problems = new List<string>();
        foreach (var s in Dataset.Statements)
        {
            string reportedVia = Ids(s.ReportedVia), credited = Ids(s.Reports.SelectMany(r => r.Via));
            if (reportedVia != credited) problems.Add($"statements/{s.Id}: reportedVia [{reportedVia}], its reports credit [{credited}]");
        }

        // An article that credits an outlet for one remark made at a meeting credits it for every remark it reports
        // from that meeting: its account of the meeting comes through one chain.
        var atMeetings = Dataset.Statements.Where(s => s.At is not null)
            .SelectMany(s => s.Reports.Select(r => (Meeting: s.At!.Id, r.Article, s.Id, Via: Ids(r.Via))))
            .GroupBy(x => (x.Meeting, x.Article.Id))
            .ToList();
        foreach (var group in atMeetings.Where(g => g.Select(x => x.Via).Distinct().Count() > 1))
            problems.Add($"{group.Key.Id} reports {group.Key.Meeting} through different outlets: {string.Join("; ", group.Select(x => $"{x.Id} [{x.Via}]"))}");

        // A position credits the outlets its statement's report in that article credits, or some of them.
        int positions = 0;
        foreach (var p in Dataset.Positions.Where(p => p.Statement is not null))
        {
            positions++;
            var report = p.Statement!.Reports.FirstOrDefault(r => r.Article == p.Article);
            var credited = report?.Via.Select(a => a.Id).ToHashSet() ?? [];
            if (p.Via.Any(o => !credited.Contains(o.Id)) || credited.Count > 0 && p.Via.IsDefaultOrEmpty)
                problems.Add($"positions/{p.Id}: via [{Ids(p.Via)}], its statement's report in {p.Article.Id} credits [{string.Join(", ", credited.Order(StringComparer.Ordinal))}]");
        }

        output.WriteLine($"{Dataset.Statements.Count} statements, {atMeetings.Count} meeting-and-article accounts and {positions} positions checked");
        Assert.True(Dataset.Statements.Count > 50 && atMeetings.Count > 3 && positions > 10);
        NoProblems(problems);
    }

    [Fact]
    public void A_named_statement_names_a_speaker_in_its_evidence_from_each_article()
    {
        // A named speaker (not an unnamed group) is named in the statement's own evidence from every article that
        // reports it. Where the article refers to the speaker without the name, the note says whom the words stand
        // for, in the form "'The secretary' is Rubio".
        var problems = new List<string>();
        int checkedReports = 0;
        foreach (var s in Dataset.Statements.Where(s => s.Specificity == Specificity.Named))
        {
            var named = s.Speakers.Where(a => a.Kind != ActorKind.UnnamedGroup).ToList();
            foreach (var article in s.Evidence.Select(e => e.Article).Distinct())
            {
                checkedReports++;
                var phrases = s.Evidence.Where(e => e.Article == article).Select(e => e.Phrase).ToList();
                bool inEvidence = phrases.Any(p => named.Any(a => IntegrityTests.Names(a, p)));
                bool explained = QuotedPhrases(s.Note)
                    .Where(q => phrases.Any(p => Sources.Fold(p).Contains(Sources.Fold(q), StringComparison.Ordinal)))
                    .Any(q => named.Any(a => a.AllNames.Any(n => s.Note!.Contains($"'{q}' is {n}", StringComparison.Ordinal))));
                if (!inEvidence && !explained)
                    problems.Add($"statements/{s.Id}: named, but its evidence from {article.Id} names none of [{string.Join(", ", named.Select(a => a.Id))}]");
            }
        }

        output.WriteLine($"{checkedReports} article reports of named statements checked");
        Assert.True(checkedReports > 30, $"only {checkedReports} reports checked");
        NoProblems(problems);
    }

    [Fact]
    public void RejectedBy_agreedBy_and_audience_are_named_in_evidence_from_the_same_article()
    {
        var problems = new List<string>();
        int terms = 0, audiences = 0;
        foreach (var p in Dataset.Proposals)
        {
            var proposalArticles = p.Evidence.Select(e => e.Article).ToHashSet();
            foreach (var t in p.Terms)
            {
                foreach (var (field, actor) in t.RejectedBy.Select(a => ("rejectedBy", a)).Concat(t.AgreedBy.Select(a => ("agreedBy", a))))
                {
                    terms++;
                    if (!t.Evidence.Any(e => proposalArticles.Contains(e.Article) && IntegrityTests.Names(actor, e.Phrase)))
                        problems.Add($"proposals/{p.Id} term '{t.Text}': {field} {actor.Id} is named in no evidence from an article that reports the proposal");
                }
            }
        }

        foreach (var s in Dataset.Statements)
        {
            foreach (var actor in s.Audience)
            {
                audiences++;
                if (!s.Evidence.Any(e => IntegrityTests.Names(actor, e.Phrase)))
                    problems.Add($"statements/{s.Id}: audience {actor.Id} is named in none of its evidence");
            }
        }

        output.WriteLine($"{terms} rejectedBy or agreedBy actors and {audiences} audience actors checked");
        Assert.True(terms >= 3 && audiences > 10, $"only {terms} terms and {audiences} audiences checked");
        NoProblems(problems);
    }

    [Fact]
    public void Every_role_title_is_printed_in_each_phrase_the_role_cites()
    {
        // As printed: the same words and case, as whole words; a plural ('U.S. envoys' for two holders) counts.
        var problems = new List<string>();
        int phrases = 0;
        foreach (var r in Dataset.Roles)
        {
            var title = new Regex(@"(?<!\w)" + Regex.Escape(Sources.Fold(r.Title)) + @"s?(?!\w)", RegexOptions.CultureInvariant);
            foreach (var e in r.Evidence)
            {
                phrases++;
                if (!title.IsMatch(Sources.Fold(e.Phrase))) problems.Add($"roles/{r.Id}: '{r.Title}' is not printed in \"{e.Phrase}\" ({e.Article.Id})");
            }
        }

        output.WriteLine($"{Dataset.Roles.Count} roles, {phrases} evidence phrases checked");
        Assert.True(phrases > Dataset.Roles.Count && Dataset.Roles.Count > 10);
        NoProblems(problems);
    }
}
