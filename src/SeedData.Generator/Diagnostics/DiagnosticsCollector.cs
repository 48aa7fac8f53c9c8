using System.Collections.Generic;
using System.Globalization;
using SeedData.Generator.Binding;
using SeedData.Generator.Declarations;
using SeedData.Generator.Model;

namespace SeedData.Generator.Diagnostics;

/// <summary>
/// Every diagnostic of the build, as its own output (as in the System.Text.Json generator): the declarations'
/// own, selected from the one build of the declarations, the data's, and those that need both, placed at the
/// declaration they are about.
/// </summary>
internal static class DiagnosticsCollector
{
    public static EquatableArray<DiagnosticInfo> Collect(
        BuiltDeclarations declarations,
        EquatableArray<DiagnosticInfo> data,
        int fileCount,
        EquatableArray<CollectionApi> collections)
    {
        var (model, report) = (declarations.Model, declarations.Report);
        var all = new List<DiagnosticInfo>(report.Diagnostics);

        if (!report.HasDatasetClass && fileCount > 0)
        {
            all.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DataWithoutDataset, null));
        }
        if (model.Dataset is { } dataset && fileCount == 0 && model.Collections.Count > 0)
        {
            // Usually <SeedDataFile> items that never reached the compiler (a ProjectReference without the package's build files).
            all.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DatasetWithoutData, report.DatasetLocation, dataset.ClassName));
        }

        all.AddRange(data);

        for (int c = 0; c < collections.Count && c < model.Collections.Count; c++)
        {
            if (!collections[c].NamedMembersOmitted) continue;
            var collection = model.Collections[c];
            string access = (model.Dataset?.ClassName ?? "Data") + "." + collection.PropertyName;
            all.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NamedMembersOmitted, report.CollectionPlaces[c].Location,
                collection.Name,
                collections[c].Count.ToString(CultureInfo.InvariantCulture),
                collection.Shape.NamedMemberLimit.ToString(CultureInfo.InvariantCulture),
                access,
                collection.Name));
        }
        return all.ToEquatableArray();
    }
}
