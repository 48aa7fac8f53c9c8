using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using SeedData.Tests.Browser;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests;

/// <summary>
/// docs/explorer.html in a real browser (headless Chromium through Selenium and chromedriver), opened from disk as a user
/// would: filters applied through the page's own controls, the records left visible compared with the ones the
/// dataset says should be, a record clicked and its details read. Screenshots go to the test output folder.
/// Skipped, with the reason, where Chromium is not installed.
/// </summary>
public sealed class ExplorerBrowserTests(ITestOutputHelper output)
{
    private static readonly string Page = Path.Combine(Sources.RepositoryRoot, "docs", "explorer.html");

    private static IEnumerable<(string Collection, ISeedRecord Record, IEnumerable<Actor> Actors, IEnumerable<Topic> Topics, IEnumerable<PartialDate?> Dates)> Shown()
    {
        foreach (var s in Dataset.Statements)
            yield return ("statements", s, s.Speakers.Concat(s.Audience).Concat(s.ReportedVia).Append(s.SpeakerAffiliation).OfType<Actor>(), s.Topics, [s.SaidOn]);
        foreach (var m in Dataset.Meetings)
            yield return ("meetings", m, m.Participants.Select(p => p.Actor), m.Topics, [m.Start, m.End]);
        foreach (var p in Dataset.Proposals)
            yield return ("proposals", p, p.Authors.Concat(p.Terms.SelectMany(t => t.RejectedBy.Concat(t.AgreedBy))), p.Terms.SelectMany(t => t.Topics), [p.Date]);
        foreach (var f in Dataset.Figures)
            yield return ("figures", f, f.Actors, [], [f.DateValue, f.AsOf]);
        foreach (var e in Dataset.Events)
            yield return ("events", e, e.Actors, [], [e.Start, e.End]);
    }

    private static List<string> Keys(IEnumerable<(string Collection, ISeedRecord Record, IEnumerable<Actor> Actors, IEnumerable<Topic> Topics, IEnumerable<PartialDate?> Dates)> records)
        => records.Select(r => r.Collection + ":" + r.Record.Id).Order(StringComparer.Ordinal).ToList();

    private static List<string> Visible(ChromeDriver browser)
        => Strings(browser, "return [...document.querySelectorAll('#records li.record')].filter(n => n.offsetParent !== null).map(n => n.dataset.collection + ':' + n.dataset.id);")
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The array of strings a script in the page returns.</summary>
    private static IEnumerable<string> Strings(ChromeDriver browser, string script)
        => ((IEnumerable<object>)browser.ExecuteScript(script)!).Cast<string>();

    private static string Text(ChromeDriver browser, string id) => (string)browser.ExecuteScript($"return document.getElementById('{id}').innerText;")!;

    /// <summary>Clicks the element the CSS selector finds, as a user would (the driver scrolls it into view first).</summary>
    private static void Click(ChromeDriver browser, string css) => browser.FindElement(By.CssSelector(css)).Click();

