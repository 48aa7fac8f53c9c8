using System;
using System.Linq;
using Xunit;

namespace SeedData.Tests;

/// <summary>The questions a user would ask of the dataset, and the answers the articles support.</summary>
public class ContentTests
{
    [Fact]
    public void Who_said_what_about_security_guarantees_and_when()
    {
        var said = Dataset.Statements.ByTopic(Topic.SecurityGuarantees);
        Assert.True(said.Length >= 15);

        // Rubio's call: one statement, reported by three articles, dated by inference.
        var rubio = Dataset.Statements["rubio-guarantees-only-after-peace-deal"];
        Assert.Contains(rubio, said);
        Assert.Equal(Dataset.Actors.MarcoRubio, Assert.Single(rubio.Speakers));
        Assert.Equal(PartialDate.Parse("2025-11-25"), rubio.SaidOn);
        Assert.True(rubio.IsSaidOnInferred);
        Assert.Contains("Tuesday", rubio.SaidOnInferredFrom, StringComparison.Ordinal);
        Assert.Equal(Dataset.Meetings.RubioCallEuropeanOfficials20251125, rubio.At);
        Assert.Equal(Dataset.Actors.Politico, Assert.Single(rubio.ReportedVia));
        Assert.Equal(
            new[] { "article-000-thin-diplomatic-line", "article-001-lords-press-peace-deal-first", "article-002-kyiv-post-guarantees-after-deal" },
            rubio.Evidence.Select(e => e.Article.Id).Distinct().ToArray());

        // The State Department's denial is a separate statement that denies it.
        var denial = Dataset.Statements["state-department-denies-rubio-account"];
        Assert.Equal(Dataset.Actors.TommyPigott, Assert.Single(denial.Speakers));
        Assert.Equal(StatementType.Deny, denial.Type);
        Assert.Contains(denial.Links, l => l.Kind == LinkKind.Denies && l.Target == rubio);
        Assert.Contains(denial, Dataset.Statements.LinkingTo(rubio));
        Assert.Contains("security guarantees would need to be part of any peace deal", Assert.Single(denial.Quotes).Text, StringComparison.Ordinal);
        Assert.Equal("U.S. State Department spokesperson", Assert.Single(Dataset.Actors.TommyPigott.Roles).Title);

        // Zelenskyy on the guarantees document; undated because article 003 has no date line.
        var ready = Dataset.Statements["zelenskyy-guarantees-document-100-percent-ready"];
        Assert.Equal(Dataset.Actors.VolodymyrZelenskyy, Assert.Single(ready.Speakers));
        Assert.Null(ready.SaidOn);
        Assert.Equal(Dataset.Proposals.UsSecurityGuaranteesDocument, Assert.Single(ready.Proposals));

        // The dated statements on guarantees, in order.
        var dated = said.Where(s => s.SaidOn is not null).OrderBy(s => s.SaidOn).Select(s => s.Id).ToArray();
        Assert.Equal(
            new[] { "rubio-mentions-security-assurances-in-geneva", "rubio-guarantees-only-after-peace-deal", "rubio-trump-to-negotiate-guarantees-later" },
            dated);
    }

    [Fact]
    public void Which_points_Kyiv_rejected()
    {
        var rejected = Dataset.Proposals.ByTermsRejectedBy(Dataset.Actors.Ukraine)
            .SelectMany(p => p.Terms.Where(t => t.RejectedBy.Contains(Dataset.Actors.Ukraine)).Select(t => (p, t)))
            .ToArray();
        Assert.Equal(3, rejected.Length);
        // Article 002 does not say which draft the points were in: they are terms of the plan, draft not stated.
        Assert.All(rejected, x => Assert.Equal(Dataset.Proposals.UsPeacePlan, x.p));
        Assert.True(Dataset.Proposals.Revised22PointPeacePlan.Terms.IsDefaultOrEmpty);
        Assert.Equal(
            new[] { Topic.Territory, Topic.MilitaryLimits, Topic.NatoMembership },
            rejected.Select(x => Assert.Single(x.t.Topics)).ToArray());
        Assert.Contains("Donbas", rejected[0].t.Text, StringComparison.Ordinal);
        Assert.Contains("600,000", rejected[1].t.Text, StringComparison.Ordinal);
        Assert.Contains("NATO", rejected[2].t.Text, StringComparison.Ordinal);

        var statement = Dataset.Statements["kyiv-rejects-three-major-points"];
        Assert.Equal(StatementType.Reject, statement.Type);
        Assert.Equal(Dataset.Actors.Cnn, Assert.Single(statement.ReportedVia));
        Assert.Equal("a senior Ukrainian source", statement.Source);
        Assert.Contains(statement.Links, l => l.Kind == LinkKind.Disputes && l.Target.Id == "us-officials-few-disagreements-remain");
        Assert.Equal(3m, Dataset.Figures.KyivRejected3MajorPoints.Value);
    }

