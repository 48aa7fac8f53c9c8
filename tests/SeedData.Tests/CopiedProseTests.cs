using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests;

/// <summary>
/// Our own words: no free-text field of the dataset (summary, note, outcome, name, measure, about, term text,
/// link note, source, speaker description, inference basis...) may share a run of <see cref="RunLength"/> or more
/// consecutive words with any of the five articles. Verbatim text is allowed only where the data dictionary says
/// it is verbatim (evidence phrases, quotes, article phrases, headlines and titles as printed, aliases) and where
/// the field itself marks it as a quotation, between double quotes.
/// </summary>
public sealed class CopiedProseTests(ITestOutputHelper output)
{
    /// <summary>The shortest shared run of words that counts as copied prose.</summary>
    public const int RunLength = 8;

    /// <summary>Fields that hold article text by definition (record type, property).</summary>
    private static readonly HashSet<(Type Type, string Property)> Verbatim =
    [
        (typeof(Evidence), nameof(Evidence.Phrase)),
        (typeof(Quote), nameof(Quote.Text)),
        (typeof(Article), nameof(Article.Phrases)),
        (typeof(Article), nameof(Article.Title)),
        (typeof(Article), nameof(Article.Subtitle)),
        (typeof(Article), nameof(Article.SeedFile)),
        (typeof(Article), nameof(Article.Sha256)),
        (typeof(Role), nameof(Role.Title)),
        (typeof(Actor), nameof(Actor.Aliases)),
        (typeof(TextQuoteSelector), nameof(TextQuoteSelector.Exact)),
        (typeof(TextQuoteSelector), nameof(TextQuoteSelector.Prefix)),
        (typeof(TextQuoteSelector), nameof(TextQuoteSelector.Suffix)),
        (typeof(Hedge), nameof(Hedge.Phrase)),
        (typeof(Relay), nameof(Relay.Description)),
        (typeof(ReportedTime), nameof(ReportedTime.Phrase)),
    ];

    private static readonly Regex Word = new(@"\w+(?:'\w+)*", RegexOptions.CultureInvariant);
    private static readonly Regex DoubleQuoted = new("\"[^\"]*\"", RegexOptions.CultureInvariant);

    /// <summary>Every top-level record of the dataset, with its collection name.</summary>
    private static IEnumerable<(string Collection, ISeedRecord Record)> AllRecords()
        => Dataset.Actors.Select(x => ("actors", (ISeedRecord)x))
            .Concat(Dataset.Articles.Select(x => ("articles", (ISeedRecord)x)))
            .Concat(Dataset.Roles.Select(x => ("roles", (ISeedRecord)x)))
            .Concat(Dataset.Mentions.Select(x => ("mentions", (ISeedRecord)x)))
            .Concat(Dataset.Statements.Select(x => ("statements", (ISeedRecord)x)))
            .Concat(Dataset.Meetings.Select(x => ("meetings", (ISeedRecord)x)))
            .Concat(Dataset.Proposals.Select(x => ("proposals", (ISeedRecord)x)))
            .Concat(Dataset.Figures.Select(x => ("figures", (ISeedRecord)x)))
            .Concat(Dataset.Events.Select(x => ("events", (ISeedRecord)x)))
            .Concat(Dataset.Positions.Select(x => ("positions", (ISeedRecord)x)));

    /// <summary>
    /// Every non-empty free-text value: each string field (or element of a string list) of each record's primary
    /// constructor, nested records (evidence, quotes, participants, terms, links) included, except ids, references
    /// to other records and the <see cref="Verbatim"/> fields. Read by reflection, so a new string field is checked
    /// without changing this test.
    /// </summary>
    internal static List<(string Path, string Text)> FreeTextFields()
    {
        var fields = new List<(string, string)>();
        foreach (var (collection, record) in AllRecords())
        {
            Walk(record, collection + "/" + record.Id, fields);
        }

        return fields;
    }

    private static void Walk(object record, string path, List<(string, string)> fields)
    {
        var type = record.GetType();
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        foreach (var parameter in constructor.GetParameters())
        {
            if (parameter.Name == "Id" || Verbatim.Contains((type, parameter.Name!)))
            {
                continue;
            }

            var property = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{type.Name} has no property for its parameter {parameter.Name}");
            AddValue(property.GetValue(record), path + "." + char.ToLowerInvariant(property.Name[0]) + property.Name[1..], fields);
        }
    }

