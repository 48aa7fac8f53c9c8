using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using SeedData.Generator.Kinds;
using SeedData.Generator.Parsing;
using SeedData.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedData.Generator.Tests;

/// <summary>
/// The image writer and the run-time reader pinned to each other, kind by kind, without running the generator:
/// each valid value of the conformance table is bound by its kind into an image (the declarations room reads the
/// type, the kind writes the value), then read back by the code the kind emits for it, compiled with the run-time
/// reader exactly as it is emitted. The value read must print as the table says, and use up the image exactly.
/// Containers (lists, maps, inline records) are these values behind counts and flags, and a project scalar is its
/// text read by its own Parse: the conformance tests cover them through whole builds.
/// </summary>
public sealed class ImageFormatTests
{
    public static TheoryData<string> Kinds => new(KindConformanceTable.Kinds
        .Where(k => (k.Kind is ScalarKind && !k.Kind.ReadByProjectCode) || k.Kind == ValueKinds.FlagsEnum)
        .Select(k => k.Name));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_valid_value_reads_back_from_its_image_as_written(string name)
    {
        var kind = KindConformanceTable.Get(name);
        var type = ShapeOf(kind);
        var cases = new List<(string Yaml, string Printed, string Image)>();
        foreach (var value in kind.Valid)
        {
            var scope = new ImageOnly();
            Assert.True(type.Kind.Bind(Node(value.Yaml), type, "value", scope), value.Yaml + ": " + string.Join("; ", scope.Problems));
            cases.Add((value.Yaml, value.Printed, scope.Image.ToText()));
        }

        var reader = Compile(kind, type, cases.Count);
        for (int i = 0; i < cases.Count; i++)
        {
            var read = (string)reader.GetMethod("Read" + i)!.Invoke(null, new object[] { cases[i].Image })!;
            // An empty printed value is a list or map left out when printed; a scalar always prints.
            Assert.Equal(cases[i].Printed.Length == 0 ? read : cases[i].Printed, read);
        }
    }

    [Fact]
    public void The_format_constants_are_those_the_writer_uses()
    {
        // A reference is patched in place at a fixed width: the writer's placeholder and the reader's read agree.
        var image = new ImageWriter();
        int at = image.WriteReferencePlaceholder();
        Assert.Equal(Runtime.SeedDataRuntime.ImageFormat.ReferenceSymbols, image.Length);
        image.PatchReference(at, (1 << 30) - 1);
        var reader = new Runtime.SeedDataRuntime.DataImageReader(Encoding.UTF8.GetBytes(image.ToText()));
        Assert.Equal((1 << 30) - 1, reader.Reference());
        Assert.True(reader.End);

        // Every symbol is printable ASCII, from the zero digit up.
        var all = new ImageWriter();
        all.WriteVarint(ulong.MaxValue);
        all.WriteBits64(ulong.MaxValue);
        all.WriteZigZag(long.MinValue);
        Assert.All(all.ToString(), c => Assert.InRange(c, Runtime.SeedDataRuntime.ImageFormat.Zero, (char)(Runtime.SeedDataRuntime.ImageFormat.Zero + 63)));
        var back = new Runtime.SeedDataRuntime.DataImageReader(Encoding.UTF8.GetBytes(all.ToText()));
        Assert.Equal(ulong.MaxValue, back.Varint());
        Assert.Equal(ulong.MaxValue, back.Bits64());
        Assert.Equal(long.MinValue, back.Int64());
        Assert.True(back.End);
    }

