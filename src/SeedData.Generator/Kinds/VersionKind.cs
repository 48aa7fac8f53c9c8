using Microsoft.CodeAnalysis;
using SeedData.Generator.Declarations;
using SeedData.Generator.Emitting;
using SeedData.Generator.Image;
using static SeedData.Generator.Runtime.SeedDataRuntime;

namespace SeedData.Generator.Kinds
{
    /// <summary>
    /// <c>Version</c>: two to four whole numbers joined by dots (<c>'1.2'</c>, <c>10.0.1</c>, <c>1.2.3.4</c>), each up to
    /// 2147483647, without signs, spaces or leading zeros; written back as <c>Version.ToString()</c> writes it. A version
    /// of two parts is a number to a plain scalar, so it is quoted. The image holds its text. Its text rule is here
    /// too (VersionText, emitted for ReadJson): a kind is one file.
    /// </summary>
    internal sealed class VersionKind : ScalarKind
    {
        public override string Name => "version";

        public override TypeShape? Recognize(ITypeSymbol type, IShapeScope scope)
            => type.OriginalDefinition.ToDisplayString() == "System.Version" ? TypeShape.Simple(this, scope.TypeName(type), "Version") : null;

        public override string Expectation(TypeShape type) => "a version written major.minor[.build[.revision]]";

        public override ScalarResult Write(string text, bool plain, TypeShape type, ImageWriter image)
        {
            var check = VersionText.Check(text, plain, out var version);
            if (check == ScalarCheck.Ok) image.WriteString(version!.ToString());
            return Checked(check, plain && text.IndexOf('.') == text.LastIndexOf('.')
                ? "A version of two parts reads as a number: write it in quotes, e.g. '1.2'."
                : "Write two to four numbers joined by dots, e.g. '1.2' or 10.0.1.", "each part of a version holds 0 to 2147483647.");
        }

        public override string ReadImage(TypeShape type, IStoreScope scope) => "global::System.Version.Parse(reader.String())";

        public override bool MayBeNull(TypeShape type) => true;

        public override string WriteJson(TypeShape type, string value, IJsonScope scope) => "WriteText(writer, " + value + ".ToString());";

        public override string ReadJson(TypeShape type, string element, string path, IJsonScope scope)
        {
            scope.Use("VersionText");
            scope.Use("ReadChecked");
            return "ReadChecked<global::System.Version?>(" + element + ", " + path + ", VersionText.Check, " + CSharpNames.StringLiteral(type.Expectation) + ")!";
        }

        public override JsonText Schema(TypeShape type, ISchemaScope scope)
            => JsonText.Object().Set("type", "string").Set("pattern", "^" + Part + "(\\." + Part + "){1,3}$");

        // 0 to 2147483647, without leading zeros, digit by digit.
        private const string Part = "(0|[1-9][0-9]{0,8}|1[0-9]{9}|20[0-9]{8}|21[0-3][0-9]{7}|214[0-6][0-9]{6}|2147[0-3][0-9]{5}|21474[0-7][0-9]{4}"
            + "|214748[0-2][0-9]{3}|2147483[0-5][0-9]{2}|21474836[0-3][0-9]|214748364[0-7])";

        public override string? Text(TypeShape type, string value) => value + ".ToString()";

        public override bool IsOrdered => true;

        protected override OrderValue? OrderOf(string text, bool plain, TypeShape type)
            => VersionText.Check(text, plain, out var version) == ScalarCheck.Ok ? OrderValue.OfVersion(version!) : null;
    }
}

namespace SeedData.Generator.Runtime
{
    internal static partial class SeedDataRuntime
    {
        #region VersionText (uses ScalarCheck, ScalarRules)
        /// <summary>The rule of a <c>Version</c>'s text, shared by the binder and ReadJson.</summary>
        internal static class VersionText
        {
            /// <remarks>A plain scalar that is a number (<c>1.2</c>) is a number to JSON and to editors: it must be quoted, as the schema says.</remarks>
            internal static ScalarCheck Check(string text, bool plain, out global::System.Version? value)
            {
                value = null;
                if (plain && ScalarRules.Number(text, out _, out _, out _)) return ScalarCheck.WrongType;
                string[] parts = text.Split('.');
                if (parts.Length is < 2 or > 4) return ScalarCheck.WrongType;
                var numbers = new int[parts.Length];
                for (int i = 0; i < parts.Length; i++)
                {
                    string part = parts[i];
                    if (part.Length == 0 || part.Length > 1 && part[0] == '0') return ScalarCheck.WrongType;
                    long number = 0;
                    foreach (char c in part)
                    {
                        if (c is < '0' or > '9') return ScalarCheck.WrongType;
                        number = global::System.Math.Min(number * 10 + (c - '0'), 1L << 40);
                    }
                    if (number > int.MaxValue) return ScalarCheck.OutOfRange;
                    numbers[i] = (int)number;
                }
                value = numbers.Length switch
                {
                    2 => new global::System.Version(numbers[0], numbers[1]),
                    3 => new global::System.Version(numbers[0], numbers[1], numbers[2]),
                    _ => new global::System.Version(numbers[0], numbers[1], numbers[2], numbers[3]),
                };
                return ScalarCheck.Ok;
            }
        }
        #endregion
    }
}
