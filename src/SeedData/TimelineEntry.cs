using System;
using System.Text;

namespace SeedData;

/// <summary>One dated fact of the dataset on <see cref="Dataset.Timeline"/>: a record and one of its date fields.</summary>
/// <param name="Date">The date, as precise as the source supports.</param>
/// <param name="InferredFrom">The basis when the date is worked out from the text rather than printed; else none.</param>
/// <param name="Collection">The record's collection: <c>statements</c>, <c>meetings</c>, <c>proposals</c>, <c>figures</c>, <c>events</c> or <c>articles</c>.</param>
/// <param name="Field">The record's date field, camelCase: <c>saidOn</c>, <c>start</c>, <c>end</c>, <c>date</c>, <c>dateValue</c>, <c>asOf</c>, <c>publishedOn</c>.</param>
/// <param name="Label">A short label: the record's name or summary.</param>
/// <param name="Record">The dated record.</param>
public sealed record TimelineEntry(PartialDate Date, string? InferredFrom, string Collection, string Field, string Label, ISeedRecord Record)
{
    /// <summary>True when the date was worked out from the text rather than printed.</summary>
    public bool IsInferred => InferredFrom is not null;

    /// <summary>The record's id.</summary>
    public string Id => Record.Id;

    private bool PrintMembers(StringBuilder builder) => new RecordSupport.Printer(builder)
        .Value("Date", Date).Value("Collection", Collection).Value("Field", Field).Value("Id", Record.Id)
        .Text("Label", Label).Text("InferredFrom", InferredFrom).Done();

    /// <inheritdoc />
    public bool Equals(TimelineEntry? other)
        => other is not null && Date == other.Date && InferredFrom == other.InferredFrom && Collection == other.Collection
        && Field == other.Field && Label == other.Label && string.Equals(Record.Id, other.Record.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Collection, Field, Record.Id);
}
