using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using SeedData.Json;

namespace SeedData;

/// <summary>
/// A whole dataset as plain values: what <see cref="Dataset.WriteJson(Stream)"/> writes and
/// <see cref="ReadJson(Stream)"/> reads back. <see cref="Dataset.Snapshot"/> is the built-in data;
/// a snapshot read from JSON holds new record instances equal to the built-in ones.
/// </summary>
public sealed class DatasetSnapshot : IEquatable<DatasetSnapshot>
{
    /// <summary>Creates a snapshot. Every reference inside the records should point to a record of the same snapshot.</summary>
    /// <param name="version">The dataset version.</param>
    /// <param name="contentHash">The SHA-256 (hex) of the data files the records came from.</param>
    /// <param name="actors">The actors.</param>
    /// <param name="articles">The articles.</param>
    /// <param name="roles">The roles.</param>
    /// <param name="mentions">The mentions (the evidence for the actors).</param>
    /// <param name="statements">The statements.</param>
    /// <param name="meetings">The meetings.</param>
    /// <param name="proposals">The proposals.</param>
    /// <param name="figures">The figures.</param>
    /// <param name="events">The events.</param>
    public DatasetSnapshot(
        string version,
        string contentHash,
        ImmutableArray<Actor> actors,
        ImmutableArray<Article> articles,
        ImmutableArray<Role> roles,
        ImmutableArray<Mention> mentions,
        ImmutableArray<Statement> statements,
        ImmutableArray<Meeting> meetings,
        ImmutableArray<Proposal> proposals,
        ImmutableArray<Figure> figures,
        ImmutableArray<Event> events)
    {
        Version = version ?? throw new ArgumentNullException(nameof(version));
        ContentHash = contentHash ?? throw new ArgumentNullException(nameof(contentHash));
        Actors = actors.IsDefault ? [] : actors;
        Articles = articles.IsDefault ? [] : articles;
        Roles = roles.IsDefault ? [] : roles;
        Mentions = mentions.IsDefault ? [] : mentions;
        Statements = statements.IsDefault ? [] : statements;
        Meetings = meetings.IsDefault ? [] : meetings;
        Proposals = proposals.IsDefault ? [] : proposals;
        Figures = figures.IsDefault ? [] : figures;
        Events = events.IsDefault ? [] : events;
    }

    /// <summary>The dataset version (<see cref="Dataset.Version"/> for the built-in data).</summary>
    public string Version { get; }

    /// <summary>The SHA-256 (hex) of the data files (<see cref="Dataset.ContentHash"/> for the built-in data).</summary>
    public string ContentHash { get; }

    /// <summary>The actors, in data file order.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>The articles, in data file order.</summary>
    public ImmutableArray<Article> Articles { get; }

    /// <summary>The roles, in data file order.</summary>
    public ImmutableArray<Role> Roles { get; }

    /// <summary>The mentions (where the articles name each actor), in data file order.</summary>
    public ImmutableArray<Mention> Mentions { get; }

    /// <summary>The statements, in data file order.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>The meetings, in data file order.</summary>
    public ImmutableArray<Meeting> Meetings { get; }

    /// <summary>The proposals, in data file order.</summary>
    public ImmutableArray<Proposal> Proposals { get; }

    /// <summary>The figures, in data file order.</summary>
    public ImmutableArray<Figure> Figures { get; }

    /// <summary>The events, in data file order.</summary>
    public ImmutableArray<Event> Events { get; }

    /// <summary>
    /// Writes the snapshot as one UTF-8 JSON document: <c>{"version", "contentHash", "actors": [...], ...}</c>,
    /// camelCase keys, references as ids, enums as kebab-case strings, dates as EDTF strings, nulls and empty
    /// lists omitted, indented, ending in a newline. The same snapshot always gives the same bytes.
    /// </summary>
    /// <param name="stream">The stream to write to; it is flushed, not closed.</param>
    public void WriteJson(Stream stream) => DatasetJson.Write(this, stream);

    /// <summary>The JSON document of <see cref="WriteJson(Stream)"/> as a string.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        WriteJson(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a document written by <see cref="WriteJson(Stream)"/> back into records, resolving ids to records.</summary>
    /// <param name="stream">The stream to read (UTF-8 JSON).</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="FormatException">The JSON is malformed, or has unknown keys, enum values, dates or ids, or a reference cycle.</exception>
    public static DatasetSnapshot ReadJson(Stream stream) => DatasetJson.Read(stream);

    /// <summary>Reads a document from a string (see <see cref="ReadJson(Stream)"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="FormatException">The JSON is not a valid dataset document.</exception>
    public static DatasetSnapshot FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var buffer = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return ReadJson(buffer);
    }

    /// <summary>Equal when version, hash and every collection are equal record by record, in order.</summary>
    /// <param name="other">The other snapshot.</param>
    /// <returns>Whether the snapshots hold the same data.</returns>
    public bool Equals(DatasetSnapshot? other)
        => other is not null && Version == other.Version && ContentHash == other.ContentHash
        && RecordSupport.SameValues(Actors, other.Actors) && RecordSupport.SameValues(Articles, other.Articles)
        && RecordSupport.SameValues(Roles, other.Roles) && RecordSupport.SameValues(Mentions, other.Mentions)
        && RecordSupport.SameValues(Statements, other.Statements)
        && RecordSupport.SameValues(Meetings, other.Meetings) && RecordSupport.SameValues(Proposals, other.Proposals)
        && RecordSupport.SameValues(Figures, other.Figures) && RecordSupport.SameValues(Events, other.Events);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DatasetSnapshot other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Version, ContentHash, Actors.Length, Statements.Length);

    /// <summary>A one-line summary with the record counts.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
        => $"SeedData {Version} ({ContentHash[..Math.Min(12, ContentHash.Length)]}): {Actors.Length} actors, {Articles.Length} articles, "
        + $"{Roles.Length} roles, {Mentions.Length} mentions, {Statements.Length} statements, {Meetings.Length} meetings, "
        + $"{Proposals.Length} proposals, {Figures.Length} figures, {Events.Length} events";
}
