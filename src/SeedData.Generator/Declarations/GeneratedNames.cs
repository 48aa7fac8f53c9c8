using System;
using System.Collections.Generic;

namespace SeedData.Generator.Declarations;

/// <summary>
/// The names the generated code gives its members, beside those of the collections: no collection property may take
/// one (SD0048), nor a member the project declares in the dataset class (SD0070), and the helpers named after record
/// types give way to them. GeneratedNamesTests checks these lists against the generated code.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The members of <c>object</c>, which every generated class has.</summary>
    public static readonly IReadOnlyCollection<string> ObjectMembers = new[] { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    /// <summary>The dataset class's members: its API, and the classes and run-time members the data is read with.</summary>
    public static readonly HashSet<string> DatasetMembers = new(StringComparer.Ordinal)
    {
        "ContentHash", "JsonSchema", "WriteJson", "ReadJson", "ToSnapshot", "Store", "DataImage", "Embedded", "Load", "WriteDataPackage",
        "DataPackageFiles", "DescribeDataPackage", "SeedDataValueChecks",
    };

    /// <summary>The dataset class's methods that a method of the project's may overload, or implement (DescribeDataPackage, a partial method).</summary>
    public static readonly HashSet<string> DatasetApiMethods = new(StringComparer.Ordinal) { "WriteJson", "ReadJson", "ToSnapshot", "DescribeDataPackage" };

    /// <summary>The snapshot type's members.</summary>
    public static readonly HashSet<string> SnapshotMembers = new(StringComparer.Ordinal)
    {
        "Version", "ContentHash", "WriteJson", "ToJson", "ReadJson", "FromJson", "DefaultMaxDocumentBytes", "DefaultMaxDepth", "SameItems", "SameRecords",
        "SameJson", "WriteText", "IsPlainText", "EscapedText", "WriteMap", "Reader", "ToInstance",
    };

    /// <summary>The members of the snapshot's reader, beside the helpers it is given.</summary>
    public static readonly IReadOnlyCollection<string> ReaderMembers = new[] { "Collections", "Read", "Build", "Built", "Path", "ReadRecord", "Reference" };

    static GeneratedNames()
    {
        DatasetMembers.UnionWith(ObjectMembers);
        // The run-time code goes into the dataset class as it stands in Runtime/: every name it declares is taken.
        DatasetMembers.UnionWith(Emitting.RuntimeSource.DeclaredNames);
        SnapshotMembers.UnionWith(ObjectMembers);
    }
}
