using System.Reflection;

namespace SeedData.Generator.Tests.Infrastructure;

/// <summary>Reads a generated dataset, loaded from a test compilation, through reflection.</summary>
internal static class GeneratedData
{
    /// <summary>A static property of a generated type: a collection of the dataset class (<c>Data.Actors</c>).</summary>
    public static object Static(Assembly assembly, string type, string member)
        => assembly.GetType(type, throwOnError: true)!.GetProperty(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>A record's value, or a collection's named member.</summary>
    public static object? Get(object target, string member) => target.GetType().GetProperty(member)!.GetValue(target);

    /// <summary>A collection's record by id, through its indexer.</summary>
    public static object ById(object collection, string id)
        => collection.GetType().GetProperty("Item", new[] { typeof(string) })!.GetValue(collection, new object[] { id })!;

    /// <summary>The dataset class's ContentHash constant.</summary>
    public static string ContentHash(Assembly assembly, string dataset) => (string)assembly.GetType(dataset, throwOnError: true)!.GetField("ContentHash")!.GetValue(null)!;
}
