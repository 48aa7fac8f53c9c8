using BenchmarkDotNet.Running;
using SeedData.Benchmarks.Scale;

// dotnet run -c Release --project bench/SeedData.Benchmarks -- --filter '*'   BenchmarkDotNet: run-time code and one generator run
// dotnet run -c Release --project bench/SeedData.Benchmarks -- scale [...]     the scale harness: builds and cold starts (bench/scale.sh)
// dotnet run -c Release --project bench/SeedData.Benchmarks -- steps [records] [indexed]   where one generator run spends its time
// dotnet run -c Release --project bench/SeedData.Benchmarks -- bounded [runs]    BoundedWorkBenchmarks' pairs timed in turns, median ratios
// Every benchmark has a baseline measured in the same run; read the ratios.
if (args.Length > 0 && args[0] == "scale") return ScaleHarness.Run(args[1..]);
if (args.Length > 0 && args[0] == "steps") return SeedData.Benchmarks.GeneratorSteps.Run(args[1..]);
if (args.Length > 0 && args[0] == "bounded") return SeedData.Benchmarks.BoundedWorkBenchmarks.RunInTurns(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

public partial class Program;