    private static void AddValue(object? value, string path, List<(string, string)> fields)
    {
        switch (value)
        {
            case null or ISeedRecord or PartialDate or Enum or ValueType and not IEnumerable:
                return; // nothing, a reference (checked as its own record), a date, an enum or a number
            case string text:
                if (!string.IsNullOrWhiteSpace(text))
                {
                    fields.Add((path, text));
                }

                return;
            case IEnumerable list:
                if (value.GetType().GetProperty("IsDefault")?.GetValue(value) is true)
                {
                    return; // an omitted ImmutableArray
                }

                var i = 0;
                foreach (var item in list)
                {
                    AddValue(item, $"{path}[{i++}]", fields);
                }

                return;
            default:
                if (value.GetType().Namespace == typeof(Statement).Namespace)
                {
                    Walk(value, path, fields); // a nested record: Evidence, Quote, Participation, ProposalTerm, StatementLink
                    return;
                }

                throw new InvalidOperationException($"{path}: unexpected field type {value.GetType()}");
        }
    }

    /// <summary>The words of a text, after the evidence tests' folding (quotes, dashes, white space), lower-cased.</summary>
    internal static string[] Words(string text)
        => Word.Matches(Sources.Fold(text).ToLowerInvariant()).Select(m => m.Value).ToArray();

    /// <summary>The parts of a field outside double quotes, as word lists (a quotation breaks a run).</summary>
    internal static IEnumerable<string[]> UnquotedSegments(string text)
        => DoubleQuoted.Split(Sources.Fold(text)).Select(Words);

    /// <summary>Every run of <see cref="RunLength"/> words of the articles, with the first article it occurs in.</summary>
    internal static Dictionary<string, string> ArticleRuns(out int articleWords)
    {
        var runs = new Dictionary<string, string>(StringComparer.Ordinal);
        articleWords = 0;
        foreach (var article in Dataset.Articles)
        {
            var words = Words(Sources.Text(article));
            articleWords += words.Length;
            for (var i = 0; i + RunLength <= words.Length; i++)
            {
                runs.TryAdd(string.Join(' ', words, i, RunLength), article.Id);
            }
        }

        return runs;
    }

    /// <summary>The longest runs of a field, outside its quotations, that an article also has (empty when none).</summary>
    internal static List<string> CopiedRuns(string text, Dictionary<string, string> articleRuns)
    {
        var copied = new List<string>();
        foreach (var words in UnquotedSegments(text))
        {
            var i = 0;
            while (i + RunLength <= words.Length)
            {
                if (!articleRuns.TryGetValue(string.Join(' ', words, i, RunLength), out var article))
                {
                    i++;
                    continue;
                }

                var end = i + RunLength;
                while (end < words.Length && articleRuns.ContainsKey(string.Join(' ', words, end - RunLength + 1, RunLength)))
                {
                    end++;
                }

                copied.Add($"{end - i} words shared with {article}: \"{string.Join(' ', words, i, end - i)}\"");
                i = end;
            }
        }

        return copied;
    }

