using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Image;
using SeedData.Generator.Model;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Binding;

/// <summary>
/// Links the bound files into one dataset: numbers every record (data file path, ordinal, then position in the
/// file), finds duplicate ids, resolves every reference, orders the records so that each is built after the
/// records it references (reporting cycles, which no order satisfies), names the members, and writes the image.
/// </summary>
internal sealed class DatasetLinker
{
    private static readonly HashSet<string> ReservedMemberNames = new(StringComparer.Ordinal)
    {
        "Count", "Item", "TryGet", "IndexOf", "Contains", "GetEnumerator", "Equals", "GetHashCode", "ToString", "GetType",
        "MemberwiseClone", "ReferenceEquals", "AsImmutableArray", "Store", "Select", "Note", "Seal",
    };

    private readonly DatasetDeclarations _declarations;
    private readonly List<BoundFile> _files;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    // Every record has a slot: its collection's first slot plus its index in the collection.
    private readonly List<(int File, int Record)>[] _members;
    private readonly Dictionary<IdKey, int>[] _byId;
    private int[] _firstSlot = Array.Empty<int>();
    // Per file, the index of each reference's target in its collection (-1: unresolved).
    private int[][] _targets = Array.Empty<int[]>();

    private DatasetLinker(ImmutableArray<BoundFile> files, DatasetDeclarations declarations, CancellationToken cancellationToken)
    {
        _declarations = declarations;
        _files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        _cancellationToken = cancellationToken;
        int collections = declarations.Collections.Count;
        // Sized to their records up front: grown by doubling, the tables of 100,000 records would leave megabytes of
        // discarded arrays on the large object heap.
        var sizes = new int[collections];
        foreach (var file in files)
        {
            foreach (var record in file.Records)
            {
                if (record.Collection >= 0 && record.Collection < collections) sizes[record.Collection]++;
            }
        }
        _members = new List<(int, int)>[collections];
        _byId = new Dictionary<IdKey, int>[collections];
        for (int c = 0; c < collections; c++)
        {
            _members[c] = new List<(int, int)>(sizes[c]);
            _byId[c] = new Dictionary<IdKey, int>(sizes[c]);
        }
    }

