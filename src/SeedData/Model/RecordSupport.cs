using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace SeedData;

/// <summary>
/// Equality and printing for the hand-written records the generator does not see (snapshots, timeline
/// entries, an article's records); the data records get theirs from the generator. References to other records compare and print
/// by id; lists compare element-wise (an omitted list equals an empty one).
/// </summary>
internal static class RecordSupport
{
    public static bool SameRef<T>(T? a, T? b)
        where T : class, ISeedRecord
        => a is null ? b is null : b is not null && string.Equals(a.Id, b.Id, StringComparison.Ordinal);

    public static bool SameRefs<T>(ImmutableArray<T> a, ImmutableArray<T> b)
        where T : class, ISeedRecord
    {
        var x = a.IsDefault ? ImmutableArray<T>.Empty : a;
        var y = b.IsDefault ? ImmutableArray<T>.Empty : b;
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!SameRef(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool SameValues<T>(ImmutableArray<T> a, ImmutableArray<T> b)
    {
        var x = a.IsDefault ? ImmutableArray<T>.Empty : a;
        var y = b.IsDefault ? ImmutableArray<T>.Empty : b;
        if (x.Length != y.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < x.Length; i++)
        {
            if (!comparer.Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds the body of a record's <c>ToString</c>, skipping nulls and empty lists.</summary>
    public sealed class Printer
    {
        private readonly StringBuilder builder;
        private bool first = true;

        public Printer(StringBuilder builder) => this.builder = builder;

        public Printer Text(string name, string? value)
        {
            if (value is not null)
            {
                Name(name).Append('"').Append(value.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
            }

            return this;
        }

        public Printer Value<T>(string name, T? value)
        {
            if (value is not null)
            {
                Name(name).Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            }

            return this;
        }

        public Printer Ref(string name, ISeedRecord? value)
        {
            if (value is not null)
            {
                Name(name).Append(value.Id);
            }

            return this;
        }

        public Printer Refs<T>(string name, ImmutableArray<T> values)
            where T : class, ISeedRecord
        {
            if (!values.IsDefaultOrEmpty)
            {
                Name(name).Append('[');
                for (var i = 0; i < values.Length; i++)
                {
                    builder.Append(i == 0 ? "" : ", ").Append(values[i].Id);
                }

                builder.Append(']');
            }

            return this;
        }

        public Printer Values<T>(string name, ImmutableArray<T> values)
        {
            if (!values.IsDefaultOrEmpty)
            {
                Name(name).Append('[');
                for (var i = 0; i < values.Length; i++)
                {
                    builder.Append(i == 0 ? "" : ", ");
                    if (values[i] is string s)
                    {
                        builder.Append('"').Append(s.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                    }
                    else
                    {
                        builder.Append(Convert.ToString(values[i], CultureInfo.InvariantCulture));
                    }
                }

                builder.Append(']');
            }

            return this;
        }

        private StringBuilder Name(string name)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            return builder.Append(name).Append(" = ");
        }

        public bool Done() => !first;
    }
}
