namespace SeedData.Generator.Tests;

/// <summary>Representative declarations and data shared by the tests.</summary>
internal static class Samples
{
    /// <summary>The quick start of the README: actors and statements that reference them.</summary>
    public const string NewsRecords = """
        using System;
        using System.Collections.Immutable;
        using SeedData;

        namespace News;

        public enum ActorKind { Person, Government, UnnamedGroup }

        [SeedRecord("actors")]
        public sealed partial record Actor(string Id, string Name, ActorKind Kind,
            ImmutableArray<string> Aliases = default, string? WikidataId = null);

        [SeedRecord("statements")]
        public sealed partial record Statement(string Id, Actor Speaker, string Summary,
            ImmutableArray<Actor> Audience = default, DateOnly? SaidOn = null, string? Quote = null,
            Statement? RespondsTo = null);

        [SeedDataset]
        public static partial class Data;
        """;

    public const string NewsActors = """
        actors:
          - id: marco-rubio
            name: Marco Rubio
            kind: person
            aliases: [Rubio]
            wikidataId: Q324546
          - id: european-officials
            name: European officials
            kind: unnamed-group
        """;

    public const string NewsStatements = """
        statements:
          - id: rubio-guarantees-after-deal
            speaker: marco-rubio
            summary: Told European officials that guarantees would come after a deal.
            audience: [european-officials]
            saidOn: 2025-11-25
          - id: officials-reply
            speaker: european-officials
            summary: Asked for guarantees first.
            respondsTo: rubio-guarantees-after-deal
        """;

    /// <summary>Every supported value type, nested records, lists and a project's own parsable scalar.</summary>
    public const string AllTypesRecords = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Globalization;
        using SeedData;

        namespace Types;

        public enum Shade { Light, DarkBlue, NATOGreen }

        public readonly record struct Money(decimal Amount, string Currency)
        {
            public static Money Parse(string text, IFormatProvider? provider)
            {
                var parts = text.Split(' ');
                return new Money(decimal.Parse(parts[0], provider), parts[1]);
            }
            public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency;
        }

        public sealed record Point(double X, double Y, string? Label = null);

        [SeedRecord("tags")]
        public sealed partial record Tag(string Id, string Name);

        [SeedRecord("samples")]
        public sealed partial record Sample(
            string Id,
            string Text,
            bool Flag,
            int Small,
            long Large,
            double Ratio,
            decimal Price,
            Shade Shade,
            DateOnly Day,
            DateTimeOffset Moment,
            Uri Link,
            Money Cost,
            Point Where,
            int? MaybeNumber = null,
            Shade? MaybeShade = null,
            Tag? MainTag = null,
            ImmutableArray<Tag> Tags = default,
            IReadOnlyList<int>? Counts = null,
            ImmutableArray<Point> Path = default,
            string @event = "none");

        [SeedDataset]
        internal static partial class Catalog;
        """;

    public const string AllTypesData = """
        tags:
          - { id: red, name: Red }
          - { id: blue, name: Blue }
        samples:
          - id: first
            text: "Quoted: text, with # signs"
            flag: true
            small: -42
            large: 9000000000
            ratio: 0.1
            price: 19.99
            shade: nato-green
            day: 2025-11-25
            moment: 2025-11-25T14:30:00+02:00
            link: https://example.org/a?b=c
            cost: 12.50 EUR
            where: { x: 1.5, y: -2 }
            maybeNumber: 7
            maybeShade: dark-blue
            mainTag: red
            tags: [red, blue]
            counts: [1, 2, 3]
            path:
              - { x: 0, y: 0, label: start }
              - { x: 1e3, y: 2.5 }
            event: launch
          - id: second
            text: |
              Two
              lines
            flag: false
            small: 0
            large: -1
            ratio: 3
            price: 0
            shade: light
            day: 2024-02-29
            moment: 2025-01-01T00:00:00Z
            link: https://example.org/
            cost: 1 USD
            where: { x: 0, y: 0 }
            maybeNumber: null
        """;

    /// <summary>References reached through nested records and lists, for reverse lookups.</summary>
    public const string ClaimsRecords = """
        using System.Collections.Immutable;
        using SeedData;
        namespace Claims;
        [SeedRecord("articles")] public sealed partial record Article(string Id, string Title);
        public sealed partial record Evidence(Article Article, string Phrase);
        [SeedRecord("claims")] public sealed partial record Claim(string Id, ImmutableArray<Evidence> Evidence, Evidence? Main = null);
        [SeedDataset] public static partial class Data;
        """;

    public const string ClaimsData = """
        articles:
          - { id: a1, title: One }
          - { id: a2, title: Two }
          - { id: a3, title: Three }
        claims:
          - id: c1
            evidence: [{ article: a1, phrase: x }, { article: a2, phrase: y }]
          - id: c2
            evidence: [{ article: a1, phrase: x }, { article: a1, phrase: z }]
            main: { article: a2, phrase: w }
        """;

    /// <summary>Struct records, keyword parameter names and the global namespace.</summary>
    public const string GarageRecords = """
        using System.Collections.Generic;
        using SeedData;
        [SeedRecord("colours")] public readonly partial record struct Colour(string Id, string Name);
        [SeedRecord("cars")] public sealed partial record Car(string Id, Colour Colour, Colour? Trim = null, IReadOnlyList<Colour>? Options = null, string @class = "compact");
        [SeedDataset] internal static partial class Garage;
        """;

    public const string GarageData = """
        colours:
          - { id: red, name: Red }
          - { id: blue, name: Blue }
        cars:
          - { id: mini, colour: red, trim: blue, options: [blue, red], class: small }
          - { id: van, colour: blue }
        """;

    /// <summary>
    /// Every value kind at its edges: extreme numbers, decimal scale, negative zero, enum underlying types,
    /// optional parameters with non-null defaults (absent, null and given), nullable items, nested structs with
    /// references, long and unusual text (escapes, line separators, emoji, right-to-left, BOM).
    /// </summary>
    public const string EdgeRecords = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using SeedData;

        namespace Edge;

        public enum Level : short { Low = -5, Mid = 0, High = 300 }
        public enum Big : ulong { Zero = 0, Max = 18446744073709551615 }

        public sealed record Range(int From, int To = 10, string? Label = "none");
        public readonly record struct Pair(string Key, Tag? Tag = null);

        [SeedRecord("tags")] public sealed partial record Tag(string Id, string Name = "unnamed");

        [SeedRecord("values")]
        public sealed partial record Value(
            string Id,
            string Text,
            int Int = 5,
            long Long = -1,
            double Double = 1.5,
            decimal Decimal = 2.50m,
            bool Bool = true,
            Level Level = Level.High,
            Big Big = Big.Zero,
            DateOnly? Date = null,
            DateTimeOffset? Moment = null,
            Uri? Link = null,
            Range? Range = null,
            ImmutableArray<Range> Ranges = default,
            IReadOnlyList<Pair>? Pairs = null,
            ImmutableArray<Tag> Tags = default,
            IReadOnlyList<Tag>? TagList = null,
            ImmutableArray<int?> MaybeInts = default,
            ImmutableArray<string?> MaybeTexts = default,
            Tag? Tag = null,
            Value? Previous = null,
            string? Note = "default note");

        [SeedDataset] public static partial class Bag;
        """;

