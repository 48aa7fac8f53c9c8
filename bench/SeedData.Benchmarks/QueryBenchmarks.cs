using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace SeedData.Benchmarks;

/// <summary>
/// The generated queries after their first call against what a user would build by hand over the same records: a
/// key lookup against a <c>FrozenDictionary</c>, <c>FindBy</c> on a non-unique index against a precomputed
/// <c>ILookup</c>, <c>FindRangeBy</c> and <c>FindClosestBy</c> against a binary search over a sorted array. The
/// synthetic data with two indexes per collection is generated, compiled and loaded in the process at setup, and each
/// side is compiled into that assembly beside the dataset, so both are called the same way; setup checks that both
/// sides read the same records. Sizes: <c>SEEDDATA_BENCH_RECORDS</c> (comma-separated, default 100,000).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    // Each pair reads the same records and sums their summaries' lengths, so neither side can skip the work.
    private const string Queries = """
        using System;
        using System.Collections.Frozen;
        using System.Linq;
        namespace Scale;
        public sealed class Queries
        {
            private readonly string[] _ids;
            private readonly DateOnly?[] _dates;
            private readonly (DateOnly Min, DateOnly Max)[] _ranges;
            private readonly DateOnly[] _closest;
            private readonly FrozenDictionary<string, Statement> _byId;
            private readonly ILookup<DateOnly?, Statement> _byDate;
            private readonly DateOnly[] _sortedDates;
            private readonly Statement[] _sortedByDate;

            public Queries()
            {
                var statements = Data.Statements.AsImmutableArray();
                // 1,000 ids spread over the collection, plus one that is missing; copies, as a caller's strings would be.
                int step = Math.Max(1, statements.Length / 1000);
                _ids = Enumerable.Range(0, Math.Min(1000, statements.Length)).Select(i => new string(statements[i * step].Id.AsSpan())).Append("nobody").ToArray();
                _dates = Enumerable.Range(0, 16).Select(i => (DateOnly?)new DateOnly(2025, 1 + i % 12, 1 + i * 7 % 28)).Append(null).ToArray();
                _ranges = Enumerable.Range(0, 16).Select(i => (new DateOnly(2025, 1 + i % 12, 3), new DateOnly(2025, 1 + i % 12, 9))).ToArray();
                // Days 29 to 31 hold no statement: the nearest lower value is the 28th.
                _closest = Enumerable.Range(0, 16).Select(i => new DateOnly(2025, 1 + i % 12, i % 2 == 0 ? 30 : 14)).ToArray();
                _byId = statements.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
                _byDate = statements.ToLookup(s => s.SaidOn);
                var dated = statements.Where(s => s.SaidOn is not null).OrderBy(s => s.SaidOn).ToArray();
                _sortedByDate = dated;
                _sortedDates = dated.Select(s => s.SaidOn!.Value).ToArray();
            }

            public int KeyGenerated()
            {
                int sum = 0;
                foreach (string id in _ids) if (Data.Statements.TryGet(id, out var s)) sum += s.Summary.Length;
                return sum;
            }

            public int KeyFrozenDictionary()
            {
                int sum = 0;
                foreach (string id in _ids) if (_byId.TryGetValue(id, out var s)) sum += s.Summary.Length;
                return sum;
            }

            public int FindByGenerated()
            {
                int sum = 0;
                foreach (var date in _dates) foreach (var s in Data.Statements.FindBySaidOn(date)) sum += s.Summary.Length;
                return sum;
            }

            public int FindByLookup()
            {
                int sum = 0;
                foreach (var date in _dates) foreach (var s in _byDate[date]) sum += s.Summary.Length;
                return sum;
            }

            public int FindRangeByGenerated()
            {
                int sum = 0;
                foreach (var (min, max) in _ranges) foreach (var s in Data.Statements.FindRangeBySaidOn(min, max)) sum += s.Summary.Length;
                return sum;
            }

            public int FindRangeByBinarySearch()
            {
                int sum = 0;
                foreach (var (min, max) in _ranges)
                    for (int i = LowerBound(min), end = LowerBound(max.AddDays(1)); i < end; i++) sum += _sortedByDate[i].Summary.Length;
                return sum;
            }

            public int FindClosestByGenerated()
            {
                int sum = 0;
                foreach (var date in _closest) foreach (var s in Data.Statements.FindClosestBySaidOn(date)) sum += s.Summary.Length;
                return sum;
            }

            public int FindClosestByBinarySearch()
            {
                int sum = 0;
                foreach (var date in _closest)
                {
                    int end = LowerBound(date.AddDays(1));
                    if (end == 0) continue;
                    var nearest = _sortedDates[end - 1];
                    for (int i = LowerBound(nearest); i < end; i++) sum += _sortedByDate[i].Summary.Length;
                }
                return sum;
            }

            // The first position whose date is at or after value.
            private int LowerBound(DateOnly value)
            {
                int low = 0, high = _sortedDates.Length;
                while (low < high)
                {
                    int mid = (low + high) >>> 1;
                    if (_sortedDates[mid] < value) low = mid + 1; else high = mid;
                }
                return low;
            }
        }
        """;

    private static readonly string[] Pairs = { "Key", "FindBy", "FindRangeBy", "FindClosestBy" };

    private Dictionary<string, Func<int>> _queries = null!;
    private Func<int> _keyFrozenDictionary = null!, _keyGenerated = null!, _findByLookup = null!, _findByGenerated = null!;
    private Func<int> _findRangeByBinarySearch = null!, _findRangeByGenerated = null!, _findClosestByBinarySearch = null!, _findClosestByGenerated = null!;

    public static IEnumerable<int> Sizes()
        => (Environment.GetEnvironmentVariable("SEEDDATA_BENCH_RECORDS") ?? "100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    [ParamsSource(nameof(Sizes))]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticData.Create(Records);
        var assembly = InProcess.Build(data.YamlFiles(), SyntheticData.IndexedRecords, Queries);
        object queries = Activator.CreateInstance(assembly.GetType("Scale.Queries")!)!;
        _queries = queries.GetType().GetMethods().Where(m => m.ReturnType == typeof(int) && m.GetParameters().Length == 0)
            .ToDictionary(m => m.Name, m => m.CreateDelegate<Func<int>>(queries), StringComparer.Ordinal);
        (_keyFrozenDictionary, _keyGenerated) = (_queries["KeyFrozenDictionary"], _queries["KeyGenerated"]);
        (_findByLookup, _findByGenerated) = (_queries["FindByLookup"], _queries["FindByGenerated"]);
        (_findRangeByBinarySearch, _findRangeByGenerated) = (_queries["FindRangeByBinarySearch"], _queries["FindRangeByGenerated"]);
        (_findClosestByBinarySearch, _findClosestByGenerated) = (_queries["FindClosestByBinarySearch"], _queries["FindClosestByGenerated"]);
        // Both sides of each pair read the same records; the first calls also build every record a query returns.
        foreach (string pair in Pairs)
        {
            var (generated, baseline) = (_queries[pair + "Generated"](), _queries.Single(q => q.Key.StartsWith(pair, StringComparison.Ordinal) && !q.Key.EndsWith("Generated", StringComparison.Ordinal)).Value());
            if (generated != baseline || generated == 0)
                throw new InvalidOperationException($"{pair}: the generated query read {generated}, the baseline {baseline} (summary characters); they must read the same records, and some.");
            Console.WriteLine($"// {pair}: both sides read {generated:N0} summary characters over {data.Statements.Count:N0} statements");
        }
    }

    [BenchmarkCategory("key"), Benchmark(Baseline = true, Description = "FrozenDictionary<string, Statement> (1,001 keys)")]
    public int KeyFrozenDictionary() => _keyFrozenDictionary();

    [BenchmarkCategory("key"), Benchmark(Description = "Statements.TryGet (1,001 keys)")]
    public int KeyGenerated() => _keyGenerated();

    [BenchmarkCategory("FindBy"), Benchmark(Baseline = true, Description = "ILookup<DateOnly?, Statement> (17 dates)")]
    public int FindByLookup() => _findByLookup();

    [BenchmarkCategory("FindBy"), Benchmark(Description = "Statements.FindBySaidOn (17 dates)")]
    public int FindByGenerated() => _findByGenerated();

    [BenchmarkCategory("FindRangeBy"), Benchmark(Baseline = true, Description = "binary search, sorted array (16 weeks)")]
    public int FindRangeByBinarySearch() => _findRangeByBinarySearch();

    [BenchmarkCategory("FindRangeBy"), Benchmark(Description = "Statements.FindRangeBySaidOn (16 weeks)")]
    public int FindRangeByGenerated() => _findRangeByGenerated();

    [BenchmarkCategory("FindClosestBy"), Benchmark(Baseline = true, Description = "binary search, sorted array (16 dates)")]
    public int FindClosestByBinarySearch() => _findClosestByBinarySearch();

    [BenchmarkCategory("FindClosestBy"), Benchmark(Description = "Statements.FindClosestBySaidOn (16 dates)")]
    public int FindClosestByGenerated() => _findClosestByGenerated();
}
