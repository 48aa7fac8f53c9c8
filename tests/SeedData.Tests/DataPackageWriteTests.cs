using System;
using System.IO;
using System.Linq;
using Xunit;

namespace SeedData.Tests;

/// <summary>
/// <see cref="Dataset.WriteDataPackage(string)"/> on a real file system: it replaces a package as one change, never
/// writes through a link it did not make, removes what the old package owned, keeps every other file, and fails
/// before changing anything when a folder is in the way.
/// </summary>
public sealed class DataPackageWriteTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "seeddata-write-" + Guid.NewGuid().ToString("N"));

    public DataPackageWriteTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Package => Path.Combine(root, "package");

    /// <summary>Nothing but the package (and what a test put there) is left beside it: no half-written folder.</summary>
    private void AssertNothingLeftBeside(params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal), Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    [Fact]
    public void A_new_folder_gets_every_file_and_nothing_is_left_beside_it()
    {
        Dataset.WriteDataPackage(Package);
        var written = Directory.GetFiles(Package).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Dataset.DataPackageFiles().Select(f => f.Key).Order(StringComparer.Ordinal), written);
        Assert.Equal(21, written.Count);
        AssertNothingLeftBeside("package");
    }

    [Fact]
    public void A_link_planted_in_the_folder_is_replaced_never_written_through()
    {
        Dataset.WriteDataPackage(Package);
        string victim = Path.Combine(root, "victim.txt");
        File.WriteAllText(victim, "not yours");
        File.Delete(Path.Combine(Package, "actors.csv"));
        File.CreateSymbolicLink(Path.Combine(Package, "actors.csv"), victim);

        Dataset.WriteDataPackage(Package);

        Assert.Equal("not yours", File.ReadAllText(victim));
        var actors = new FileInfo(Path.Combine(Package, "actors.csv"));
        Assert.Null(actors.LinkTarget);
        Assert.StartsWith("id,", File.ReadAllText(actors.FullName));
        AssertNothingLeftBeside("package", "victim.txt");
    }

    [Fact]
    public void A_folder_where_a_file_goes_fails_before_anything_changes()
    {
        Dataset.WriteDataPackage(Package);
        File.Delete(Path.Combine(Package, "meetings.csv"));
        Directory.CreateDirectory(Path.Combine(Package, "meetings.csv"));
        var before = Directory.EnumerateFileSystemEntries(Package).Select(p => (Path.GetFileName(p), File.GetLastWriteTimeUtc(p))).Order().ToList();

        var error = Assert.Throws<IOException>(() => Dataset.WriteDataPackage(Package));

        Assert.Contains("meetings.csv", error.Message);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(Package).Select(p => (Path.GetFileName(p), File.GetLastWriteTimeUtc(p))).Order().ToList());
        AssertNothingLeftBeside("package");
    }

    [Fact]
    public void What_the_old_package_owned_goes_and_every_other_file_stays()
    {
        Dataset.WriteDataPackage(Package);
        // An older version listed a resource this one no longer has; the user keeps notes of their own beside it.
        string descriptor = Path.Combine(Package, "datapackage.json");
        File.WriteAllText(descriptor, File.ReadAllText(descriptor).Replace("\"resources\": [", "\"resources\": [\n    { \"name\": \"old\", \"path\": \"old.csv\" },"));
        File.WriteAllText(Path.Combine(Package, "old.csv"), "id\r\n");
        File.WriteAllText(Path.Combine(Package, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(Package, "plots"));

        Dataset.WriteDataPackage(Package);

        Assert.False(File.Exists(Path.Combine(Package, "old.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Package, "notes.txt")));
        Assert.True(Directory.Exists(Path.Combine(Package, "plots")));
        Assert.DoesNotContain("old.csv", File.ReadAllText(descriptor));
        AssertNothingLeftBeside("package");
    }

    [Fact]
    public void A_file_in_place_of_the_folder_is_an_error_and_stays()
    {
        File.WriteAllText(Package, "a file");
        Assert.Throws<IOException>(() => Dataset.WriteDataPackage(Package));
        Assert.Equal("a file", File.ReadAllText(Package));
        AssertNothingLeftBeside("package");
    }
}
