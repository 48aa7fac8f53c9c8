using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Model;

namespace SeedData.Generator.Diagnostics;

/// <summary>
/// Every diagnostic of the build, as its own output (as in the System.Text.Json generator): the declarations'
/// own, the data's, and those that need both, placed at the declaration they are about.
/// </summary>
internal static class DiagnosticsCollector
{
    public static EquatableArray<DiagnosticInfo> Collect(
        (ImmutableArray<DeclaredRecord> Records, ImmutableArray<DatasetTarget> Datasets) declared,
        EquatableArray<DiagnosticInfo> data,
        int fileCount,
        EquatableArray<CollectionApi> collections)
    {
        var (records, datasets) = declared;
        var all = new List<DiagnosticInfo>(DeclarationsBuilder.Diagnostics(records, datasets));
        var model = DeclarationsBuilder.Model(records, datasets);

        if (datasets.IsEmpty && fileCount > 0)
        {
            all.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DataWithoutDataset, null));
        }
        if (model.Dataset is { } dataset && fileCount == 0 && model.Collections.Count > 0)
        {
            // Usually <SeedDataFile> items that never reached the compiler (a ProjectReference without the package's build files).
            var target = datasets.FirstOrDefault(d => d.IsValid && d.Name == dataset.ClassName && d.Namespace == dataset.Namespace);
            all.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DatasetWithoutData, target?.Location, dataset.ClassName));
        }

        all.AddRange(data);

        for (int c = 0; c < collections.Count && c < model.Collections.Count; c++)
        {
            if (!collections[c].NamedMembersOmitted) continue;
            var collection = model.Collections[c];
            var declaration = records.FirstOrDefault(r => r.Shape.TypeName == collection.RecordTypeName);
            string access = (model.Dataset?.ClassName ?? "Data") + "." + collection.PropertyName;
            all.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NamedMembersOmitted, declaration?.Location,
                collection.Name,
                collections[c].Count.ToString(CultureInfo.InvariantCulture),
                collection.Shape.NamedMemberLimit.ToString(CultureInfo.InvariantCulture),
                access,
                collection.Name));
        }
        return all.ToEquatableArray();
    }
}
