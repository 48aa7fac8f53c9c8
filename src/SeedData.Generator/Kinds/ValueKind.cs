using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Kinds;

/// <summary>
/// One kind of value that data files hold, and everything about it, in one place: which C# types it recognizes,
/// what the data must hold (in words, for diagnostics), how it binds from data into the image, the generated code
/// that reads it back, how generated JSON writes and reads it, its JSON Schema, how <c>ToString</c> prints it and
/// how equality compares it. The kinds are one list, <see cref="ValueKinds.All"/>; no code outside this folder
/// asks which kind a value is. Each kind is a singleton, so a <see cref="TypeShape"/> compares its kind by
/// reference.
/// </summary>
internal abstract class ValueKind
{
    /// <summary>A short, stable name for docs, tests and the conformance table (<c>int32</c>, <c>guid</c>).</summary>
    public abstract string Name { get; }

    public override string ToString() => Name;

    // ---- declarations ----------------------------------------------------------------------------------

    /// <summary>
    /// The shape of <paramref name="type"/> when this kind reads it, else null. A kind that recognizes the type but
    /// cannot read it (a list of lists) sets <see cref="IShapeScope.Why"/> and returns null; so does a kind whose
    /// elements cannot be read.
    /// </summary>
    public abstract TypeShape? Recognize(ITypeSymbol type, IShapeScope scope);

    /// <summary>What the data must hold, in words, for diagnostics and schema descriptions.</summary>
    public abstract string Expectation(TypeShape type);

    /// <summary>
    /// The image of the constant <paramref name="value"/> (an optional parameter's default), or null when the kind
    /// has no image for it. The binder writes a value equal to it as left out, so a key written with its default and
    /// a key left out make the same image.
    /// </summary>
    public virtual bool WriteConstant(object? value, TypeShape type, ImageWriter image) => false;

    /// <summary>The constant <paramref name="value"/> as a JSON literal, as data files write it (the schema's <c>default</c>); null for none.</summary>
    public virtual string? ConstantJson(object value, TypeShape type) => null;

    /// <summary>
    /// The paths from a value of this kind to the references it holds, for reverse lookups: each a list of member
    /// steps. <paramref name="walk"/> carries the steps so far.
    /// </summary>
    public virtual IEnumerable<ReferencePath> ReferencePaths(TypeShape type, ReferenceWalk walk) => walk.Nothing;

    /// <summary>
    /// True for a kind written in data as a list of scalars although it is no list in C# (a <c>[Flags]</c> enum's
    /// members): a CSV cell joins them with ';', as it does a list's items.
    /// </summary>
    public virtual bool IsWrittenAsList => false;

    /// <summary>When this kind holds a list, how generated code walks it (for reverse lookups); else null.</summary>
    public virtual TypeShape? ListElement(TypeShape type, out bool immutableArray)
    {
        immutableArray = false;
        return null;
    }

    // ---- bind ------------------------------------------------------------------------------------------

    /// <summary>True when null is a value of this kind; for every other kind, null is one wrong-type error.</summary>
    public virtual bool AcceptsNull => false;

    /// <summary>
    /// Checks one data value against <paramref name="type"/> and writes it into the image; false, with every error
    /// reported, when it is not a value of the type.
    /// </summary>
    public abstract bool Bind(DataNode node, TypeShape type, string key, IBindScope scope);

    // ---- the generated record reader -------------------------------------------------------------------

    /// <summary>The expression that reads one value of <paramref name="type"/> from <c>reader</c>, a <c>DataImageReader</c>.</summary>
    public abstract string ReadImage(TypeShape type, IStoreScope scope);

    /// <summary>
    /// The value an optional parameter gets when the data leaves it out, where the declared default will not do
    /// (an omitted <c>ImmutableArray</c> is empty, never default); null for the declared default.
    /// </summary>
    public virtual string? LeftOutValue(TypeShape type) => null;

    // ---- generated JSON --------------------------------------------------------------------------------

    /// <summary>True when a value of the type may be null in C#: JSON writes null for it, or leaves the key out.</summary>
    public virtual bool MayBeNull(TypeShape type) => false;

    /// <summary>The statement that writes one value (<paramref name="value"/>, not null) with <c>writer</c>, a <c>Utf8JsonWriter</c>.</summary>
    public abstract string WriteJson(TypeShape type, string value, IJsonScope scope);