    [Fact]
    public void What_the_Geneva_talks_changed()
    {
        var geneva = Dataset.Meetings.GenevaTalks202511;
        Assert.Equal(MeetingStatus.Held, geneva.Status);
        Assert.Equal("Geneva", geneva.Place);
        Assert.Equal("[2025-11-22..2025-11-23]", geneva.Start!.ToString());
        Assert.Contains("last weekend", geneva.StartInferredFrom, StringComparison.Ordinal);
        Assert.Contains("22 points", geneva.Outcome, StringComparison.Ordinal);

        var before = Dataset.Proposals.Us28PointPeacePlan;
        var after = Dataset.Proposals.Revised22PointPeacePlan;
        Assert.Equal(new[] { before, after }, geneva.Proposals.ToArray());
        Assert.Equal(28, before.Points);
        Assert.Equal(22, after.Points);
        Assert.Equal(before, after.Supersedes);
        Assert.Equal(ProposalStatus.Superseded, before.Status);
        Assert.Contains(after, Dataset.Proposals.BySupersedes(before));
        Assert.Equal(
            new[] { "european-union", "ukraine", "united-states" },
            after.Authors.Select(a => a.Id).Order().ToArray());
        Assert.Contains(Dataset.Statements["rubio-mentions-security-assurances-in-geneva"], Dataset.Statements.ByAt(geneva));
    }

    [Fact]
    public void The_deadline_and_how_Trump_softened_it()
    {
        var deadline = Dataset.Figures.DeadlineUkraineAcceptTerms20251127;
        Assert.Equal(PartialDate.Parse("2025-11-27"), deadline.DateValue);
        Assert.NotNull(deadline.DateValueInferredFrom);
        var flexible = Dataset.Statements["trump-deadline-could-be-extended"];
        Assert.Equal(StatementType.Concede, flexible.Type);
        Assert.Contains(flexible.Links, l => l.Kind == LinkKind.Qualifies && l.Target.Id == "us-deadline-for-ukraine-to-accept-terms");
        Assert.Equal(new[] { "an appropriate point for a decision", "if things are working well" }, flexible.Quotes.Select(q => q.Text).ToArray());
    }

    [Fact]
    public void The_numbers_the_articles_claim()
    {
        var strike = Dataset.Events.OvernightStrike653Drones51Missiles;
        Assert.Equal(EventKind.Strike, strike.Kind);
        Assert.Null(strike.Start);
        Assert.Equal(new[] { 653m, 51m }, strike.Figures.Select(f => f.Value!.Value).ToArray());
        Assert.Equal(new[] { "drones", "missiles" }, strike.Figures.Select(f => f.Unit).ToArray());

        var aid = Dataset.Figures.UsMilitaryAidToUkraine67BillionUsd;
        Assert.Equal(67_000_000_000m, aid.Value);
        Assert.Equal(Approximation.Nearly, aid.Approximation);
        Assert.Equal("USD", aid.Unit);

        Assert.Equal(600_000m, Dataset.Figures.UkraineMilitaryCap600000Troops.Value);
        Assert.Equal(Dataset.Proposals.Us28PointPeacePlan, Dataset.Figures.UkraineMilitaryCap600000Troops.Proposal);
        Assert.Equal(33m, Dataset.Figures.CoalitionOfTheWilling33Nations.Value);
        Assert.Equal(Approximation.MoreThan, Dataset.Figures.RussianAggressionOverFourYears.Approximation);
    }