    public static LinkedDataset Link(ImmutableArray<BoundFile> files, DatasetDeclarations declarations, CancellationToken cancellationToken)
    {
        try
        {
            return new DatasetLinker(files, declarations, cancellationToken).Run();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never an exception (it would become CS8785 and hide every other error): the files' own diagnostics, and this one.
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "while linking the data files", ex.GetType().Name, ex.Message);
            var collections = declarations.Collections.Select(_ => new CollectionApi(0, false, EquatableArray<NamedRecord>.Empty)).ToEquatableArray();
            return new LinkedDataset(
                new DatasetApi(HasErrors: true, collections),
                DatasetImage.Empty,
                files.SelectMany(f => f.Diagnostics).Append(failure).ToEquatableArray(),
                files.Length);
        }
    }

    private LinkedDataset Run()
    {
        NumberRecords();
        ResolveReferences();
        int[] order = BuildOrder();
        var places = new List<EquatableArray<RecordPlace>>(_members.Length);
        var collections = NameMembers(places);
        var indexes = SortIndexes();

        var fileErrors = _files.SelectMany(f => f.Diagnostics).ToList();
        bool hasErrors = fileErrors.Any(d => d.IsError) || _diagnostics.Any(d => d.IsError)
            || _declarations.Collections.Any(c => !c.IsValid);
        DatasetImage image;
        if (hasErrors)
        {
            // Nothing is emitted but diagnostics: the hash only needs to be stable.
            image = DatasetImage.Empty with { ContentSha256 = FilesHash() };
        }
        else
        {
            var (records, locators, hash) = WriteRecords(order);
            int[] slices = ChooseKeySlices();
            collections = collections.Select((collection, c) => collection with { KeySlice = slices[c] }).ToEquatableArray();
            image = new DatasetImage(hash, records, locators, WriteKeySlots(slices), WriteIndexes(indexes));
        }

        return new LinkedDataset(
            new DatasetApi(hasErrors, collections),
            image,
            fileErrors.Concat(_diagnostics).ToEquatableArray(),
            _files.Count,
            places.ToEquatableArray(),
            Checks());
    }

    /// <summary>
    /// Each collection's indexes in their order: the positions of the records, sorted by the index's values (ties in
    /// collection order), each with the image of its values. A unique index's value held twice is an error at the later
    /// record, naming the earlier.
    /// </summary>
    private List<(int Position, string Image)>[][] SortIndexes()
    {
        var sorted = new List<(int Position, string Image)>[_members.Length][];
        for (int c = 0; c < _members.Length; c++)
        {
            var indexes = _declarations.Collections[c].Shape.Indexes;
            sorted[c] = new List<(int, string)>[indexes.Count];
            if (indexes.Count == 0) continue;
            // Each file's entries, by record, then index.
            var entries = new Dictionary<(int File, int Record, int Index), IndexEntry>();
            for (int file = 0; file < _files.Count; file++)
            {
                foreach (var entry in _files[file].IndexEntries)
                {
                    if (_files[file].Records[entry.Record].Collection == c) entries[(file, entry.Record, entry.Index)] = entry;
                }
            }
            for (int i = 0; i < indexes.Count; i++)
            {
                var index = indexes[i];
                var held = new List<(int Position, IndexEntry Entry)>();
                for (int position = 0; position < _members[c].Count; position++)
                {
                    var (file, record) = _members[c][position];
                    if (entries.TryGetValue((file, record, i), out var entry)) held.Add((position, entry));
                }
                held = SortHeld(held, index);
                if (index.Unique) ReportDuplicates(c, index, held);
                sorted[c][i] = held.Select(h => (h.Position, h.Entry.Image)).ToList();
            }
        }
        return sorted;
    }

    /// <summary>
    /// The entries in the index's order, ties in collection order (the order they are held in). Each part's values are
    /// taken into an array first and compared in place, and the sort moves numbers, not the entries.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static List<(int Position, IndexEntry Entry)> SortHeld(List<(int Position, IndexEntry Entry)> held, IndexShape index)
    {
        var parts = new OrderValue[index.Parts.Count][];
        for (int p = 0; p < parts.Length; p++)
        {
            parts[p] = new OrderValue[held.Count];
            for (int k = 0; k < held.Count; k++) parts[p][k] = held[k].Entry.Values[p];
        }
        var order = new int[held.Count];
        for (int k = 0; k < order.Length; k++) order[k] = k;
        bool ignoreCase = index.IgnoreCase;
        Array.Sort(order, (x, y) =>
        {
            foreach (var values in parts)
            {
                int by = OrderValue.Compare(in values[x], in values[y], ignoreCase);
                if (by != 0) return by;
            }
            return x.CompareTo(y);
        });
        var sorted = new List<(int Position, IndexEntry Entry)>(held.Count);
        foreach (int k in order) sorted.Add(held[k]);
        return sorted;
    }

    private void ReportDuplicates(int collection, IndexShape index, List<(int Position, IndexEntry Entry)> held)
    {
        for (int k = 1; k < held.Count; k++)
        {
            bool same = true;
            for (int p = 0; p < index.Parts.Count && same; p++) same = OrderValue.Compare(held[k - 1].Entry.Values[p], held[k].Entry.Values[p], index.IgnoreCase) == 0;
            if (!same) continue;
            // Sorted ties keep collection order: the earlier record holds the value first.
            var (firstFile, firstRecord) = _members[collection][held[k - 1].Position];
            var (file, record) = _members[collection][held[k].Position];
            var first = new SourceLocation(_files[firstFile].Path, _files[firstFile].Records[firstRecord].IdSpan);
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateIndexValue, new SourceLocation(_files[file].Path, _files[file].Records[record].IdSpan),
                string.Join(", ", held[k].Entry.Values.Items.Select(v => v.ToString())), index.Name, _declarations.Collections[collection].Name, first.Display).WithAdditional(first));
        }
    }

    /// <summary>
    /// Each index as chunks of entries (its records' positions in index order, each followed by its values: text as its
    /// place in the record's image, anything else as its image; see <c>FileBinder.AddIndexEntries</c>), cut between
    /// entries as the other chunks are.
    /// </summary>
    private EquatableArray<EquatableArray<EquatableArray<string>>> WriteIndexes(List<(int Position, string Image)>[][] sorted)
    {
        var collections = new EquatableArray<EquatableArray<string>>[sorted.Length];
        var writer = new ImageWriter(DatasetImage.ChunkLength + 1024);
        for (int c = 0; c < sorted.Length; c++)
        {
            var indexes = new EquatableArray<string>[sorted[c].Length];
            for (int i = 0; i < sorted[c].Length; i++)
            {
                var chunks = new List<string>();
                foreach (var (position, image) in sorted[c][i])
                {
                    if (writer.Length + image.Length + 8 > DatasetImage.ChunkLength && writer.Length > 0)
                    {
                        chunks.Add(writer.ToText());
                        writer.Truncate(0);
                    }
                    writer.WriteVarint((ulong)position);
                    writer.Write(image, 0, image.Length);
                }
                if (writer.Length > 0) chunks.Add(writer.ToText());
                writer.Truncate(0);
                indexes[i] = chunks.ToEquatableArray();
            }
            collections[c] = indexes.ToEquatableArray();
        }
        return collections.ToEquatableArray();
    }

    /// <summary>The files' values of project scalars, files in path order, with the names of their collections.</summary>
    private EquatableArray<CheckedValue> Checks()
    {
        var checks = new List<CheckedValue>();
        foreach (var file in _files)
        {
            foreach (var check in file.Checks)
            {
                checks.Add(new CheckedValue(check.TypeName, _declarations.Collections[check.Collection].Name, check.RecordId,
                    new SourceLocation(file.Path, check.Span).Display, check.Value));
            }
        }
        return checks.ToEquatableArray();
    }

    [MethodImpl(Jit.Optimized)]
    private void NumberRecords()
    {
        for (int f = 0; f < _files.Count; f++)
        {
            var records = _files[f].Records;
            for (int r = 0; r < records.Count; r++)
            {
                var record = records[r];
                if (record.Collection < 0 || record.Collection >= _members.Length) continue;
                var id = new IdKey(_files[f].Names, record.Id);
                if (_byId[record.Collection].TryGetValue(id, out int existing))
                {
                    var (otherFile, otherRecord) = _members[record.Collection][existing];
                    // A recovered id is a guess from a broken file's text; its file's syntax error is the error to report.
                    if (record.IsRecovered || _files[otherFile].Records[otherRecord].IsRecovered || IsQuiet(record.Collection)) continue;
                    var first = new SourceLocation(_files[otherFile].Path, _files[otherFile].Records[otherRecord].IdSpan);
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, new SourceLocation(_files[f].Path, record.IdSpan),
                        KeyShape.Display(_files[f].IdOf(record)), _declarations.Collections[record.Collection].Name, first.Display,
                        _declarations.Collections[record.Collection].Shape.RecordKey.Words).WithAdditional(first));
                    continue;
                }
                _byId[record.Collection][id] = _members[record.Collection].Count;
                _members[record.Collection].Add((f, r));
            }
        }
        _firstSlot = new int[_members.Length + 1];
        for (int c = 0; c < _members.Length; c++) _firstSlot[c + 1] = _firstSlot[c] + _members[c].Count;
    }

    [MethodImpl(Jit.Optimized)]
    private void ResolveReferences()
    {
        _targets = new int[_files.Count][];
        var unknown = new List<(int File, int Reference)>();
        for (int f = 0; f < _files.Count; f++)
        {
            var references = _files[f].References;
            var targets = _targets[f] = new int[references.Count];
            for (int i = 0; i < references.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var reference = references[i];
                if (_byId[reference.Collection].TryGetValue(new IdKey(_files[f].Names, reference.Id), out int target))
                {
                    targets[i] = target;
                    continue;
                }
                targets[i] = -1;
                if (!IsQuiet(reference.Collection)) unknown.Add((f, i));
            }
        }
        ReportUnknown(unknown);
    }

    /// <summary>
    /// SD0017 for each unknown reference, in reference order, with its "did you mean": the suggestions for every unknown
    /// id of a collection are found together, in one pass over the collection's ids (<see cref="SuggestionSearch"/>).
    /// </summary>
    private void ReportUnknown(List<(int File, int Reference)> unknown)
    {
        var closest = new Dictionary<(int Collection, string Id), IReadOnlyList<string>>();
        foreach (var group in unknown.GroupBy(u => _files[u.File].References[u.Reference].Collection))
        {
            var names = group.Select(u => _files[u.File].IdOf(_files[u.File].References[u.Reference])).Distinct(StringComparer.Ordinal).ToList();
            var search = new SuggestionSearch(names);
            foreach (var id in _byId[group.Key].Keys) search.Consider(id.AsMemory());
            for (int n = 0; n < names.Count; n++) closest[(group.Key, names[n])] = search.Closest(n);
        }
        foreach (var (f, i) in unknown)
        {
            var reference = _files[f].References[i];
            string id = _files[f].IdOf(reference);
            var collection = _declarations.Collections[reference.Collection];
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, new SourceLocation(_files[f].Path, reference.Span),
                collection.Name, KeyShape.Display(id), Suggestions.DidYouMean(closest[(reference.Collection, id)]), collection.Shape.RecordKey.Words));
        }
    }

    /// <summary>
    /// Every record's slot, each after the slots it references (a reference is the record instance itself, so the
    /// target must exist first). An iterative depth-first search: data may chain more references than the stack allows.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private int[] BuildOrder()
    {
        int slots = _firstSlot[_members.Length];
        var order = new List<int>(slots);
        var mark = new byte[slots]; // 0: not seen, 1: on the path, 2: done
        var reportedCycles = new HashSet<int>();
        var stack = new List<(int Slot, int Next)>();
        for (int start = 0; start < slots; start++)
        {
            if (mark[start] != 0) continue;
            mark[start] = 1;
            stack.Add((start, 0));
            while (stack.Count > 0)
            {
                var (slot, next) = stack[stack.Count - 1];
                var (file, record) = Locate(slot);
                var entry = _files[file].Records[record];
                if (next >= entry.ReferenceCount)
                {
                    stack.RemoveAt(stack.Count - 1);
                    mark[slot] = 2;
                    order.Add(slot);
                    continue;
                }
                stack[stack.Count - 1] = (slot, next + 1);
                int referenceIndex = entry.FirstReference + next;
                int target = _targets[file][referenceIndex];
                if (target < 0) continue;
                int targetSlot = _firstSlot[_files[file].References[referenceIndex].Collection] + target;
                if (mark[targetSlot] == 0)
                {
                    mark[targetSlot] = 1;
                    stack.Add((targetSlot, 0));
                }
                else if (mark[targetSlot] == 1 && reportedCycles.Add(targetSlot))
                {
                    int from = stack.FindIndex(s => s.Slot == targetSlot);
                    var chain = stack.Skip(from).Select(s => Describe(s.Slot)).Concat(new[] { Describe(targetSlot) });
                    var reference = _files[file].References[referenceIndex];
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, new SourceLocation(_files[file].Path, reference.Span),
                        string.Join(" -> ", chain)));
                }
            }
        }
        return order.ToArray();
    }

    /// <summary>
    /// Whether the collection's declaration has errors, so that its data gets none of its own (no duplicate or unknown
    /// id, no bad member name): the declaration's error is the one to fix, and fixing it may change what the data means.
    /// </summary>
    private bool IsQuiet(int collection) => !_declarations.Collections[collection].IsValid;

    private (int File, int Record) Locate(int slot)
    {
        int collection = CollectionOf(slot);
        return _members[collection][slot - _firstSlot[collection]];
    }

    private int CollectionOf(int slot)
    {
        int c = 0;
        while (_firstSlot[c + 1] <= slot) c++;
        return c;
    }

    private string Describe(int slot)
    {
        var (file, record) = Locate(slot);
        return _declarations.Collections[CollectionOf(slot)].Name + ":" + _files[file].IdOf(_files[file].Records[record]);
    }

    /// <param name="places">Receives, per collection, where each named record is in its file (see <see cref="LinkedDataset.MemberPlaces"/>).</param>
    private EquatableArray<CollectionApi> NameMembers(List<EquatableArray<RecordPlace>> places)
    {
        var collections = new List<CollectionApi>(_members.Length);
        for (int c = 0; c < _members.Length; c++)
        {
            var declaration = _declarations.Collections[c];
            var members = _members[c];
            // Members are named after text keys only: a number or a composite key names nothing.
            if (!declaration.Shape.RecordKey.IsText)
            {
                collections.Add(new CollectionApi(members.Count, false, EquatableArray<NamedRecord>.Empty));
                places.Add(EquatableArray<RecordPlace>.Empty);
                continue;
            }
            if (members.Count > declaration.Shape.NamedMemberLimit)
            {
                collections.Add(new CollectionApi(members.Count, true, EquatableArray<NamedRecord>.Empty));
                places.Add(EquatableArray<RecordPlace>.Empty);
                continue;
            }
            // The collection's own members, and how many ids would take each other name: an id gets a member only when it
            // makes a name that no other id or member has.
            var reserved = new HashSet<string>(ReservedMemberNames, StringComparer.Ordinal) { declaration.ClassName };
            foreach (var lookup in declaration.Lookups)
            {
                reserved.Add(lookup.MethodName);
                reserved.Add("Index" + lookup.MethodName);
            }
            foreach (var index in declaration.Shape.Indexes) reserved.UnionWith(index.MemberNames);
            var names = new string[members.Count];
            var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < members.Count; i++)
            {
                var (file, r) = members[i];
                names[i] = Naming.ToPascalIdentifier(_files[file].IdOf(_files[file].Records[r]));
                wanted[names[i]] = wanted.TryGetValue(names[i], out int count) ? count + 1 : 1;
            }
            var named = new List<NamedRecord>();
            var listed = new List<ListedId>(members.Count);
            var placed = new List<RecordPlace>();
            var unnamed = new UnnamedIds(declaration.ClassName);
            for (int i = 0; i < members.Count; i++)
            {
                var (file, r) = members[i];
                var record = _files[file].Records[r];
                string id = _files[file].IdOf(record);
                string member = names[i];
                listed.Add(new ListedId(id, _files[file].TitleOf(record)));
                if (member.Length == 0 || reserved.Contains(member) || wanted[member] > 1)
                {
                    // A recovered id is a guess from a broken file, and a collection with declaration errors gets no diagnostics.
                    if (!record.IsRecovered && !IsQuiet(c)) unnamed.Add(id, member, reserved.Contains(member), new SourceLocation(_files[file].Path, record.IdSpan));
                    continue;
                }
                string source = System.IO.Path.GetFileName(_files[file].Path) + ", line " + record.Line.ToString(CultureInfo.InvariantCulture);
                named.Add(new NamedRecord(i, id, member, _files[file].TitleOf(record), source));
                placed.Add(RecordPlace.Of(_files[file].Path, record.Place));
            }
            if (unnamed.Diagnostic(declaration, (_declarations.Dataset?.ClassName ?? "Data") + "." + declaration.PropertyName) is { } info) _diagnostics.Add(info);
            collections.Add(new CollectionApi(members.Count, false, named.ToEquatableArray(), listed.ToEquatableArray()));
            places.Add(placed.ToEquatableArray());
        }
        return collections.ToEquatableArray();
    }

    /// <summary>
    /// The records in build order, as runs of one collection's consecutive records (collection, first index, count,
    /// length of the records in bytes; then each record's key text and values, with every reference filled in),
    /// cut into chunks between records; where each record starts (its locator, per collection, in chunks of
    /// <see cref="ImageFormat.PerChunk"/>); and the content hash.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private (EquatableArray<string> Records, EquatableArray<EquatableArray<string>> Locators, string Hash) WriteRecords(int[] order)
    {
        var chunks = new List<string>();
        // Character buffers rather than builders: references are filled in by position, and a run is copied whole.
        var chunk = new ImageWriter(DatasetImage.ChunkLength + 1024);
        var run = new ImageWriter(4096);
        var header = new ImageWriter(64);
        int runCollection = -1, runStart = 0, runCount = 0;
        var runOffsets = new List<int>();
        var locators = new (int Chunk, int Offset)[_members.Length][];
        for (int c = 0; c < _members.Length; c++) locators[c] = new (int, int)[_members[c].Count];
        var hash = new ContentHash();
        foreach (var collection in _declarations.Collections) hash.Add(collection.Name + "\n");

        foreach (int slot in order)
        {
            int collection = CollectionOf(slot);
            int index = slot - _firstSlot[collection];
            var (file, r) = Locate(slot);
            var bound = _files[file];
            var entry = bound.Records[r];
            var id = entry.Id;

            bool continuesRun = collection == runCollection && index == runStart + runCount;
            bool full = chunk.Length + run.Length + entry.Length + id.Length + 64 > DatasetImage.ChunkLength && (chunk.Length > 0 || run.Length > 0);
            if (!continuesRun || full)
            {
                EndRun();
                if (full) EndChunk();
                (runCollection, runStart, runCount) = (collection, index, 0);
            }
            // The record goes into its run as its file wrote it, after its key, and its references are filled in there.
            runOffsets.Add(run.Length);
            run.WriteString(bound.Names[id.Piece], id.Start, id.Length);
            int at = run.Length;
            // A record with only its id has no bytes, and a file of such records no piece of image at all.
            if (entry.Length > 0) run.Write(bound.Image[entry.Piece], entry.Offset, entry.Length);
            for (int k = entry.FirstReference; k < entry.FirstReference + entry.ReferenceCount; k++)
            {
                run.PatchReference(at + bound.References[k].Offset - entry.Offset, _targets[file][k]);
            }
            // The hash sees each record's place, key and values, not where runs and chunks are cut.
            hash.Add(collection.ToString(CultureInfo.InvariantCulture) + "/" + index.ToString(CultureInfo.InvariantCulture) + "\n");
            hash.Add(run, runOffsets[runOffsets.Count - 1], run.Length - runOffsets[runOffsets.Count - 1]);
            runCount++;
        }
        EndRun();
        EndChunk();
        return (chunks.ToEquatableArray(), WriteLocators(locators), hash.Finish());

        void EndRun()
        {
            if (runCount == 0) return;
            header.Truncate(0);
            header.WriteVarint((ulong)runCollection);
            header.WriteVarint((ulong)runStart);
            header.WriteVarint((ulong)runCount);
            header.WriteVarint((ulong)run.Length);
            chunk.Write(header);
            for (int i = 0; i < runCount; i++) locators[runCollection][runStart + i] = (chunks.Count, chunk.Length + runOffsets[i]);
            chunk.Write(run);
            run.Truncate(0);
            runOffsets.Clear();
            runCount = 0;
        }

        void EndChunk()
        {
            if (chunk.Length > 0) chunks.Add(chunk.ToText());
            chunk.Truncate(0);
        }
    }

    /// <summary>Each collection's locators, fixed-width, <see cref="ImageFormat.PerChunk"/> to a chunk: record i is the (i % PerChunk)th of chunk i / PerChunk.</summary>
    private static EquatableArray<EquatableArray<string>> WriteLocators((int Chunk, int Offset)[][] locators)
    {
        var collections = new EquatableArray<string>[locators.Length];
        var writer = new ImageWriter(ImageFormat.PerChunk * ImageFormat.LocatorSymbols);
        for (int c = 0; c < locators.Length; c++)
        {
            var chunks = new List<string>();
            for (int start = 0; start < locators[c].Length; start += ImageFormat.PerChunk)
            {
                writer.Truncate(0);
                for (int i = start; i < Math.Min(start + ImageFormat.PerChunk, locators[c].Length); i++)
                {
                    writer.WriteFixed(locators[c][i].Chunk, ImageFormat.LocatorChunkSymbols);
                    writer.WriteFixed(locators[c][i].Offset, ImageFormat.LocatorOffsetSymbols);
                }
                chunks.Add(writer.ToText());
            }
            collections[c] = chunks.ToEquatableArray();
        }
        return collections.ToEquatableArray();
    }

    /// <summary>The part of each collection's keys that its hash table hashes (see <see cref="KeySliceChooser"/>).</summary>
    private int[] ChooseKeySlices()
    {
        var slices = new int[_members.Length];
        for (int c = 0; c < _members.Length; c++)
        {
            int collection = c;
            slices[c] = KeySliceChooser.Choose(_members[c].Count, position => KeyText(collection, position));
        }
        return slices;
    }

    /// <summary>The key of the record at <paramref name="position"/> in <paramref name="collection"/>, as a run of its file's names.</summary>
    private (string Text, int Start, int Length) KeyText(int collection, int position)
    {
        var (file, record) = _members[collection][position];
        var id = _files[file].Records[record].Id;
        return (_files[file].Names[id.Piece], id.Start, id.Length);
    }

    /// <summary>
    /// Each collection's keys as a hash table (see <see cref="KeyHash"/>): slots of the record's position + 1, 0 for
    /// empty, <see cref="ImageFormat.PerChunk"/> to a chunk. The keys are distinct (a duplicate is an error), so each
    /// goes in the first free slot from its hash.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private EquatableArray<EquatableArray<string>> WriteKeySlots(int[] slices)
    {
        var collections = new EquatableArray<string>[_members.Length];
        var writer = new ImageWriter(ImageFormat.PerChunk * ImageFormat.SlotSymbols);
        for (int c = 0; c < _members.Length; c++)
        {
            int count = KeyHash.SlotCount(_members[c].Count), mask = count - 1, shift = KeyHash.ShiftFor(count);
            var slots = new int[count];
            for (int position = 0; position < _members[c].Count; position++)
            {
                var (text, start, length) = KeyText(c, position);
                int slot = (int)KeyHash.Home(KeyHash.Of(text, start, length, slices[c]), shift);
                while (slots[slot] != 0) slot = (slot + 1) & mask;
                slots[slot] = position + 1;
            }
            var chunks = new List<string>();
            for (int start = 0; start < count; start += ImageFormat.PerChunk)
            {
                writer.Truncate(0);
                for (int i = start; i < Math.Min(start + ImageFormat.PerChunk, count); i++) writer.WriteFixed(slots[i], ImageFormat.SlotSymbols);
                chunks.Add(writer.ToText());
            }
            collections[c] = chunks.ToEquatableArray();
        }
        return collections.ToEquatableArray();
    }

    /// <summary>
    /// A build with errors emits no data, but its hash must still be stable: SHA-256 over each file's path, names and
    /// image as bound (UTF-16LE), in path order.
    /// </summary>
    private string FilesHash()
    {
        var hash = new ContentHash();
        foreach (var file in _files)
        {
            hash.Add(file.Path + "\n");
            foreach (string piece in file.Names) hash.Add(piece);
            hash.Add("\n");
            foreach (string piece in file.Image) hash.Add(piece);
            hash.Add("\n");
        }
        return hash.Finish();
    }

    /// <summary>SHA-256 over strings as UTF-16LE and image bytes as they are, fed through one buffer (a chunk is never copied whole), as lower-case hex.</summary>
    private sealed class ContentHash
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _buffer = new byte[64 * 1024];

        public void Add(string text)
        {
            for (int start = 0; start < text.Length; start += _buffer.Length / 2)
            {
                int count = Math.Min(_buffer.Length / 2, text.Length - start);
                int bytes = Encoding.Unicode.GetBytes(text, start, count, _buffer, 0);
                _hash.AppendData(_buffer, 0, bytes);
            }
        }

        /// <summary>Adds <paramref name="count"/> bytes of the image <paramref name="writer"/> holds, from <paramref name="start"/>.</summary>
        public void Add(ImageWriter writer, int start, int count)
        {
            char[] image = writer.Characters;
            for (int at = start; at < start + count; at += _buffer.Length)
            {
                int length = Math.Min(_buffer.Length, start + count - at);
                for (int i = 0; i < length; i++) _buffer[i] = unchecked((byte)image[at + i]);
                _hash.AppendData(_buffer, 0, length);
            }
        }

        public string Finish()
        {
            using (_hash) return string.Concat(_hash.GetHashAndReset().Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>
    /// An id as a key, where it is in its file's names: the linker finds 100,000 ids without a string for each.
    /// Compared by its characters (ordinal), and hashed once.
    /// </summary>
    private readonly struct IdKey : IEquatable<IdKey>
    {
        private readonly string _names;
        private readonly int _start;
        private readonly int _length;
        private readonly int _hash;

        public IdKey(EquatableArray<string> names, NameSlice id)
        {
            (_names, _start, _length) = (names[id.Piece], id.Start, id.Length);
            // FNV-1a over the UTF-16 code units.
            uint hash = 2166136261;
            for (int i = _start; i < _start + _length; i++) hash = unchecked((hash ^ _names[i]) * 16777619);
            _hash = unchecked((int)hash);
        }

        public bool Equals(IdKey other)
            => _hash == other._hash && _length == other._length
                && _names.AsSpan(_start, _length).SequenceEqual(other._names.AsSpan(other._start, other._length));

        public override bool Equals(object? obj) => obj is IdKey other && Equals(other);

        public override int GetHashCode() => _hash;

        public override string ToString() => _names.Substring(_start, _length);

        public ReadOnlyMemory<char> AsMemory() => _names.AsMemory(_start, _length);
    }
}
