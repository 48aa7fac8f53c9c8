using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Tests;

/// <summary>
/// Every field of every record of the dataset against a golden dump. Its first version was written by the
/// code-emitting generator of SeedData 0.1.0, so the data-image emitter that replaced it is proven to build
/// the same records; after that it changes only with the data (and then with the reviewed diff).
/// </summary>
public class DatasetRecordsTests
{
    [Fact]
    public void Every_field_of_every_record_matches_the_golden_dump()
    {
        string dump = RecordDump.Dump(typeof(Dataset));
        Assert.DoesNotContain("NOT THE COLLECTION'S INSTANCE", dump);
        Assert.Contains("== Statements (" + Dataset.Statements.Count + ")", dump);
        Snapshot.Verify("Dataset.records", dump, ".verified.txt");
    }
}
