namespace SeedData.Generator.Parsing;

/// <summary>
/// Takes the records of a data file as the parser reads them, so that a large file's tree is never whole: each
/// record is bound and dropped while the next is read.
/// </summary>
internal interface IRecordSink
{
    /// <summary>A list under a top-level key begins; true to take its items one by one (they then stay out of the tree).</summary>
    bool BeginList(DataNode key);

    /// <summary>The root of a document is a list; true to take its items one by one (a file of one collection's records).</summary>
    bool BeginRootList();

    /// <summary>One item of the list begun last.</summary>
    void Item(DataNode item);

    /// <summary>
    /// A document of a YAML stream ends and another follows: its root (without the lists handed over item by item),
    /// to be bound now, since the next document may name the same collections. The last document's root is the
    /// parser's result, as for a file of one document.
    /// </summary>
    void EndDocument(DataNode root);
}