    private void SaveScreenshot(ChromeDriver browser, string name)
    {
        byte[] png = browser.GetScreenshot().AsByteArray;
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        string path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, png);
        output.WriteLine("screenshot: " + path);
    }

    private static ChromeDriver Open()
    {
        Assert.True(File.Exists(Page), Page + " is missing");
        var browser = Chromium.Start();
        browser.Navigate().GoToUrl(new Uri(Page).AbsoluteUri);
        return browser;
    }

    [BrowserFact]
    public void Filtering_by_actor_and_topic_leaves_exactly_their_records_and_a_click_shows_evidence_and_links()
    {
        using var browser = Open();
        var all = Shown().ToList();
        Assert.Equal(Keys(all), Visible(browser));
        Assert.Equal($"{all.Count} of {all.Count} records", Text(browser, "count"));

        var rubio = Dataset.Actors.MarcoRubio;
        Click(browser, $"#actor option[value='{rubio.Id}']");
        var his = all.Where(r => r.Actors.Contains(rubio)).ToList();
        Assert.NotEmpty(his);
        Assert.Equal(Keys(his), Visible(browser));

        Click(browser, "#topic option[value='security-guarantees']");
        var onGuarantees = his.Where(r => r.Topics.Contains(Topic.SecurityGuarantees)).ToList();
        Assert.NotEmpty(onGuarantees);
        Assert.True(onGuarantees.Count < his.Count);
        Assert.Equal(Keys(onGuarantees), Visible(browser));
        Assert.Equal($"{onGuarantees.Count} of {all.Count} records", Text(browser, "count"));

        // A statement that another one denies: its summary, every evidence phrase with its article, its links both ways.
        var statement = Dataset.Statements.RubioGuaranteesOnlyAfterPeaceDeal;
        var linking = Dataset.Statements.LinkingTo(statement);
        Assert.NotEmpty(linking);
        Click(browser, $"#records li[data-id='{statement.Id}']");
        string details = Text(browser, "details");
        Assert.Contains(statement.Summary, details);
        Assert.DoesNotContain("[object", details);
        // Fields show references by name: the speaker, and the meeting it was said at.
        Assert.Contains(statement.Speakers[0].Name, details);
        Assert.Contains(statement.At!.Name, details);
        foreach (var evidence in statement.Evidence)
        {
            Assert.Contains(evidence.Phrase, details);
            Assert.Contains(evidence.Article.Id, details);
        }

        var links = Strings(browser, "return [...document.querySelectorAll('#details li.link')].map(n => (n.dataset.source || '') + '>' + (n.dataset.target || '') + ':' + n.dataset.kind);")
            .Order(StringComparer.Ordinal);
        var expected = statement.Links.Select(l => $">{l.Target.Id}:{Kebab(l.Kind)}")
            .Concat(linking.SelectMany(s => s.Links.Where(l => l.Target.Id == statement.Id).Select(l => $"{s.Id}>:{Kebab(l.Kind)}")))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, links);
        Assert.Contains("denied by", details);
        SaveScreenshot(browser, "explorer-rubio-security-guarantees");

        // Following a link shows the other statement.
        Click(browser, $"#details li.link[data-source='{linking[0].Id}'] button.ref");
        Assert.Contains(linking[0].Summary, Text(browser, "details"));
    }

    [BrowserFact]
    public void Filtering_by_article_and_by_dates_leaves_exactly_the_records_they_select()
    {
        using var browser = Open();
        var all = Shown().ToList();

        var article = Dataset.Articles[4];
        Click(browser, $"#article option[value='{article.Id}']");
        var records = Dataset.RecordsFrom(article);
        var fromArticle = all.Where(r => records.Statements.Contains(r.Record) || records.Meetings.Contains(r.Record) || records.Proposals.Contains(r.Record)
            || records.Figures.Contains(r.Record) || records.Events.Contains(r.Record)).ToList();
        Assert.NotEmpty(fromArticle);
        Assert.Equal(Keys(fromArticle), Visible(browser));
        Click(browser, "#clear");
        Assert.Equal(Keys(all), Visible(browser));

        // 24-26 November 2025, undated records left out: what can fall on those days (a month, a range, a day).
        browser.ExecuteScript("""
            for (const [id, value] of [['from', '2025-11-24'], ['to', '2025-11-26']]) {
              const input = document.getElementById(id);
              input.value = value;
              input.dispatchEvent(new Event('change', { bubbles: true }));
            }
            """);
        Click(browser, "#undated");
        var from = new DateOnly(2025, 11, 24);
        var to = new DateOnly(2025, 11, 26);
        var inRange = all.Where(r => r.Dates.OfType<PartialDate>().Any()
            && r.Dates.OfType<PartialDate>().Min(d => d.Earliest) <= to && r.Dates.OfType<PartialDate>().Max(d => d.Latest) >= from).ToList();
        Assert.NotEmpty(inRange);
        Assert.Contains(inRange, r => r.Record.Id == "rubio-call-european-officials-2025-11-25");
        Assert.DoesNotContain(inRange, r => r.Record.Id.StartsWith("geneva", StringComparison.Ordinal) && r.Collection == "meetings");
        Assert.Equal(Keys(inRange), Visible(browser));
        SaveScreenshot(browser, "explorer-2025-11-24-to-26");
    }

    private static string Kebab(Enum value) => System.Text.RegularExpressions.Regex.Replace(value.ToString(), "(?<!^)([A-Z])", "-$1").ToLowerInvariant();
}
