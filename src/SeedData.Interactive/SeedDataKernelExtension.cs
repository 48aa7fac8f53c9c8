using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace SeedData.Interactive;

/// <summary>
/// Loaded by the .NET Interactive kernel on <c>#r "nuget: SeedData"</c> (the package carries this assembly in
/// <c>interactive-extensions/dotnet/</c>). It registers HTML formatters: a sequence of records (a collection such as
/// <c>Dataset.Statements</c>, or a query over one) is a table, a record is a card, and timeline entries
/// (<c>Dataset.Timeline</c>) are the timeline picture.
/// </summary>
public sealed class SeedDataKernelExtension : IKernelExtension
{
    /// <inheritdoc />
    public Task OnLoadAsync(Kernel kernel)
    {
        Formatter.Register<IEnumerable<TimelineEntry>>((entries, writer) => writer.Write(TimelinePicture.ToSvg(entries)), HtmlFormatter.MimeType);
        Formatter.Register<IEnumerable<ISeedRecord>>((records, writer) => writer.Write(RecordHtml.Table(records)), HtmlFormatter.MimeType);
        Formatter.Register<ISeedRecord>((record, writer) => writer.Write(RecordHtml.Card(record)), HtmlFormatter.MimeType);
        return Task.CompletedTask;
    }
}