    [Theory]
    [InlineData("plain ASCII", 11)]
    [InlineData("Kyiv \u2013 Київ", 17)] // an en dash is 3 bytes, each Cyrillic letter 2
    [InlineData("a pair \U0001F600 of surrogates", 25)] // one code point of 4 bytes for two UTF-16 units
    [InlineData("", 0)]
    public void A_string_is_its_UTF8_behind_its_length_in_bytes_and_the_chunk_text_encodes_to_those_bytes(string text, int bytes)
    {
        var image = new ImageWriter();
        image.WriteString(text);
        image.WriteFlag(true);
        var encoded = Encoding.UTF8.GetBytes(image.ToText());
        // The image's length counts bytes, so the chunk's UTF-8 (what an attribute's metadata holds) is the image itself.
        Assert.Equal(image.Length, encoded.Length);
        var reader = new Runtime.SeedDataRuntime.DataImageReader(encoded);
        Assert.Equal((ulong)bytes * 2, reader.Varint());
        reader = new Runtime.SeedDataRuntime.DataImageReader(encoded);
        Assert.Equal(text, reader.String());
        Assert.True(reader.Flag());
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)] // the longest text the reader widens itself
    [InlineData(257)] // decoded by the framework
    [InlineData(4000)]
    public void Text_reads_back_on_both_sides_of_the_length_the_reader_widens_itself(int length)
    {
        foreach (string text in new[] { new string('a', length), new string('a', length - 1) + "\u00E9", "\u00E9" + new string('a', length - 1) })
        {
            var image = new ImageWriter();
            image.WriteString(text);
            var reader = new Runtime.SeedDataRuntime.DataImageReader(Encoding.UTF8.GetBytes(image.ToText()));
            Assert.Equal(text, reader.String());
            Assert.True(reader.End);
        }
    }

    [Fact]
    public void A_string_with_a_lone_surrogate_is_its_UTF16_units_and_still_leaves_the_chunk_valid_UTF8()
    {
        string text = "half \uD83D pair";
        var image = new ImageWriter();
        image.WriteString(text);
        string chunk = image.ToText();
        Assert.DoesNotContain('\uD83D', chunk);
        var reader = new Runtime.SeedDataRuntime.DataImageReader(Encoding.UTF8.GetBytes(chunk));
        Assert.Equal(text, reader.String());
        Assert.True(reader.End);
    }

    /// <summary>The shape of the row's value, as the declarations room reads it from the conformance declarations.</summary>
    private static TypeShape ShapeOf(KindRows kind)
    {
        var compilation = GeneratorHarness.Compilation(KindConformanceTests.Source(kind), AttributeSource.Text);
        var row = compilation.GetTypeByMetadataName("Conformance.Row")!;
        var declared = RecordShapeReader.Read(row, default);
        Assert.Empty(declared.Diagnostics);
        return declared.Shape.Parameters.Single(p => p.Name == "Value").Type;
    }

    private static DataNode Node(string yaml)
    {
        var parsed = DataFileParser.Parse("/pin.yaml", SourceText.From("value: " + yaml + "\n"));
        Assert.Empty(parsed.Diagnostics);
        return parsed.Root!.Get("value")!;
    }

    /// <summary>A class with one method per value: it reads the image with the kind's expression and prints what it read.</summary>
    private static Type Compile(KindRows kind, TypeShape type, int count)
    {
        var store = new NoStore();
        var source = new StringBuilder("namespace Pin\n{\n    public static partial class Reader\n    {\n");
        source.Append(RuntimeSource.Text(new[] { "DataImageReader" })).Append('\n');
        for (int i = 0; i < count; i++)
        {
            source.Append("        public static string Read").Append(i).Append("(string image)\n        {\n")
                .Append("            var reader = new DataImageReader(global::System.Text.Encoding.UTF8.GetBytes(image));\n")
                .Append("            var value = ").Append(type.Kind.ReadImage(type, store)).Append(";\n")
                .Append("            if (!reader.End) throw new global::System.InvalidOperationException(\"The image was not read to its end.\");\n")
                .Append("            return ").Append(type.Kind.Print(type, "value")).Append(" ?? string.Empty;\n        }\n");
        }
        source.Append("    }\n}\n");
        var compilation = GeneratorHarness.Compilation(KindConformanceTests.Source(kind), source.ToString(), AttributeSource.Text);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray()).GetType("Pin.Reader", throwOnError: true)!;
    }

    /// <summary>A binder that writes one value into an image and keeps what it reports.</summary>
    private sealed class ImageOnly : IBindScope
    {
        public ImageWriter Image { get; } = new();

        public List<string> Problems { get; } = new();

        public bool Bind(DataNode node, TypeShape type, string key) => type.Kind.Bind(node, type, key, this);

        public bool IsRecord(string typeName) => false;

        public bool BindRecord(DataNode node, string typeName) => false;

        public bool BindReference(DataNode node, TypeShape type, string key) => false;

        public string KeyOf(KeyField field) => field.Key;

        public void CheckAfterBuild(DataNode node, TypeShape type)
        {
        }

        public bool WrongType(DataNode node, TypeShape type, string key, string hint)
        {
            Problems.Add("wrong type: " + hint);
            return false;
        }

        public void Report(DiagnosticDescriptor descriptor, DataNode node, params string[] arguments) => Problems.Add(descriptor.Id + " " + string.Join(", ", arguments));
    }

    /// <summary>Scalars read from the image alone; a kind that asks for another reader is not a scalar.</summary>
    private sealed class NoStore : IStoreScope
    {
        public string Read(TypeShape type) => type.Kind.ReadImage(type, this);

        public string RecordReader(string typeName) => throw new InvalidOperationException(typeName);

        public string ListReader(TypeShape list) => throw new InvalidOperationException(list.TypeName);

        public string Records(string collection) => throw new InvalidOperationException(collection);
    }
}
