using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/SeedData.Benchmarks -- --filter '*'
// Each benchmark class has a baseline measured in the same run; read the Ratio column.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
