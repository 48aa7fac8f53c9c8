using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Diagnostics;

namespace SeedData.Generator.Binding;

/// <summary>
/// Orders records so that each is constructed after every record it references (a reference is the
/// record instance itself), and reports reference cycles, which no order can satisfy.
/// </summary>
internal static class BuildOrder
{
    public static List<RecordSlot> Compute(IReadOnlyList<CollectionState> collections, List<DiagnosticInfo> diagnostics)
    {
        var order = new List<RecordSlot>();
        var state = new Dictionary<RecordSlot, Mark>();
        var reportedCycles = new HashSet<RecordSlot>();

        for (int c = 0; c < collections.Count; c++)
        {
            for (int r = 0; r < collections[c].Records.Count; r++)
            {
                Visit(new RecordSlot(c, r));
            }
        }
        return order;

        // Iterative depth-first search: data may chain thousands of references, more than the stack allows.
        void Visit(RecordSlot start)
        {
            if (state.ContainsKey(start)) return;
            var stack = new List<(RecordSlot Slot, int Next)> { (start, 0) };
            state[start] = Mark.InProgress;
            while (stack.Count > 0)
            {
                var (slot, next) = stack[stack.Count - 1];
                var dependencies = collections[slot.Collection].Records[slot.Index].Dependencies;
                if (next >= dependencies.Count)
                {
                    stack.RemoveAt(stack.Count - 1);
                    state[slot] = Mark.Done;
                    order.Add(slot);
                    continue;
                }
                stack[stack.Count - 1] = (slot, next + 1);
                var (target, location) = dependencies[next];
                if (!state.TryGetValue(target, out var mark))
                {
                    state[target] = Mark.InProgress;
                    stack.Add((target, 0));
                }
                else if (mark == Mark.InProgress && reportedCycles.Add(target))
                {
                    int from = stack.FindIndex(s => s.Slot.Equals(target));
                    var chain = stack.Skip(from).Select(s => Describe(s.Slot)).Concat(new[] { Describe(target) });
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, location, string.Join(" -> ", chain)));
                }
            }
        }

        string Describe(RecordSlot slot) => collections[slot.Collection].Name + ":" + collections[slot.Collection].Records[slot.Index].Id;
    }

    private enum Mark
    {
        InProgress,
        Done,
    }
}
