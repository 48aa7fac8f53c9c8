using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SeedData.Generator.Emitting;

/// <summary>
/// A source text made of slices of strings that already exist: the text of a generated file whose bulk is the data
/// image's chunks, which the pipeline keeps anyway. The compiler reads it as it reads any text, in blocks through
/// <see cref="CopyTo"/>; the megabytes of the literals are never copied into a builder and then into a string.
/// </summary>
internal sealed class SegmentedText : SourceText
{
    private readonly string[] _texts;
    private readonly int[] _starts;
    // Where each segment begins in this text; a last entry holds the length.
    private readonly int[] _positions;

    public SegmentedText(IReadOnlyList<(string Text, int Start, int Length)> segments)
    {
        _texts = new string[segments.Count];
        _starts = new int[segments.Count];
        _positions = new int[segments.Count + 1];
        int position = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            var (text, start, length) = segments[i];
            if (start < 0 || length < 0 || start + length > text.Length) throw new ArgumentOutOfRangeException(nameof(segments));
            (_texts[i], _starts[i], _positions[i]) = (text, start, position);
            position = checked(position + length);
        }
        _positions[segments.Count] = position;
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _positions[_positions.Length - 1];

    public override char this[int position]
    {
        get
        {
            if ((uint)position >= (uint)Length) throw new ArgumentOutOfRangeException(nameof(position));
            int segment = SegmentOf(position);
            return _texts[segment][_starts[segment] + position - _positions[segment]];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count) throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        if (count == 0) return;
        int segment = SegmentOf(sourceIndex);
        while (count > 0)
        {
            int within = sourceIndex - _positions[segment];
            int copied = Math.Min(count, _positions[segment + 1] - sourceIndex);
            _texts[segment].CopyTo(_starts[segment] + within, destination, destinationIndex, copied);
            (sourceIndex, destinationIndex, count) = (sourceIndex + copied, destinationIndex + copied, count - copied);
            segment++;
        }
    }

    /// <summary>The last segment that begins at or before <paramref name="position"/> (empty segments are skipped over).</summary>
    private int SegmentOf(int position)
    {
        int found = Array.BinarySearch(_positions, 0, _positions.Length - 1, position);
        if (found < 0) return ~found - 1;
        // Empty segments share a position with the one after them: take the last of equals, which is not empty.
        while (found + 1 < _positions.Length - 1 && _positions[found + 1] == position) found++;
        return found;
    }
}
