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
}