    public static readonly string EdgeData = """
        tags:
          - { id: t1, name: First }
          - { id: t2 }
        values:
          - id: v1
            text: "quote \" backslash \\ tab \t newline \n nul \0 del \x7f nel \N ls \L ps \P bom \uFEFF emoji \U0001F600 rtl שלום e\u0301"
            int: -2147483648
            long: 9223372036854775807
            double: 5e-324
            decimal: 79228162514264337593543950335
            bool: false
            level: low
            big: max
            date: 0001-01-01
            moment: 9999-12-31T23:59:59.9999999+14:00
            link: https://例え.jp/パス?q=1&r=ü#frag
            range: { from: -1 }
          - id: v2
            text: ''
            int: 2147483647
            long: -9223372036854775808
            double: -0.0
            decimal: -0.0000000000000000000000000001
            level: mid
            date: 9999-12-31
            moment: 0001-01-01T00:00:00Z
            previous: v1
          - id: v3
            text: defaults everywhere
          - id: v4
            text: nulls and lists
            double: 1.7976931348623157e308
            decimal: 12.500
            note: null
            range: null
            maybeInts: [1, null, 3]
            maybeTexts: [a, null, '', "~"]
            pairs: [{ key: k, tag: t1 }, { key: k2 }]
            ranges: [{ from: 1 }, { from: 2, to: 3, label: null }]
            tags: []
            tagList: [t1, t2, t1]
            tag: t2
            previous: v2
          - id: v5
            double: 0.1
        """ + "\n    text: \"" + string.Concat(System.Linq.Enumerable.Repeat("long text ", 7000)) + "\"\n";

    /// <summary>Enough records to need many build methods (and, in a data image, several chunks).</summary>
    public static string ManyRecordsData(int actors)
    {
        var builder = new System.Text.StringBuilder("actors:\n");
        for (int i = 0; i < actors; i++)
        {
            builder.Append("  - { id: actor-").Append(i).Append(", name: Actor ").Append(i).Append(", kind: ")
                .Append(i % 3 == 0 ? "person" : i % 3 == 1 ? "government" : "unnamed-group").Append(", aliases: [A").Append(i).Append("] }\n");
        }
        builder.Append("statements:\n");
        for (int i = 0; i < actors * 4; i++)
        {
            builder.Append("  - { id: statement-").Append(i).Append(", speaker: actor-").Append(i % actors)
                .Append(", summary: \"Statement ").Append(i).Append("\", audience: [actor-").Append((i + 1) % actors)
                .Append("], saidOn: 2025-11-").Append((10 + i % 20).ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Backward and forward references, so records are built in dependency order rather than file order.
            if (i > 0 && i % 7 == 0) builder.Append(", respondsTo: statement-").Append(i - 1);
            else if (i % 11 == 5 && i + 3 < actors * 4) builder.Append(", respondsTo: statement-").Append(i + 3);
            builder.Append(" }\n");
        }
        return builder.ToString();
    }
}