    [Fact]
    public void Articles_record_only_what_their_texts_say_about_their_origin()
    {
        // No article has a date line. Article 001's 'Thursday, November 27, 2025 9:22 AM' is a clock-and-weather
        // box (the time the page was viewed): it bounds the text from above and is no publication date.
        Assert.DoesNotContain(Dataset.Articles, a => a.PublishedOn is not null);
        var lordsPress = Dataset.Articles.Article001LordsPressPeaceDealFirst;
        Assert.Equal("001_e0d0ef1a082ec79e.txt", lordsPress.SeedFile);
        Assert.Contains("Thursday, November 27, 2025 9:22 AM", lordsPress.Phrases);
        Assert.Contains("viewed", lordsPress.Note, StringComparison.Ordinal);
        Assert.Equal(Dataset.Actors.LordsPress, lordsPress.Publisher);
        Assert.Equal(new[] { "gigi-ewing", "diana-nerozzi" }, lordsPress.Contributors.Select(a => a.Id).ToArray());

        var first = Dataset.Articles.Article000ThinDiplomaticLine;
        Assert.Null(first.Title);
        Assert.Null(first.Publisher);
        Assert.Equal(new[] { "politico", "cnn", "kyiv-independent" }, first.CitedOutlets.Select(a => a.Id).ToArray());
        Assert.Equal(Dataset.Actors.KyivPost, Dataset.Articles.Article002KyivPostGuaranteesAfterDeal.Publisher);
        Assert.Equal(Dataset.Actors.ThomsonReuters, Dataset.Articles.Article003GuaranteesTiedToDeal.CopyrightHolder);
        Assert.Equal(Dataset.Actors.JamesCarter, Assert.Single(Dataset.Articles.Article004TalksResumeSaturday.Authors));
    }

    [Fact]
    public void Conflicting_reports_are_kept_apart_and_linked()
    {
        var ft = Dataset.Statements["ft-report-deal-would-need-donbas-concessions"];
        var reuters = Dataset.Statements["reuters-source-us-not-dictating-terms"];
        Assert.Contains(reuters.Links, l => l.Kind == LinkKind.Disputes && l.Target == ft);

        var whiteHouse = Dataset.Statements["trump-no-white-house-invite-until-deal-signed"];
        var meet = Dataset.Statements["trump-meet-zelenskyy-putin-only-near-deal"];
        Assert.Contains(meet.Links, l => l.Kind == LinkKind.ConflictsWith && l.Target == whiteHouse);

        var publicLine = Dataset.Statements["trump-administration-insists-guarantees-part-of-deal"];
        Assert.Contains(publicLine.Links, l => l.Kind == LinkKind.Disputes && l.Target.Id == "rubio-guarantees-only-after-peace-deal");
    }

    [Fact]
    public void Denials_link_every_account_they_answer_and_distinct_claims_stay_apart()
    {
        // The State Department's denial answers both parts of the reported remark; the public line disputes both.
        var denial = Dataset.Statements["state-department-denies-rubio-account"];
        Assert.Contains(denial.Links, l => l.Kind == LinkKind.Denies && l.Target.Id == "rubio-guarantees-only-after-peace-deal");
        Assert.Contains(denial.Links, l => l.Kind == LinkKind.Denies && l.Target.Id == "rubio-trump-to-negotiate-guarantees-later");
        var publicLine = Dataset.Statements["trump-administration-insists-guarantees-part-of-deal"];
        Assert.Contains(publicLine.Links, l => l.Kind == LinkKind.Disputes && l.Target.Id == "rubio-trump-to-negotiate-guarantees-later");
        // The 'no immediate response' event and the later denial name each other (no event-to-statement link).
        Assert.Contains("state-department-denies-rubio-account", Dataset.Events.StateDepartmentWhiteHouseNoResponse.Note, StringComparison.Ordinal);
        Assert.Contains("state-department-white-house-no-response", denial.Note, StringComparison.Ordinal);

        // 'Guarantees before signing' is not 'guarantees in any deal'.
        var inAnyDeal = Dataset.Statements["ukraine-demands-guarantees-in-any-deal"];
        var beforeSigning = Dataset.Statements["ukraine-demands-guarantees-before-signing"];
        Assert.Contains(beforeSigning.Links, l => l.Kind == LinkKind.Qualifies && l.Target == inAnyDeal);
        Assert.DoesNotContain(inAnyDeal.Evidence, e => e.Phrase.Contains("before signing", StringComparison.Ordinal));

        // 'He added' may be Rubio or the diplomat: no single speaker.
        var added = Dataset.Statements["rubio-or-diplomat-wants-package-finalized-quickly"];
        Assert.True(added.Speakers.IsDefaultOrEmpty);
        Assert.Contains("ambiguous", added.SpeakerDescription, StringComparison.Ordinal);
        Assert.DoesNotContain(Dataset.Statements["rubio-guarantees-top-priority-handled-separately"].Evidence, e => e.Phrase.StartsWith("He added", StringComparison.Ordinal));
    }

