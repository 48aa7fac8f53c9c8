using System.Runtime.CompilerServices;

namespace SeedData.Generator.Model;

/// <summary>Options for the JIT on the generator's hot paths.</summary>
internal static class Jit
{
    /// <summary>
    /// MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name: the method is compiled optimized
    /// at once. The compiler process runs the generator cold, so without it a large data file would be parsed and bound
    /// by unoptimized tier-0 code for much of the build.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