    /// <summary>The statements that write a record's parameter: its key and value, or nothing where leaving it out reads back the same.</summary>
    public virtual void WriteJsonParameter(SourceWriter writer, ParameterShape parameter, IJsonScope scope)
    {
        if (MayBeNull(parameter.Type))
        {
            WriteNullableParameter(writer, parameter, parameter.Type, scope);
            return;
        }
        writer.Line("writer.WritePropertyName(" + CSharpNames.StringLiteral(parameter.Key) + ");");
        writer.Line(WriteJson(parameter.Type, "record." + CSharpNames.Identifier(parameter.Name), scope));
    }

    /// <summary>A parameter that may be null: its value as <paramref name="value"/> when there is one, else null, unless null is what leaving it out reads back.</summary>
    protected static void WriteNullableParameter(SourceWriter writer, ParameterShape parameter, TypeShape value, IJsonScope scope)
    {
        string key = CSharpNames.StringLiteral(parameter.Key);
        string local = JsonEmitter.Local(parameter);
        writer.Open("if (record." + CSharpNames.Identifier(parameter.Name) + " is { } " + local + ")");
        writer.Line("writer.WritePropertyName(" + key + ");");
        writer.Line(value.Kind.WriteJson(value, local, scope));
        writer.Close();
        if (!parameter.IsOptional || parameter.DefaultValue != "default!")
        {
            // A required key must be there, and an optional one whose default is not null must say it is null.
            writer.Open("else");
            writer.Line("writer.WriteNull(" + key + ");");
            writer.Close();
        }
    }

    /// <summary>The expression that reads <paramref name="element"/> (a <c>JsonElement</c>) as the type, failing with <paramref name="path"/>.</summary>
    public abstract string ReadJson(TypeShape type, string element, string path, IJsonScope scope);

    // ---- JSON Schema -----------------------------------------------------------------------------------

    /// <summary>The schema of one value of the type.</summary>
    public abstract JsonText Schema(TypeShape type, ISchemaScope scope);

    // ---- keys ------------------------------------------------------------------------------------------

    /// <summary>True for a kind a [SeedKey] may have: each value has one canonical text, so references find it.</summary>
    public virtual bool IsKeyKind => false;

    /// <summary>True when a key of this kind is text itself: it names the records' members and keeps the indexer by text.</summary>
    public virtual bool KeyIsText => false;

    /// <summary>The canonical text of a key value as data writes it, or null when it is not one (its binding says why).</summary>
    public virtual string? KeyText(DataNode node, TypeShape type) => null;

    /// <summary>The expression that gives the canonical text of <paramref name="value"/>, a key of this kind, in generated code.</summary>
    public virtual string KeyTextCode(TypeShape type, string value) => throw new System.InvalidOperationException(Name + " is not a key kind.");

    // ---- indexes ---------------------------------------------------------------------------------------

    /// <summary>
    /// The value of <paramref name="node"/> as the build orders an index by it, or null for a kind with no order (or a
    /// value that is not one of the kind's: its binding reports it). The generated index compares the same values
    /// with <c>Comparer&lt;T&gt;.Default</c> (text: ordinal, or ignoring case).
    /// </summary>
    public virtual OrderValue? OrderOf(DataNode node, TypeShape type) => null;

    /// <summary>True for a kind whose values have an order, so that [SeedIndex] may sort by it.</summary>
    public virtual bool IsOrdered => false;

    /// <summary>The comparer of generated indexes over values of the type: its own order, as the build's <see cref="OrderOf"/>.</summary>
    public virtual string IndexComparer(TypeShape type, bool ignoreCase) => "global::System.Collections.Generic.Comparer<" + type.TypeName + ">.Default";

    /// <summary>Whether an index may sort by values of <paramref name="type"/> (a nullable's by its element's order, null first).</summary>
    public virtual bool Orders(TypeShape type) => IsOrdered;

    /// <summary>
    /// Whether an index refers to a value of <paramref name="type"/> where its record's image holds it, rather than
    /// holding its image again: text, whose image is as long as the text (a number's is no longer than the reference).
    /// </summary>
    public virtual bool IndexedInPlace(TypeShape type) => false;

    // ---- the Data Package ------------------------------------------------------------------------------

    /// <summary>The Table Schema field of a column of this kind, and how its CSV cell is made from the record's JSON.</summary>
    public virtual PackageField PackageField(TypeShape type) => new("object", PackageCell.Json);

    /// <summary>True for a kind whose values the project's own code reads when the data is first used (a project scalar's <c>Parse</c>).</summary>
    public virtual bool ReadByProjectCode => false;

    /// <summary>True when a list of this kind joins its items in one CSV cell (ids, enum spellings: text without the separator).</summary>
    public virtual bool JoinsInLists => false;

    /// <summary>The expression that gives the data spelling of <paramref name="value"/> (not null) as text, or null for a kind that has none (a column of its own in the Data Package needs one).</summary>
    public virtual string? Text(TypeShape type, string value) => null;

