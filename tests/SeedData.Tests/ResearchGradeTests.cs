using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests;

/// <summary>
/// What makes the dataset usable for research: evidence anchored in the W3C Web Annotation model and checked against
/// the texts, a source chain per report with hedges, independent reports counted once, PLOVER codes that follow the
/// codebook, one comparable position variable, proposal lineage, and publication dates with event times relative to them.
/// </summary>
public sealed class ResearchGradeTests(ITestOutputHelper output)
{
    private static int CodePointLength(string text) => text.EnumerateRunes().Count();

    /// <summary>The text between two code point positions.</summary>
    private static string Slice(string text, int start, int end)
    {
        var runes = text.EnumerateRunes().ToArray();
        return string.Concat(runes[start..end].Select(r => r.ToString()));
    }

    [SourcesFact]
    public void Every_evidence_phrase_carries_quote_and_position_selectors_that_point_at_it_in_its_article()
    {
        var texts = Dataset.Articles.ToDictionary(a => a.Id, Sources.Text);
        var problems = new List<string>();
        int checkedCount = 0;
        foreach (var (owner, evidence) in IntegrityTests.AllEvidence())
        {
            string text = texts[evidence.Article.Id];
            var (quote, position) = (evidence.TextQuote, evidence.TextPosition);
            string where = $"{owner} \"{evidence.Phrase}\"";
            if (position.Start < 0 || position.End <= position.Start || position.End > CodePointLength(text))
            {
                problems.Add($"{where}: position {position.Start}..{position.End} is outside {evidence.Article.Id}");
                continue;
            }
            if (Slice(text, position.Start, position.End) != quote.Exact) problems.Add($"{where}: the text at {position.Start}..{position.End} is not the exact quote");
            if (Sources.Fold(quote.Exact) != Sources.Fold(evidence.Phrase)) problems.Add($"{where}: the exact quote \"{quote.Exact}\" is not the phrase");
            string before = Slice(text, Math.Max(0, position.Start - CodePointLength(quote.Prefix)), position.Start);
            string after = Slice(text, position.End, Math.Min(CodePointLength(text), position.End + CodePointLength(quote.Suffix)));
            if (before != quote.Prefix) problems.Add($"{where}: the prefix is not the text before the quote");
            if (after != quote.Suffix) problems.Add($"{where}: the suffix is not the text after the quote");
            if (CodePointLength(quote.Prefix) > 32 || CodePointLength(quote.Suffix) > 32) problems.Add($"{where}: prefix or suffix longer than 32 characters");
            if (CodePointLength(quote.Prefix) < Math.Min(32, position.Start)) problems.Add($"{where}: the prefix stops short of 32 characters");
            checkedCount++;
        }
        output.WriteLine($"{checkedCount} evidence phrases anchored and checked against {texts.Count} articles");
        Assert.True(checkedCount > 250, $"only {checkedCount} evidence phrases were checked");
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_statement_has_one_report_per_article_that_carries_it_and_credits_only_outlets_the_article_names()
    {
        var problems = new List<string>();
        foreach (var s in Dataset.Statements)
        {
            var evidenceArticles = s.Evidence.Select(e => e.Article.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            var reportArticles = s.Reports.Select(r => r.Article.Id).ToList();
            if (!evidenceArticles.SequenceEqual(reportArticles.Order(StringComparer.Ordinal)))
                problems.Add($"{s.Id}: reports for [{string.Join(", ", reportArticles)}], evidence from [{string.Join(", ", evidenceArticles)}]");
            foreach (var r in s.Reports)
            {
                var named = r.Article.CitedOutlets.Concat(r.Article.BasedOn).Select(a => a.Id).ToHashSet();
                foreach (var outlet in r.Via.Where(o => !named.Contains(o.Id)))
                    problems.Add($"{s.Id}: {r.Article.Id} credits {outlet.Id}, which the article does not cite");
                foreach (var relay in r.Relays.Where(x => x.Count is <= 0))
                    problems.Add($"{s.Id}: relay '{relay.Description}' has count {relay.Count}");
            }
        }
        Assert.Empty(problems);
    }

    [SourcesFact]
    public void Relays_hedges_and_reported_times_are_the_articles_own_words()
    {
        var texts = Dataset.Articles.ToDictionary(a => a.Id, a => Sources.Fold(Sources.Text(a)));
        var phrases = new List<(string Owner, Article Article, string Phrase)>();
        foreach (var s in Dataset.Statements)
        {
            foreach (var r in s.Reports)
            {
                phrases.AddRange(r.Relays.Select(x => ("statements/" + s.Id + " relay", r.Article, x.Description)));
                phrases.AddRange(r.Hedges.Select(x => ("statements/" + s.Id + " hedge", r.Article, x.Phrase)));
            }
        }
        IEnumerable<(string Owner, IEnumerable<Evidence> Evidence, IEnumerable<ReportedTime> Times)> dated =
            Dataset.Statements.Select(x => ("statements/" + x.Id, (IEnumerable<Evidence>)x.Evidence, (IEnumerable<ReportedTime>)x.ReportedWhen))
                .Concat(Dataset.Meetings.Select(x => ("meetings/" + x.Id, (IEnumerable<Evidence>)x.Evidence, (IEnumerable<ReportedTime>)x.ReportedWhen)))
                .Concat(Dataset.Events.Select(x => ("events/" + x.Id, (IEnumerable<Evidence>)x.Evidence, (IEnumerable<ReportedTime>)x.ReportedWhen)))
                .Concat(Dataset.Proposals.Select(x => ("proposals/" + x.Id, (IEnumerable<Evidence>)x.Evidence, (IEnumerable<ReportedTime>)x.ReportedWhen)))
                .Concat(Dataset.Figures.Select(x => ("figures/" + x.Id, (IEnumerable<Evidence>)x.Evidence, (IEnumerable<ReportedTime>)x.ReportedWhen)));
        var problems = new List<string>();
        foreach (var (owner, evidence, times) in dated)
        {
            var articles = evidence.Select(e => e.Article.Id).ToHashSet();
            foreach (var t in times)
            {
                phrases.Add((owner + " reportedWhen", t.Article, t.Phrase));
                if (!articles.Contains(t.Article.Id)) problems.Add($"{owner}: reportedWhen names {t.Article.Id}, which has no evidence for it");
            }
        }
        problems.AddRange(phrases.Where(p => p.Phrase.Trim().Length == 0 || !texts[p.Article.Id].Contains(Sources.Fold(p.Phrase), StringComparison.Ordinal))
            .Select(p => $"{p.Owner}: \"{p.Phrase}\" is not in {p.Article.Id}"));
        output.WriteLine($"{phrases.Count} relay descriptions, hedges and time phrases checked");
        Assert.Empty(problems);
    }

    [Fact]
    public void Three_articles_relaying_one_report_count_as_one_independent_report()
    {
        var statement = Dataset.Statements["rubio-guarantees-only-after-peace-deal"];
        Assert.True(statement.Reports.Length >= 2, "the statement should be carried by several articles");
        var politico = Dataset.Actors["politico"];
        var relayingPolitico = statement.Reports.Where(r => r.Via.Contains(politico)).Select(r => r.Article.Id).ToList();
        Assert.True(relayingPolitico.Count >= 2, "at least two articles credit Politico: " + string.Join(", ", relayingPolitico));
        var origins = statement.IndependentReports;
        Assert.Single(origins, o => o.Outlet == politico);
        Assert.Equal(statement.Reports.Length - relayingPolitico.Count + 1, origins.Length);
    }

    [Fact]
    public void Plover_codes_follow_the_codebook()
    {
        var problems = new List<string>();
        foreach (var s in Dataset.Statements)
        {
            var expected = PloverCodebook.CategoryOf(s.Type);
            if (expected is null && s.Plover is not null) problems.Add($"statements/{s.Id}: type {s.Type} has no PLOVER category, but is coded {s.Plover.Category}");
            if (expected is { } category && s.Plover?.Category != category) problems.Add($"statements/{s.Id}: type {s.Type} is PLOVER {category}, coded {s.Plover?.Category.ToString() ?? "nothing"}");
            if (s.Plover is { Mode: { } mode } code && !PloverCodebook.ModesOf(code.Category).Contains(mode)) problems.Add($"statements/{s.Id}: {mode} is not a mode of {code.Category}");
        }
        foreach (var m in Dataset.Meetings)
        {
            if (m.Plover?.Category != PloverCodebook.CategoryOf(m.Kind)) problems.Add($"meetings/{m.Id}: coded {m.Plover?.Category.ToString() ?? "nothing"}, expected CONSULT");
            if (m.Plover is { Mode: { } mode } && !PloverCodebook.ModesOf(PloverCategory.Consult).Contains(mode)) problems.Add($"meetings/{m.Id}: {mode} is not a CONSULT mode");
            if (m.Plover?.Mode == PloverMode.Phone && m.Kind != MeetingKind.Call) problems.Add($"meetings/{m.Id}: phone mode on a {m.Kind}");
            if (m.Plover?.Mode == PloverMode.Visit && m.Kind != MeetingKind.Visit) problems.Add($"meetings/{m.Id}: visit mode on a {m.Kind}");
        }
        Assert.Empty(problems);
        Assert.Equal("DEMAND", PloverCodebook.Spelling(PloverCategory.Demand));
        Assert.Equal("third-party", PloverCodebook.Spelling(PloverMode.ThirdParty));
        Assert.Equal("human_rights", PloverCodebook.Spelling(PloverContext.HumanRights));
        Assert.Contains(Dataset.Statements, s => s.Plover is not null);
    }

    [Fact]
    public void Positions_are_one_per_holder_and_source_with_evidence_from_that_source()
    {
        Assert.True(Dataset.Positions.Count >= 8, $"only {Dataset.Positions.Count} positions");
        var problems = new List<string>();
        foreach (var p in Dataset.Positions)
        {
            if (p.Evidence.IsDefaultOrEmpty) problems.Add($"positions/{p.Id}: no evidence");
            if (p.Evidence.Any(e => e.Article != p.Article)) problems.Add($"positions/{p.Id}: evidence from another article than {p.Article.Id}");
            if (p.Statement is { } s && !s.Evidence.Any(e => e.Article == p.Article)) problems.Add($"positions/{p.Id}: {s.Id} has no evidence from {p.Article.Id}");
            var named = p.Article.CitedOutlets.Concat(p.Article.BasedOn).ToHashSet();
            if (p.Via.Any(o => !named.Contains(o))) problems.Add($"positions/{p.Id}: credits an outlet the article does not cite");
        }
        foreach (var group in Dataset.Positions.GroupBy(p => (p.Holder.Id, p.Article.Id, Via: string.Join(",", p.Via.Select(v => v.Id)), p.Timing)).Where(g => g.Count() > 1))
            problems.Add($"two positions for {group.Key}: {string.Join(", ", group.Select(p => p.Id))}");
        Assert.Empty(problems);
        // The variable is comparable: more than one holder, more than one answer.
        Assert.True(Dataset.Positions.Select(p => p.Holder).Distinct().Count() >= 3);
        Assert.True(Dataset.Positions.Select(p => p.Timing).Distinct().Count() >= 3);
    }

    [Fact]
    public void Proposal_lineage_links_the_plans_with_a_kind_and_a_basis()
    {
        var relations = Dataset.Proposals.SelectMany(p => p.Relations.Select(r => (From: p, Relation: r))).ToList();
        Assert.All(relations, x => Assert.NotEqual(x.From, x.Relation.Target));
        Assert.All(relations.Where(x => x.Relation.Stated), x => Assert.False(x.Relation.Evidence.IsDefaultOrEmpty, x.From.Id + " states a relation without evidence"));
        Assert.All(relations, x => Assert.False(string.IsNullOrWhiteSpace(x.Relation.Note)));
        var linked = relations.SelectMany(x => new[] { x.From.Id, x.Relation.Target.Id }).ToHashSet();
        foreach (string id in new[] { "us-28-point-peace-plan", "revised-22-point-peace-plan", "miami-security-framework", "us-security-guarantees-document" })
            Assert.Contains(id, linked);
        Assert.Contains(relations, x => x.From.Id == "revised-22-point-peace-plan" && x.Relation.Target.Id == "us-28-point-peace-plan" && x.Relation.Kind == ProposalRelationKind.Revises && x.Relation.Stated);
    }

    [Fact]
    public void Every_article_says_how_much_of_its_publication_date_is_known()
    {
        foreach (var a in Dataset.Articles)
        {
            var publication = a.Publication;
            Assert.True(publication is not null, a.Id + " has no publication");
            Assert.False(string.IsNullOrWhiteSpace(publication!.Basis));
            switch (publication.Kind)
            {
                case PublicationDateKind.Known:
                    Assert.NotNull(publication.Date);
                    Assert.Equal(publication.Date, a.PublishedOn);
                    break;
                case PublicationDateKind.NoLaterThan:
                    Assert.NotNull(publication.Date);
                    Assert.Null(a.PublishedOn);
                    break;
                default:
                    Assert.Null(publication.Date);
                    Assert.Null(a.PublishedOn);
                    break;
            }
            if (publication is { NotBefore: { } from, Date: { } to }) Assert.True(from.Earliest <= to.Latest, a.Id + ": not-before is after the date");
        }
        // Article 001's header is a clock read when the page was viewed: at best an upper bound.
        Assert.Equal(PublicationDateKind.NoLaterThan, Dataset.Articles["article-001-lords-press-peace-deal-first"].Publication!.Kind);
    }
}
