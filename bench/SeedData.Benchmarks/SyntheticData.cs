using System.Text;

namespace SeedData.Benchmarks;

/// <summary>A dataset of any size in the shape of the README quick start: actors and statements that reference them.</summary>
internal static class SyntheticData
{
    public const string Records = """
        using System;
        using System.Collections.Immutable;
        using SeedData;
        namespace Bench;
        public enum ActorKind { Person, Government, UnnamedGroup }
        [SeedRecord("actors")]
        public sealed partial record Actor(string Id, string Name, ActorKind Kind, ImmutableArray<string> Aliases = default, string? WikidataId = null);
        [SeedRecord("statements")]
        public sealed partial record Statement(string Id, Actor Speaker, string Summary, ImmutableArray<Actor> Audience = default, DateOnly? SaidOn = null);
        [SeedDataset]
        public static partial class Data;
        """;

    /// <summary>YAML with <paramref name="actors"/> actors and four statements per actor.</summary>
    public static string Yaml(int actors)
    {
        var builder = new StringBuilder("actors:\n");
        for (int i = 0; i < actors; i++)
        {
            builder.Append("  - id: actor-").Append(i).Append("\n    name: Actor number ").Append(i)
                .Append("\n    kind: ").Append(i % 2 == 0 ? "person" : "government")
                .Append("\n    aliases: [A").Append(i).Append(", Alias ").Append(i).Append("]\n");
        }
        builder.Append("statements:\n");
        for (int i = 0; i < actors * 4; i++)
        {
            builder.Append("  - id: statement-").Append(i).Append("\n    speaker: actor-").Append(i % actors)
                .Append("\n    summary: Statement ").Append(i).Append(" about security guarantees and a deal.")
                .Append("\n    audience: [actor-").Append((i + 1) % actors).Append(", actor-").Append((i + 2) % actors).Append(']')
                .Append("\n    saidOn: 2025-11-").Append(10 + i % 20).Append('\n');
        }
        return builder.ToString();
    }
}