    /// <summary>The columns a value of this kind adds after its own in the Data Package (a project scalar's, see <c>SeedDataPackageColumn</c>).</summary>
    public virtual EquatableArray<PackageColumn> PackageColumns(TypeShape type) => EquatableArray<PackageColumn>.Empty;

    // ---- printing and equality -------------------------------------------------------------------------

    /// <summary>The expression that gives the text of <paramref name="value"/> (not null), culture-invariantly.</summary>
    public virtual string Print(TypeShape type, string value)
        => "global::System.Convert.ToString((object?)" + value + ", global::System.Globalization.CultureInfo.InvariantCulture)";

    /// <summary>The statements of <c>PrintMembers</c> for one parameter: nothing for null (or an empty list), else <c>Name = value</c>.</summary>
    public virtual void PrintParameter(SourceWriter writer, ParameterShape parameter, TypeShape type, string access, string local)
    {
        writer.Open("if (" + access + " is { } " + local + ")");
        writer.Line("builder.Append(any ? \", \" : string.Empty).Append(\"" + parameter.Name + " = \").Append(" + PrintKnownNotNull(type, local) + ");");
        writer.Line("any = true;");
        writer.Close();
    }

    /// <summary>As <see cref="Print"/>, for a local already known not to be null.</summary>
    public virtual string PrintKnownNotNull(TypeShape type, string local) => Print(type, local);

    /// <summary>The condition that <paramref name="left"/> and <paramref name="right"/> are equal values of the type.</summary>
    /// <param name="comparedType">The C# type of the two values: the type's own, or its nullable form.</param>
    /// <param name="suffix">Makes the names of pattern variables unique within the method.</param>
    public virtual string Equal(TypeShape type, string comparedType, string left, string right, string suffix, IMembersScope scope)
        => "global::System.Collections.Generic.EqualityComparer<" + comparedType + ">.Default.Equals(" + left + ", " + right + ")";

    /// <summary>
    /// The hash of <paramref name="access"/>, an <c>int</c> expression consistent with <see cref="Equal"/> (0 for null).
    /// Written out rather than with <c>System.HashCode</c>, which netstandard2.0 and .NET Framework lack.
    /// </summary>
    public virtual string Hash(TypeShape type, string access, string suffix) => "(" + access + " is { } __h" + suffix + " ? __h" + suffix + ".GetHashCode() : 0)";
}

/// <summary>What a kind recognizing a type may ask of the declarations reader.</summary>
internal interface IShapeScope
{
    /// <summary>The shape of an element type (a list's item, a nullable's value), or null with <see cref="Why"/> set.</summary>
    TypeShape? Classify(ITypeSymbol type);

    /// <summary>Why the type cannot be read, when a kind refuses it.</summary>
    string? Why { get; set; }

    /// <summary>The fully qualified name the shape uses, with <c>?</c> where the type is annotated nullable.</summary>
    string TypeName(ITypeSymbol type);

    /// <summary>The short name diagnostics use.</summary>
    string DisplayName(ITypeSymbol type);

    /// <summary>The collection of a [SeedRecord] type, or null.</summary>
    string? CollectionOf(INamedTypeSymbol type);

    /// <summary>Reads an inline record's shape (once), and returns its type name; null, with <see cref="Why"/> set, when it contains itself.</summary>
    string? Nested(INamedTypeSymbol type);

    /// <summary>Keeps an enum's XML docs for the schema, once per type.</summary>
    void DescribeEnum(INamedTypeSymbol type, IEnumerable<IFieldSymbol> members);
}

/// <summary>What a kind binding a value may ask of the file binder.</summary>
internal interface IBindScope
{
    /// <summary>The image being written.</summary>
    ImageWriter Image { get; }

    /// <summary>Binds a value of another type (a list's item, a nullable's value).</summary>
    bool Bind(DataNode node, TypeShape type, string key);

    /// <summary>Whether <paramref name="typeName"/> is an inline record whose shape the declarations hold.</summary>
    bool IsRecord(string typeName);

    /// <summary>Binds a mapping as the inline record <paramref name="typeName"/>.</summary>
    bool BindRecord(DataNode node, string typeName);

    /// <summary>Records a reference, by the canonical text of its target's key, to be resolved by the linker, and writes its placeholder.</summary>
    bool BindReference(DataNode node, TypeShape type, string key);

    /// <summary>The key of a key field (of a reference written as a mapping) in the file's key naming.</summary>
    string KeyOf(KeyField field);

