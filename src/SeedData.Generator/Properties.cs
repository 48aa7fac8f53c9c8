using System.Runtime.CompilerServices;

// The tests read the parser and model directly, besides running the generator end to end.
[assembly: InternalsVisibleTo("SeedData.Generator.Tests")]