    [SourcesFact]
    public void No_free_text_field_shares_a_run_of_eight_words_with_an_article()
    {
        var articleRuns = ArticleRuns(out var articleWords);
        var fields = FreeTextFields();
        var words = fields.Sum(f => UnquotedSegments(f.Text).Sum(s => s.Length));
        var runs = fields.Sum(f => UnquotedSegments(f.Text).Sum(s => Math.Max(0, s.Length - RunLength + 1)));
        var checkedWhat =
            $"compared {fields.Count} free-text fields of {fields.Select(f => f.Path.Split('/')[0]).Distinct().Count()} collections " +
            $"({words} words outside quotation marks, {runs} runs of {RunLength}) with {Dataset.Articles.Count} articles " +
            $"({articleWords} words, {articleRuns.Count} distinct runs of {RunLength})";
        output.WriteLine(checkedWhat);

        // It cannot pass on nothing: all five article texts and every collection's free text took part.
        Assert.Equal(5, Dataset.Articles.Count);
        Assert.True(articleWords > 4000, checkedWhat);
        Assert.Equal(
            new[] { "actors", "articles", "events", "figures", "meetings", "mentions", "positions", "proposals", "roles", "statements" },
            fields.Select(f => f.Path.Split('/')[0]).Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.True(fields.Count > 300 && words > 4000, checkedWhat);

        var copied = fields
            .SelectMany(f => CopiedRuns(f.Text, articleRuns).Select(run => f.Path + ": " + run))
            .ToList();
        Assert.True(copied.Count == 0, $"{copied.Count} free-text fields copy article prose ({checkedWhat}):\n" + string.Join("\n", copied));
    }

    [SourcesFact]
    public void The_check_catches_a_planted_copy_and_spares_quotations()
    {
        var articleRuns = ArticleRuns(out _);
        var article = Dataset.Articles.Article002KyivPostGuaranteesAfterDeal;
        var prose = Sources.Text(article);

        // Eight words of article 002 with its own punctuation, typographic quotes and case changed still count.
        const string sentence = "Rubio said President Donald Trump plans to negotiate long-term measures to ensure Ukraine feels safe";
        Assert.Contains(sentence, prose, StringComparison.Ordinal);
        var planted = "In our words: RUBIO said President\u2014Donald Trump, plans to negotiate later.";
        Assert.Equal(RunLength, Words("rubio said president donald trump plans to negotiate").Length);
        var found = Assert.Single(CopiedRuns(planted, articleRuns));
        Assert.Contains(article.Id, found, StringComparison.Ordinal);
        Assert.NotEmpty(CopiedRuns("Summary. " + sentence + ", the diplomats said.", articleRuns));

        // Seven words are not a copy; the same eight words as a marked quotation are allowed.
        Assert.Empty(CopiedRuns("Rubio said President Donald Trump plans to talk about it.", articleRuns));
        Assert.Empty(CopiedRuns("He said \"" + sentence + "\", as printed.", articleRuns));

        // A quotation breaks a run: four words before it and four after do not join into eight.
        Assert.Empty(CopiedRuns("Rubio said President Donald \"x\" Trump plans to negotiate", articleRuns));
    }

    [Fact]
    public void Every_free_text_field_is_collected_and_verbatim_fields_are_not()
    {
        var fields = FreeTextFields();
        var paths = fields.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        // Top-level and nested free text is collected...
        Assert.Contains("statements/rubio-guarantees-only-after-peace-deal.summary", paths);
        Assert.Contains("statements/rubio-guarantees-only-after-peace-deal.source", paths);
        Assert.Contains("statements/state-department-denies-rubio-account.links[1].note", paths);
        Assert.Contains("statements/state-department-denies-rubio-account.note", paths);
        Assert.Contains("meetings/geneva-talks-2025-11.outcome", paths);
        Assert.Contains("meetings/geneva-talks-2025-11.startInferredFrom", paths);
        Assert.Contains("meetings/witkoff-kushner-moscow-visit.participants[1].note", paths);
        Assert.Contains("proposals/us-peace-plan.terms[0].text", paths);
        Assert.Contains("figures/us-military-aid-to-ukraine-67-billion-usd.measure", paths);
        Assert.Contains("figures/us-military-aid-to-ukraine-67-billion-usd.unit", paths);
        Assert.Contains("events/state-department-white-house-no-response.name", paths);
        Assert.Contains("articles/article-001-lords-press-peace-deal-first.summary", paths);
        Assert.Contains("mentions/volodymyr-zelenskyy-mentions.note", paths);
        Assert.Contains("actors/marco-rubio.summary", paths);
        Assert.Contains("roles/don-bacon-representative.note", paths);
        Assert.Contains("positions/united-states-after-deal-001.summary", paths);

        // ...and nothing verbatim by definition is.
        Assert.DoesNotContain(paths, p => p.Contains(".evidence[", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.Contains(".quotes[", StringComparison.Ordinal) && p.EndsWith(".text", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.EndsWith(".title", StringComparison.Ordinal) || p.Contains(".phrases[", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, p => p.EndsWith(".id", StringComparison.Ordinal) || p.EndsWith(".sha256", StringComparison.Ordinal));
    }
}
