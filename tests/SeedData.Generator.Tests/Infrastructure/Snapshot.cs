using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace SeedData.Generator.Tests.Infrastructure;

/// <summary>
/// Golden files in Verify's layout: <c>Snapshots/Name.verified.cs</c> (or <c>.verified.txt</c>) beside the tests. A mismatch writes
/// <c>Name.received.cs</c> and fails; set SEEDDATA_ACCEPT_SNAPSHOTS=1 to accept the received text instead.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "SEEDDATA_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string actual, string extension = ".verified.cs", [CallerFilePath] string callerPath = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        string verified = Path.Combine(directory, name + extension);
        string received = Path.Combine(directory, name + extension.Replace(".verified", ".received", StringComparison.Ordinal));
        bool accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";

        if (File.Exists(verified) && File.ReadAllText(verified) == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(directory);
        if (accept)
        {
            File.WriteAllText(verified, actual);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail($"Snapshot '{name}' differs from {verified}. Compare with {received}; rerun with {AcceptVariable}=1 to accept.");
    }
}
