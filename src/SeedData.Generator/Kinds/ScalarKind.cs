using SeedData.Generator.Declarations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Kinds;

/// <summary>The outcome of reading one scalar: written, or why it was refused.</summary>
internal readonly record struct ScalarResult(ScalarProblem Problem, string Detail)
{
    public static readonly ScalarResult Ok = new(ScalarProblem.None, string.Empty);
    public static ScalarResult WrongType(string hint) => new(ScalarProblem.WrongType, hint);
    public static ScalarResult OutOfRange(string detail) => new(ScalarProblem.OutOfRange, detail);
}

internal enum ScalarProblem
{
    None,
    WrongType,
    OutOfRange,
}

/// <summary>
/// A kind written as one scalar in data: the text of a plain or quoted scalar is checked and written to the image.
/// Numbers, booleans and nulls must be plain (unquoted); text may be written any way.
/// </summary>
internal abstract class ScalarKind : ValueKind
{
    protected const string Unquote = "Write it without quotes.";

    /// <summary>A rule's verdict as the binder reports it: the hint for a wrong spelling, or what is out of range.</summary>
    protected static ScalarResult Checked(Runtime.SeedDataRuntime.ScalarCheck check, string wrongTypeHint, string outOfRange)
        => check switch
        {
            Runtime.SeedDataRuntime.ScalarCheck.Ok => ScalarResult.Ok,
            Runtime.SeedDataRuntime.ScalarCheck.WrongType => ScalarResult.WrongType(wrongTypeHint),
            _ => ScalarResult.OutOfRange(outOfRange),
        };

    /// <summary>A call of a run-time JSON helper that checks the value with this kind's rule, failing with its expectation.</summary>
    protected static string Checked(IJsonScope scope, string helper, TypeShape type, string element, string path, params string[] arguments)
    {
        var all = new System.Collections.Generic.List<string> { element, path };
        all.AddRange(arguments);
        all.Add(CSharpNames.StringLiteral(type.Expectation));
        return scope.Helper(helper, all.ToArray());
    }

    /// <summary>Reads <paramref name="text"/> as a value of the type and writes it to <paramref name="image"/>, or says why not.</summary>
    /// <param name="plain">True for a plain (unquoted) scalar, which may be a number or boolean.</param>
    public abstract ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image);

    public override bool Bind(DataNode node, TypeShape type, string key, IBindScope scope)
    {
        if (node.Kind != DataNodeKind.Scalar) return scope.WrongType(node, type, key, string.Empty);
        var result = Write(node.Value ?? string.Empty, node.Style == ScalarStyle.Plain, type, scope.Image);
        switch (result.Problem)
        {
            case ScalarProblem.None:
                return true;
            case ScalarProblem.WrongType:
                return scope.WrongType(node, type, key, result.Detail);
            default:
                scope.Report(DiagnosticDescriptors.ValueOutOfRange, node, node.Value ?? string.Empty, key, result.Detail);
                return false;
        }
    }

    public override PackageField PackageField(TypeShape type) => new("string", PackageCell.Text);

    public override string? KeyText(DataNode node, TypeShape type)
        => IsKeyKind && node.Kind == DataNodeKind.Scalar && !node.IsNull ? KeyText(node.Value ?? string.Empty, node.Style == ScalarStyle.Plain, type) : null;

    public override OrderValue? OrderOf(DataNode node, TypeShape type)
        => node.Kind == DataNodeKind.Scalar && !node.IsNull ? OrderOf(node.Value ?? string.Empty, node.Style == ScalarStyle.Plain, type) : null;

    /// <summary>The value of a scalar of this kind as an index orders it, or null for a kind with no order or a wrong value.</summary>
    protected virtual OrderValue? OrderOf(string text, bool plain, TypeShape type) => null;

    /// <summary>The canonical text of a key of this kind written as <paramref name="text"/>, or null when it is none.</summary>
    protected virtual string? KeyText(string text, bool plain, TypeShape type) => null;
}