    /// <summary>Keeps a value that only the project's own code can check (a project scalar's), for the check the build runs after compiling.</summary>
    void CheckAfterBuild(DataNode node, TypeShape type);

    /// <summary>Reports SD0014 (wrong value type) at <paramref name="node"/>; always false.</summary>
    bool WrongType(DataNode node, TypeShape type, string key, string hint);

    void Report(DiagnosticDescriptor descriptor, DataNode node, params string[] arguments);
}

/// <summary>What a kind's record-reader code may ask of the store emitter.</summary>
internal interface IStoreScope
{
    /// <summary>The expression that reads a value of another type.</summary>
    string Read(TypeShape type);

    /// <summary>The name of the reader method of the inline record <paramref name="typeName"/>.</summary>
    string RecordReader(string typeName);

    /// <summary>The name of the reader method of a list type, written once.</summary>
    string ListReader(TypeShape list);

    /// <summary>The records array of a collection, by its name in data files.</summary>
    string Records(string collection);
}

/// <summary>What a kind's generated JSON code may ask of the JSON emitter.</summary>
internal interface IJsonScope
{
    string Write(TypeShape type, string value);

    string Read(TypeShape type, string element, string path);

    /// <summary>A call of the run-time helper <paramref name="name"/> (a region of Runtime/JsonValues.cs, emitted once, when used).</summary>
    string Helper(string name, params string[] arguments);

    /// <summary>Asks for a run-time region (a kind's own text rule, say) to be emitted with the JSON reader.</summary>
    void Use(string region);

    /// <summary>The name of the helper that spells a value of <paramref name="type"/> (written once by <see cref="ITextHelperKind"/>).</summary>
    string Speller(TypeShape type);

    /// <summary>The name of the helper that reads a value of <paramref name="type"/> from text (written once by <see cref="ITextHelperKind"/>).</summary>
    string Parser(TypeShape type);

    string RecordWriter(string typeName);

    string RecordReader(string typeName);

    string ListReader(TypeShape list);

    /// <summary>The index of a collection, by its name in data files.</summary>
    int CollectionIndex(string collection);
}

/// <summary>A kind that writes helpers of its own into the generated JSON code: a speller, a parser.</summary>
internal interface ITextHelperKind
{
    void WriteSpeller(SourceWriter writer, string name, TypeShape type);

    void WriteParser(SourceWriter writer, string name, TypeShape type);
}

/// <summary>A kind whose values are containers (lists, maps): it writes the reader methods of its types, one per type.</summary>
internal interface IContainerKind
{
    void WriteImageReader(SourceWriter writer, string name, TypeShape list, IStoreScope scope);

    void WriteJsonReader(SourceWriter writer, string name, TypeShape list, IJsonScope scope);
}

/// <summary>What a kind's schema may ask of the schema builder.</summary>
internal interface ISchemaScope
{
    JsonText Value(TypeShape type);

    JsonText Ref(string definition);

    /// <summary>The definition of an enum, made once; returns its name.</summary>
    string Enum(TypeShape type);

    /// <summary>The definition of an inline record, made once; returns its name, or null when the shape is unknown.</summary>
    string? Record(string typeName);

    /// <summary>The definition of the ids of a collection, made once; returns its name.</summary>
    string Reference(string collection, TypeShape type);
}

/// <summary>What a kind's equality code may ask of the members emitter.</summary>
internal interface IMembersScope
{
    /// <summary>Asks for the item-by-item comparison helper of ImmutableArray (or of IReadOnlyList) in the record.</summary>
    void UseSameItems(bool immutableArray);

    /// <summary>Asks for the entry-by-entry comparison helper of maps in the record.</summary>
    void UseSameEntries();
}

/// <summary>How a Data Package CSV cell is made from the record's JSON value.</summary>
internal enum PackageCell
{
    /// <summary>A scalar's text.</summary>
    Text,

    /// <summary>A list's items joined with <c>;</c>.</summary>
    Join,

    /// <summary>The compact JSON.</summary>
    Json,
}

/// <summary>A Data Package column: its Table Schema type and format, how its cell is made, and what the schema says of it.</summary>
/// <param name="References">For a reference, the collection it points into (a foreign key).</param>
/// <param name="Values">For an enum, its spellings (an enum constraint).</param>
internal sealed record PackageField(string Type, PackageCell Cell, string Format = "default", string? Description = null, string? References = null, EquatableArray<string> Values = default);

/// <summary>
/// A column a project scalar adds after its own (a partial date's earliest and latest days): the property it is read
/// from, its name after the parameter's key, its type, and its description (<c>{0}</c> stands for the key).
/// </summary>
internal sealed record PackageColumn(string Property, TypeShape Type, string? Description);
