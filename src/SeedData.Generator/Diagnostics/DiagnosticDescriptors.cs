using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SeedData.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Each id is documented, with a bad and a fixed example, in
/// docs/diagnostics.md; the help link points there.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string DataCategory = "SeedData.Data";
    private const string DeclarationCategory = "SeedData.Declaration";
    private const string HelpBase = "https://github.com/seeddata/seeddata/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor YamlSyntaxError = Error("SD0001", DataCategory,
        "YAML syntax error",
        "{0}");

    public static readonly DiagnosticDescriptor JsonSyntaxError = Error("SD0002", DataCategory,
        "JSON syntax error",
        "The JSON file is malformed: {0}. Fix the JSON syntax at this position.");

    public static readonly DiagnosticDescriptor EmptyFile = Error("SD0003", DataCategory,
        "Empty data file",
        "The data file '{0}' is empty. Add records (in YAML or JSON a mapping from collection names to lists of records, in CSV or TSV a header row and a row per record), or remove the file from SeedDataFile.");

    public static readonly DiagnosticDescriptor NotUtf8 = Error("SD0004", DataCategory,
        "Data file is not UTF-8",
        "The data file '{0}' is not valid UTF-8 text (bytes that are not UTF-8 are read as U+FFFD). Save it as UTF-8; a U+FFFD that belongs in the text can be written as the escape \\uFFFD in a quoted string.");

    public static readonly DiagnosticDescriptor AliasExpansionTooLarge = Error("SD0005", DataCategory,
        "Alias expansion too large",
        "Expanding the aliases of this file would produce more than {0} nodes. Write the repeated data out, or use fewer nested aliases.");

    public static readonly DiagnosticDescriptor UnexpectedShape = Error("SD0006", DataCategory,
        "Unexpected data shape",
        "Expected {0} here but found {1}. {2}");

    public static readonly DiagnosticDescriptor UnknownAnchor = Error("SD0007", DataCategory,
        "Unknown alias",
        "The alias '*{0}' refers to no anchor defined before it{1}. {2}");

    public static readonly DiagnosticDescriptor UnknownCollection = Error("SD0010", DataCategory,
        "Unknown collection",
        "There is no collection named '{0}'{1}. Collections are declared with [SeedRecord(\"name\")]; known collections: {2}.");

    public static readonly DiagnosticDescriptor UnknownKey = Error("SD0011", DataCategory,
        "Unknown key",
        "'{0}' has no parameter for the key '{1}'{2}. Valid keys: {3}.");

    public static readonly DiagnosticDescriptor MissingRequiredKey = Error("SD0012", DataCategory,
        "Missing required key",
        "This '{0}' is missing the required key '{1}' ({2}). Add it, or give the parameter a default value to make it optional.");

    public static readonly DiagnosticDescriptor DuplicateKey = Error("SD0013", DataCategory,
        "Duplicate key",
        "The key '{0}' appears more than once in this mapping. Keep one of them.");

    public static readonly DiagnosticDescriptor WrongValueType = Error("SD0014", DataCategory,
        "Wrong value type",
        "'{0}' expects {1} but the value is {2}. {3}");

    public static readonly DiagnosticDescriptor ValueOutOfRange = Error("SD0015", DataCategory,
        "Value out of range",
        "The value '{0}' for '{1}' is out of range: {2}");

    public static readonly DiagnosticDescriptor UnknownEnumMember = Error("SD0016", DataCategory,
        "Unknown enum member",
        "'{0}' is not a member of {1}. Valid values: {2}.");

    public static readonly DiagnosticDescriptor UnknownReference = Error("SD0017", DataCategory,
        "Unknown reference",
        "No record in '{0}' has the {3} '{1}'{2}. Fix the {3} or add the record.");

    public static readonly DiagnosticDescriptor DuplicateIndexValue = Error("SD0055", DataCategory,
        "A value of a unique index held twice",
        "The value '{0}' of the unique index {1} is already held in '{2}' by the record at {3}. Give each record its own value, or make the index not unique.");

    public static readonly DiagnosticDescriptor DuplicateId = Error("SD0018", DataCategory,
        "Duplicate id",
        "The {3} '{0}' is already used in '{1}' by the record at {2}. Give each record a unique {3}.");

    public static readonly DiagnosticDescriptor ReferenceCycle = Error("SD0019", DataCategory,
        "Reference cycle",
        "These records reference each other in a cycle ({0}), so none of them can be constructed first. Remove one of the references.");

    public static readonly DiagnosticDescriptor InvalidId = Error("SD0020", DataCategory,
        "Invalid id",
        "The id '{0}' cannot be used: {1}. Use a non-empty id, such as 'marco-rubio'.");

    // Was an error, "Member name collision", one per id: ids such as C, C# and C++ are what published data holds, and
    // they need no member to be looked up.
    public static readonly DiagnosticDescriptor IdsWithoutMemberNames = Info("SD0021", DataCategory,
        "Ids without a distinct member name",
        "{0} of '{1}' {2} no distinct member name, so no named member: {3}. The indexer, TryGet and lookups work for every id: {4}[\"{5}\"].");

    public static readonly DiagnosticDescriptor UnsupportedParameterType = Error("SD0030", DeclarationCategory,
        "Unsupported parameter type",
        "The parameter '{0}' of '{1}' has the type '{2}', which SeedData cannot read from data. {3}");

    public static readonly DiagnosticDescriptor DuplicateCollection = Error("SD0032", DeclarationCategory,
        "Duplicate collection name",
        "The collection '{0}' is declared by both '{1}' (at {3}) and '{2}'. Give each [SeedRecord] its own collection name.");

    public static readonly DiagnosticDescriptor InvalidDataset = Error("SD0033", DeclarationCategory,
        "Invalid dataset class",
        "'{0}' cannot be a [SeedDataset]: {1}. Declare it as '[SeedDataset] public static partial class {0};'.");

    public static readonly DiagnosticDescriptor DataWithoutDataset = Warning("SD0034", DeclarationCategory,
        "Data files without a dataset class",
        "SeedData files are present but no class is marked [SeedDataset], so no data is generated. Declare '[SeedDataset] public static partial class Data;'.");

    public static readonly DiagnosticDescriptor DatasetWithoutData = Warning("SD0035", DeclarationCategory,
        "Dataset class without data files",
        "'{0}' has [SeedRecord] types but the build passes no SeedData files, so every collection is empty. Add <SeedDataFile Include=\"data/**/*.yaml;data/**/*.yml;data/**/*.json\" /> to the project, naming every extension you use (with a ProjectReference to the generator, use <AdditionalFiles Include=\"...\" SeedDataFile=\"true\" /> and <CompilerVisibleItemMetadata Include=\"AdditionalFiles\" MetadataName=\"SeedDataFile\" />).");

    public static readonly DiagnosticDescriptor NamedMembersOmitted = Info("SD0036", DeclarationCategory,
        "Too many records for named members",
        "'{0}' has {1} records, more than the {2} that get a named member each, so none is generated. Use {3}[\"id\"] or {3}.TryGet(\"id\", out var record), or raise the limit with [SeedRecord(\"{4}\", NamedMembers = {1})].");

    // SD0040 to SD0048 were SD0031 "Unsupported record shape", one id for every reason a [SeedRecord] cannot be used.

    public static readonly DiagnosticDescriptor GenericRecord = Error("SD0040", DeclarationCategory,
        "Generic record",
        "'{0}' is generic, so SeedData cannot construct it from data: the type of every parameter must be known when the data is compiled. Declare a non-generic record, e.g. 'public sealed partial record {0}(string Id, ...)'.");

    public static readonly DiagnosticDescriptor AbstractRecord = Error("SD0041", DeclarationCategory,
        "Abstract record",
        "'{0}' is abstract, so no instance of it can be constructed from data. Make it a concrete record, preferably sealed: 'public sealed partial record {0}(string Id, ...)'.");

    public static readonly DiagnosticDescriptor NotARecord = Error("SD0042", DeclarationCategory,
        "Not a record",
        "'{0}' is a {1}, not a record: SeedData constructs its types through their positional parameters. Declare it as 'public sealed partial record {0}(string Id, ...)'.");

    public static readonly DiagnosticDescriptor RecordWithoutParameters = Error("SD0043", DeclarationCategory,
        "Record without positional parameters",
        "'{0}' declares no positional parameters, so data has nothing to construct it from (properties set with 'init' are not read). Declare its values as parameters: 'public sealed partial record {0}(string Id, ...)'.");

    public static readonly DiagnosticDescriptor EmptyCollectionName = Error("SD0044", DeclarationCategory,
        "Empty collection name",
        "The [SeedRecord] of '{0}' gives an empty collection name, so no data file can name its collection. Name it, e.g. [SeedRecord(\"actors\")].");

    public static readonly DiagnosticDescriptor KeyOfUnusableKind = Error("SD0051", DeclarationCategory,
        "A key of a type that cannot be a key",
        "The [SeedKey] parameter '{0}' of '{1}' has the type '{2}', which cannot be a key: a key has one canonical text, so that references find its record. Make it text, a whole number, an enum, a Guid, a DateOnly or a char, not nullable.");

    public static readonly DiagnosticDescriptor OptionalKey = Error("SD0052", DeclarationCategory,
        "An optional key",
        "The [SeedKey] parameter '{0}' of '{1}' has a default value, but every record needs its key. Remove the default value.");

    public static readonly DiagnosticDescriptor IndexOfUnorderedKind = Error("SD0053", DeclarationCategory,
        "An index on a type with no order",
        "The [SeedIndex] on '{0}' of '{1}' sorts by '{2}', which has no order. Index text, numbers, dates and times, an enum, a Guid, a Version or a bool, or their nullable forms.");

    public static readonly DiagnosticDescriptor CultureComparison = Error("SD0054", DeclarationCategory,
        "An index that compares text by culture",
        "The [SeedIndex] on '{0}' of '{1}' compares text with StringComparison.{2}, which depends on the culture, so its order would not be the same on every machine. Use Ordinal or OrdinalIgnoreCase.");

    public static readonly DiagnosticDescriptor CompositeIndexPartTwice = Error("SD0056", DeclarationCategory,
        "A composite index with a part given twice",
        "The [SeedIndex] parts of '{0}' named '{1}' give its part {2} twice. Give each part of a composite index its own order: [SeedIndex(\"{1}\", 0)], [SeedIndex(\"{1}\", 1)].");

    public static readonly DiagnosticDescriptor RecordWithoutId = Error("SD0045", DeclarationCategory,
        "Record without a string Id",
        "'{0}' has no 'string Id' parameter, which every [SeedRecord] needs: data files write it as 'id', and references name records by it. Add 'string Id' as its first parameter, or mark the parameters that make its key with [SeedKey].");

    public static readonly DiagnosticDescriptor CollectionNameWithoutLetters = Error("SD0046", DeclarationCategory,
        "Collection name without a letter or digit",
        "The collection name '{0}' of '{1}' has no letter or digit, so it makes no property name. Choose a name with letters, e.g. [SeedRecord(\"tags\")].");

    public static readonly DiagnosticDescriptor CollectionNamesWithOneProperty = Error("SD0047", DeclarationCategory,
        "Collection names that make one property",
        "The collection name '{0}' of '{1}' becomes the property '{2}', as the collection '{3}' of '{4}' (at {5}) does. Choose names that differ in more than punctuation or case.");

    public static readonly DiagnosticDescriptor CollectionNamedLikeADatasetMember = Error("SD0048", DeclarationCategory,
        "Collection name taken by the dataset class",
        "The collection name '{0}' of '{1}' becomes the property '{2}', which {3}. Choose another name in [SeedRecord(\"...\")].");

    // SD0049 and SD0050 were reported as SD0033 "Invalid dataset class" too.

    public static readonly DiagnosticDescriptor DatasetNamedLikeACollection = Error("SD0049", DeclarationCategory,
        "Dataset class named like a collection",
        "'{0}' has the name of the property of the collection '{1}' (of '{2}', at {3}), and a class cannot have a member of its own name. Rename the class or the collection.");

    public static readonly DiagnosticDescriptor SecondDataset = Error("SD0050", DeclarationCategory,
        "More than one dataset class",
        "'{0}' is a second [SeedDataset]: '{1}' (at {2}) is already the dataset class of this project, and a project has one. Keep one [SeedDataset] class.");

    // SD0070 on: names that the generated code and the data make from declarations (SD0051 to SD0069 are the keys' and
    // project scalars').

    public static readonly DiagnosticDescriptor GeneratedNameTaken = Error("SD0070", DeclarationCategory,
        "Name of generated code declared already",
        "'{0}' is the name SeedData gives {1}, and {2} already has it. {3}");

    public static readonly DiagnosticDescriptor ParametersWithOneKey = Error("SD0071", DeclarationCategory,
        "Parameters that make one key",
        "The parameters '{0}' and '{1}' of '{2}' both make the data key '{3}', so a data file could not say which one it gives. Rename one of them.");

    public static readonly DiagnosticDescriptor UnknownKeyNaming = Error("SD0080", DeclarationCategory,
        "Unknown key naming",
        "'{0}' is not a key naming, in {1}. Use camelCase, snake_case, kebab-case or exact; camelCase is used until then.");

    public static readonly DiagnosticDescriptor InvalidField = Error("SD0081", DeclarationCategory,
        "Unusable [SeedField] key",
        "The [SeedField] of the parameter '{0}' of '{1}' cannot be used: {2}.");

    public static readonly DiagnosticDescriptor IdGivenTwice = Error("SD0082", DataCategory,
        "Id given twice",
        "This record's id is its key '{0}' in the file's mapping, so it cannot also have the key '{1}'. Remove '{1}', or write the file as a list of records.");

    public static readonly DiagnosticDescriptor UnknownFileCollection = Error("SD0083", DataCategory,
        "No collection for the file",
        "The file '{0}' holds the records of one collection, '{1}' ({2}), but no [SeedRecord] declares that collection{3}. Set Collection=\"...\" on its SeedDataFile item to one of: {4}.");

    public static readonly DiagnosticDescriptor CsvSyntaxError = Error("SD0084", DataCategory,
        "CSV syntax error",
        "The CSV file is malformed: {0}.");

    public static readonly DiagnosticDescriptor WrongFieldCount = Error("SD0085", DataCategory,
        "Wrong number of fields",
        "This row has {0} fields, but the header has {1} columns: {2}.");

    public static readonly DiagnosticDescriptor DuplicateColumn = Error("SD0086", DataCategory,
        "Duplicate column",
        "The column '{0}' appears more than once in the header, first as column {1}. Keep one of them.");

    public static readonly DiagnosticDescriptor MissingColumn = Error("SD0087", DataCategory,
        "Missing column",
        "The header has no column '{0}', which every '{1}' needs ({2}). Add the column, or give the parameter a default value to make it optional.");

    public static readonly DiagnosticDescriptor InternalError = Error("SD0099", DataCategory,
        "SeedData internal error",
        "SeedData failed unexpectedly {0} ({1}: {2}). This is a bug in SeedData, not in your files: please report it, with the input, at https://github.com/seeddata/seeddata/issues. The rest of the build was still checked.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal);

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Error(string id, string category, string title, string message)
        => Create(id, category, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message)
        => Create(id, category, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Info(string id, string category, string title, string message)
        => Create(id, category, title, message, DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Create(string id, string category, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
