using System.Collections.Generic;

namespace SeedData.Generator.Parsing;

/// <summary>
/// The children of the containers being parsed, kept as one stack per kind: a container's children are the top of
/// the stack when it ends, and leave it as one array of the right size.
/// </summary>
internal static class ChildStack
{
    public static T[] Pop<T>(this List<T> stack, int first)
    {
        var popped = new T[stack.Count - first];
        stack.CopyTo(first, popped, 0, popped.Length);
        stack.RemoveRange(first, popped.Length);
        return popped;
    }
}
