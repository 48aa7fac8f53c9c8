using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace SeedData.Generator.Tests.Infrastructure;

/// <summary>The IL body size of every method of a compilation, read from the emitted assembly's metadata.</summary>
internal static class IlSizes
{
    /// <returns>"Namespace.Type+Nested.Method" to its IL size in bytes (overloads summed).</returns>
    public static Dictionary<string, int> Of(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success) throw new System.InvalidOperationException(string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var sizes = new Dictionary<string, int>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            string typeName = Name(metadata, type);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0) continue;
                string key = typeName + "." + metadata.GetString(method.Name);
                sizes[key] = (sizes.TryGetValue(key, out int size) ? size : 0) + pe.GetMethodBody(method.RelativeVirtualAddress).Size;
            }
        }
        return sizes;
    }

    private static string Name(MetadataReader metadata, TypeDefinition type)
    {
        string name = metadata.GetString(type.Name);
        if (type.GetDeclaringType() is { IsNil: false } declaring) return Name(metadata, metadata.GetTypeDefinition(declaring)) + "+" + name;
        string ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
