namespace SeedData;

/// <content>
/// What the dataset's Data Package says of it. <c>Dataset.WriteDataPackage(directory)</c> is generated for every
/// dataset, as JSON read and write are; a partial date's column is followed by its earliest and latest days through
/// <see cref="SeedDataPackageColumnAttribute"/> on <see cref="PartialDate"/>.
/// </content>
public static partial class Dataset
{
    static partial void DescribeDataPackage(DataPackageInfo info)
    {
        info.Name = "seeddata";
        info.Title = "SeedData: the 2025-2026 US-Ukraine talks on security guarantees, from five news articles";
        info.Description =
            "Annotated, evidence-backed extracts of five news articles: actors, articles, roles, mentions, statements, meetings, "
            + "proposals, figures, events and positions. One CSV file per collection (RFC 4180: UTF-8, CRLF, header row) and the same "
            + "records as JSON Lines. In the CSV files a reference is the id of the record it points to; a list of ids or enum values is "
            + $"its items joined with '{DataPackage.ListSeparator}' (empty: none); other lists and nested records (evidence, quotes, "
            + "participants, terms, links) are JSON, as in the dataset's JSON document; dates are EDTF text (2025-11, 2025-11-27?, "
            + "[2025-11-22..2025-11-23]), each followed by the first and last day it can denote (...Earliest, ...Latest). "
            + "Content hash (SHA-256 of the records): " + ContentHash + ".";
        info.Licenses.Add(("MIT", "https://opensource.org/licenses/MIT", "MIT License (code and annotations; quoted phrases remain their authors' and publishers')"));
        info.Keywords.AddRange(["ukraine", "security-guarantees", "news", "annotation"]);
    }
}