    [Fact]
    public void Audience_evidence_and_dates_say_no_more_than_the_text()
    {
        // Taylor speaks about Trump to the Kyiv Post.
        Assert.Equal(Dataset.Actors.KyivPost, Assert.Single(Dataset.Statements["william-taylor-trump-must-provide-teeth"].Audience));
        Assert.True(Dataset.Statements["rubio-mentions-security-assurances-in-geneva"].Audience.IsDefaultOrEmpty);

        // A phrase naming Witkoff and Kushner is no evidence for Miami talks they are not said to have attended;
        // an article's framing is no evidence for European officials' words.
        Assert.DoesNotContain(Dataset.Meetings.MiamiTalksUsUkraine.Evidence, e => e.Phrase.Contains("Witkoff", StringComparison.Ordinal));
        Assert.All(Dataset.Statements["european-officials-struggle-with-us-signals"].Evidence,
            e => Assert.Equal(Dataset.Articles.Article002KyivPostGuaranteesAfterDeal, e.Article));

        // Article 001's 'on Thursday' is 20 or 27 November; its figures hold for the days it was written.
        Assert.Equal("[2025-11-20..2025-11-27]", Dataset.Statements["rubio-us-not-seen-as-fair-mediator"].SaidOn!.ToString());
        Assert.Equal("[2025-11-25..2025-11-27]", Dataset.Figures.UsMilitaryAidToUkraine67BillionUsd.AsOf!.ToString());
    }

    [Fact]
    public void One_real_world_thing_is_one_record()
    {
        var call = Dataset.Meetings.RubioCallEuropeanOfficials20251125;
        Assert.Equal(3, call.Evidence.Select(e => e.Article).Distinct().Count());
        Assert.Single(Dataset.Meetings, m => m.Kind == MeetingKind.Call && m.Start == PartialDate.Parse("2025-11-25"));

        var demand = Dataset.Statements["ukraine-demands-guarantees-in-any-deal"];
        Assert.Equal(5, demand.Evidence.Select(e => e.Article).Distinct().Count());
    }

    [Fact]
    public void Actors_are_named_with_aliases_roles_and_identifiers()
    {
        var zelenskyy = Dataset.Actors.VolodymyrZelenskyy;
        Assert.Contains("Zelensky", zelenskyy.Aliases);
        Assert.Contains("Zelenskyy", zelenskyy.Aliases);
        Assert.Equal("Q3874799", zelenskyy.WikidataId);
        Assert.Equal("UA", zelenskyy.Country);
        Assert.Equal("Q22686", Dataset.Actors.DonaldTrump.WikidataId);
        Assert.Equal("Q7747", Dataset.Actors.VladimirPutin.WikidataId);
        Assert.Equal("Q324546", Dataset.Actors["marco-rubio"].WikidataId);
        Assert.True(Dataset.Actors.TryGet("nato", out var nato));
        Assert.Equal("Q7184", nato.WikidataId);
        Assert.Null(Dataset.Actors.SteveWitkoff.WikidataId);

        // Titles as each article prints them: 000 and 002 say "US Secretary of State", 001 "Secretary of State".
        var rubioRoles = Dataset.Actors.MarcoRubio.Roles;
        Assert.Equal(new[] { "US Secretary of State", "Secretary of State" }, rubioRoles.Select(r => r.Title).ToArray());
        Assert.Equal(new[] { "article-001-lords-press-peace-deal-first" }, rubioRoles[1].Evidence.Select(e => e.Article.Id).ToArray());
        Assert.All(rubioRoles, r => Assert.Equal(Dataset.Actors.UnitedStates, r.Organisation));
        Assert.Empty(Dataset.Actors.RustemUmerov.Roles); // 'led by': no title is printed
        Assert.Equal(
            new[] { "President", "former President" },
            Dataset.Actors.DonaldTrump.Roles.Select(r => r.Title).ToArray());
        Assert.Equal(Dataset.Actors.UnitedStates, Dataset.Actors.UsStateDepartment.PartOf);
    }

    [Fact]
    public void Actors_have_evidence_through_their_mentions()
    {
        static string[] ArticlesOf(Actor actor) => actor.Evidence.Select(e => e.Article.Id[..11]).Distinct().ToArray();

        Assert.Equal(new[] { "article-000", "article-001", "article-002" }, ArticlesOf(Dataset.Actors.MarcoRubio));
        Assert.Equal(new[] { "article-001", "article-002", "article-003", "article-004" }, ArticlesOf(Dataset.Actors.VolodymyrZelenskyy));
        Assert.Equal(new[] { "article-000", "article-002" }, ArticlesOf(Dataset.Actors.Politico));
        Assert.Equal(5, ArticlesOf(Dataset.Actors.UnitedStates).Length);
        Assert.Equal("LP Staff Writers", Assert.Single(Dataset.Actors.LpStaffWriters.Evidence).Phrase);
        Assert.Equal("by James Carter Senior News Editor", Assert.Single(Dataset.Actors.JamesCarter.Evidence).Phrase);
        Assert.Equal(Dataset.Actors.TommyPigott, Dataset.Mentions.TommyPigottMentions.Actor);
        Assert.Contains("Ukraine's leader", Dataset.Mentions.VolodymyrZelenskyyMentions.Note, StringComparison.Ordinal);
        Assert.Contains(Dataset.Mentions.KremlinMentions, Dataset.Mentions.ByEvidenceArticle(Dataset.Articles.Article003GuaranteesTiedToDeal));
    }

    [Fact]
    public void Reverse_navigation_answers_who_and_where()
    {
        var rubio = Dataset.Actors.MarcoRubio;
        Assert.Equal(Dataset.StatementsBy(rubio).ToArray(), rubio.Statements.ToArray());
        Assert.Equal(Dataset.Statements.BySpeaker(rubio).ToArray(), rubio.Statements.ToArray());
        Assert.Equal(
            new[]
            {
                "rubio-guarantees-only-after-peace-deal", "rubio-trump-to-negotiate-guarantees-later",
                "rubio-mentions-security-assurances-in-geneva", "rubio-other-issues-after-deal",
                "rubio-defends-28-point-plan-as-starting-point", "rubio-us-not-seen-as-fair-mediator",
                "rubio-guarantees-top-priority-handled-separately",
            },
            rubio.Statements.Select(s => s.Id).ToArray());
        Assert.Equal(
            new[] { "rubio-call-european-officials-2025-11-25", "geneva-talks-2025-11", "rubio-call-british-french", "rubio-european-counterparts-thursday" },
            rubio.Meetings.Select(m => m.Id).ToArray());

        var records = Dataset.Articles.Article004TalksResumeSaturday.Records;
        Assert.Contains(Dataset.Events.OvernightStrike653Drones51Missiles, records.Events);
        Assert.Contains(Dataset.Meetings.MiamiTalksUsUkraine, records.Meetings);
        Assert.Contains(Dataset.Statements["ukraine-demands-guarantees-in-any-deal"], records.Statements);
        Assert.Contains(Dataset.Meetings.WitkoffKushnerMoscowVisit, records.Meetings);
        Assert.Equal(records.Count, records.Statements.Length + records.Meetings.Length + records.Proposals.Length
            + records.Figures.Length + records.Events.Length + records.Roles.Length + records.Mentions.Length + records.Positions.Length);
        Assert.Contains(Dataset.Positions["ukraine-unspecified-004"], records.Positions);
        Assert.Equal(
            new[] { "donald-trump", "volodymyr-zelenskyy", "vladimir-putin", "steve-witkoff", "jared-kushner", "rustem-umerov", "james-carter" },
            records.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Id).ToArray());
        Assert.DoesNotContain(Dataset.Actors.MarcoRubio, records.Actors);

        Assert.Contains(Dataset.Statements["kyiv-rejects-three-major-points"], Dataset.Statements.ByReportedVia(Dataset.Actors.Cnn));
    }

    [Fact]
    public void The_timeline_is_in_date_order()
    {
        var timeline = Dataset.Timeline;
        Assert.NotEmpty(timeline);
        for (var i = 1; i < timeline.Length; i++)
        {
            Assert.True(timeline[i - 1].Date.CompareTo(timeline[i].Date) <= 0, $"{timeline[i - 1]} before {timeline[i]}");
        }

        Assert.Equal("donbas-conflict-since-2014", timeline[0].Id);
        Assert.Equal("russia-full-scale-invasion-2022-02", timeline[1].Id);
        var call = timeline.First(t => t.Id == "rubio-call-european-officials-2025-11-25");
        Assert.True(call.IsInferred);
        Assert.Equal("start", call.Field);
        Assert.DoesNotContain(timeline, t => t.Collection == "articles");
        Assert.All(timeline.Where(t => t.Date.Earliest.Year == 2025), t => Assert.True(t.IsInferred, t.ToString()));
        Assert.DoesNotContain(timeline, t => t.Id == "overnight-strike-653-drones-51-missiles");
    }

    [Fact]
    public void Version_and_content_hash_pin_the_data()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+", Dataset.Version);
        Assert.Equal(64, Dataset.ContentHash.Length);
        Assert.Equal(Dataset.ContentHash, Dataset.Snapshot.ContentHash);
        Assert.Contains(Dataset.Statements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " statements", Dataset.Snapshot.ToString(), StringComparison.Ordinal);
    }
}
