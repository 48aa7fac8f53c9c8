namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    // Written into the DataImage class, inside the dataset class where ImagePart and its ImageChunk are: so it names no
    // region it uses, which would be written a second time.
    #region ImageMetadata
#if NET5_0_OR_GREATER
    /// <summary>
    /// Finds a large image's chunks where the assembly's metadata holds them. Each chunk is the string argument of a
    /// <c>DataChunk</c> attribute on a holder class, and a custom attribute's value blob holds a string as its UTF-8,
    /// which is the chunk's bytes: reading a group this way costs no reflection and no copy of the image (reflection
    /// decodes every argument into a new string). The blobs are found by the tables of ECMA-335 II.22 and II.24.
    /// Anything that is not as expected gives null, and the caller reads the attributes by reflection instead.
    /// </summary>
    internal static unsafe class ImageMetadata
    {
        // The table numbers of ECMA-335 II.22 that the offset of the CustomAttribute table, or the width of a column
        // before it, depends on.
        private const int Module = 0x00, TypeRef = 0x01, TypeDef = 0x02, Field = 0x04, MethodDef = 0x06, Param = 0x08, InterfaceImpl = 0x09,
            MemberRef = 0x0A, Constant = 0x0B, CustomAttribute = 0x0C, DeclSecurity = 0x0E, StandAloneSig = 0x11, Event = 0x14,
            Property = 0x17, ModuleRef = 0x1A, TypeSpec = 0x1B, Assembly = 0x20, AssemblyRef = 0x23, File = 0x26, ExportedType = 0x27,
            ManifestResource = 0x28, GenericParam = 0x2A, MethodSpec = 0x2B, GenericParamConstraint = 0x2C;

        // The tables a HasCustomAttribute coded index can name, in the order of its tag (TypeDef is tag 3).
        private static readonly int[] HasCustomAttribute =
        {
            MethodDef, Field, TypeRef, TypeDef, Param, InterfaceImpl, MemberRef, Module, DeclSecurity, Property, Event, StandAloneSig,
            ModuleRef, TypeSpec, Assembly, AssemblyRef, File, ExportedType, ManifestResource, GenericParam, GenericParamConstraint, MethodSpec,
        };

        private const int TypeDefTag = 3, HasCustomAttributeTagBits = 5;

        private static Layout? s_layout;
        private static bool s_unreadable;

        /// <summary>The chunks of group <paramref name="group"/>, whose holder class is <paramref name="group"/> tokens after <paramref name="first"/>'s; or null.</summary>
        internal static ImageChunk[]? Chunks(global::System.Type first, int group)
        {
            if (s_unreadable) return null;
            try
            {
                var layout = s_layout ??= Layout.Of(first.Assembly);
                if (layout is null)
                {
                    s_unreadable = true;
                    return null;
                }
                return layout.Chunks(first.MetadataToken + group, group);
            }
            catch (global::System.IndexOutOfRangeException)
            {
                // A span read past its end: metadata laid out otherwise than assumed here.
                return null;
            }
            catch (global::System.ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        /// <summary>Where the heaps and the tables this reader needs are, and how wide their rows and columns are.</summary>
        private sealed class Layout
        {
            private byte* _metadata;
            private int _length, _strings, _blobs, _typeDefs, _typeDefRow, _typeDefCount, _attributes, _attributeRow, _attributeCount;
            private int _stringIndex, _blobIndex, _parentIndex, _typeIndex;

            // Run once, or once for each group of chunks: compiled without optimization, which is the cheapest to compile.
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
            internal static Layout? Of(global::System.Reflection.Assembly assembly)
            {
                if (!global::System.Reflection.Metadata.AssemblyExtensions.TryGetRawMetadata(assembly, out byte* metadata, out int length)) return null;
                var data = new global::System.ReadOnlySpan<byte>(metadata, length);
                // The metadata root (II.24.2.1): its signature, the version string's length, then the stream headers.
                if (I32(data, 0) != 0x424A5342) return null;
                int at = 16 + I32(data, 12);
                int streams = U16(data, at + 2);
                at += 4;
                int tables = -1, strings = -1, blobs = -1;
                for (int s = 0; s < streams; s++)
                {
                    int offset = I32(data, at), name = at + 8, end = name;
                    while (data[end] != 0) end++;
                    var streamName = data.Slice(name, end - name);
                    // "#~" is the compressed table stream; "#-" (uncompressed, for edits) is not read here.
                    if (Is(streamName, "#~")) tables = offset;
                    else if (Is(streamName, "#Strings")) strings = offset;
                    else if (Is(streamName, "#Blob")) blobs = offset;
                    at = name + ((end - name + 4) & ~3);
                }
                if (tables < 0 || strings < 0 || blobs < 0) return null;

                // The table stream (II.24.2.6): the heaps' index widths, which tables are there, and their row counts.
                int heapSizes = data[tables + 6];
                if ((heapSizes & ~0x07) != 0) return null;
                ulong present = (ulong)I64(data, tables + 8), sorted = (ulong)I64(data, tables + 16);
                if ((sorted & (1UL << CustomAttribute)) == 0) return null;
                var rows = new int[64];
                at = tables + 24;
                for (int t = 0; t < 64; t++)
                {
                    if ((present & (1UL << t)) == 0) continue;
                    rows[t] = I32(data, at);
                    at += 4;
                }
                int str = (heapSizes & 1) != 0 ? 4 : 2, guid = (heapSizes & 2) != 0 ? 4 : 2, blob = (heapSizes & 4) != 0 ? 4 : 2;
                int Index(int table) => rows[table] < 0x10000 ? 2 : 4;
                int Coded(int tagBits, params int[] among)
                {
                    int most = 0;
                    foreach (int table in among) most = global::System.Math.Max(most, rows[table]);
                    return most < 1 << (16 - tagBits) ? 2 : 4;
                }
                int typeDefOrRef = Coded(2, TypeDef, TypeRef, TypeSpec);
                var rowSizes = new int[CustomAttribute + 1];
                rowSizes[Module] = 2 + str + 3 * guid;
                rowSizes[TypeRef] = Coded(2, Module, ModuleRef, AssemblyRef, TypeRef) + 2 * str;
                rowSizes[TypeDef] = 4 + 2 * str + typeDefOrRef + Index(Field) + Index(MethodDef);
                rowSizes[0x03] = Index(Field);
                rowSizes[Field] = 2 + str + blob;
                rowSizes[0x05] = Index(MethodDef);
                rowSizes[MethodDef] = 8 + str + blob + Index(Param);
                rowSizes[0x07] = Index(Param);
                rowSizes[Param] = 4 + str;
                rowSizes[InterfaceImpl] = Index(TypeDef) + typeDefOrRef;
                rowSizes[MemberRef] = Coded(3, TypeDef, TypeRef, ModuleRef, MethodDef, TypeSpec) + str + blob;
                rowSizes[Constant] = 2 + Coded(2, Field, Param, Property) + blob;
                var layout = new Layout
                {
                    _metadata = metadata,
                    _length = length,
                    _strings = strings,
                    _blobs = blobs,
                    _stringIndex = str,
                    _blobIndex = blob,
                    _parentIndex = Coded(HasCustomAttributeTagBits, HasCustomAttribute),
                    _typeIndex = Coded(3, MethodDef, MemberRef),
                    _typeDefRow = rowSizes[TypeDef],
                    _typeDefCount = rows[TypeDef],
                    _attributeCount = rows[CustomAttribute],
                };
                layout._attributeRow = layout._parentIndex + layout._typeIndex + blob;
                for (int t = 0; t < CustomAttribute; t++)
                {
                    if (t == TypeDef) layout._typeDefs = at;
                    at += rows[t] * rowSizes[t];
                }
                layout._attributes = at;
                return layout._attributes + layout._attributeCount * layout._attributeRow <= length ? layout : null;
            }

            /// <summary>The chunks on the holder class of <paramref name="token"/>, which must be named G + <paramref name="group"/>.</summary>
            // Run once, or once for each group of chunks: compiled without optimization, which is the cheapest to compile.
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]
            internal ImageChunk[]? Chunks(int token, int group)
            {
                var data = new global::System.ReadOnlySpan<byte>(_metadata, _length);
                int row = token & 0xFFFFFF;
                if (token >> 24 != TypeDef || row < 1 || row > _typeDefCount) return null;
                // The holder's name, so that a token the compiler numbered otherwise is never read as a holder's.
                int name = _strings + Read(data, _typeDefs + (row - 1) * _typeDefRow + 4, _stringIndex);
                if (data[name] != (byte)'G') return null;
                int digits = name + 1, value = 0;
                for (; data[digits] != 0; digits++)
                {
                    if (data[digits] < '0' || data[digits] > '9' || digits - name > 9) return null;
                    value = value * 10 + (data[digits] - '0');
                }
                if (digits == name + 1 || value != group) return null;

                // The CustomAttribute table is sorted by parent: the first row whose parent is the holder, by halves.
                int parent = (row << HasCustomAttributeTagBits) | TypeDefTag;
                int low = 0, high = _attributeCount;
                while (low < high)
                {
                    int middle = (int)((uint)(low + high) >> 1);
                    if (Read(data, _attributes + middle * _attributeRow, _parentIndex) < parent) low = middle + 1;
                    else high = middle;
                }
                int end = low;
                while (end < _attributeCount && Read(data, _attributes + end * _attributeRow, _parentIndex) == parent) end++;
                if (end == low) return null;

                var chunks = new ImageChunk[end - low];
                var found = new bool[chunks.Length];
                for (int r = low; r < end; r++)
                {
                    // The value blob (II.23.3): prolog 0x0001, the int index, the string (packed length, UTF-8), no named arguments.
                    int at = _blobs + Read(data, _attributes + r * _attributeRow + _parentIndex + _typeIndex, _blobIndex);
                    int size = PackedLength(data, ref at), start = at;
                    if (size < 9 || U16(data, at) != 1) return null;
                    int index = I32(data, at + 2);
                    at += 6;
                    if (data[at] == 0xFF || (uint)index >= (uint)chunks.Length || found[index]) return null;
                    int length = PackedLength(data, ref at);
                    if (at + length + 2 != start + size || U16(data, at + length) != 0) return null;
                    chunks[index] = new ImageChunk((global::System.IntPtr)(_metadata + at), length);
                    found[index] = true;
                }
                return chunks;
            }

            /// <summary>A compressed unsigned length (II.23.2), moving <paramref name="at"/> past it.</summary>
            private static int PackedLength(global::System.ReadOnlySpan<byte> data, ref int at)
            {
                int first = data[at];
                if ((first & 0x80) == 0)
                {
                    at += 1;
                    return first;
                }
                if ((first & 0xC0) == 0x80)
                {
                    at += 2;
                    return ((first & 0x3F) << 8) | data[at - 1];
                }
                at += 4;
                return ((first & 0x1F) << 24) | (data[at - 3] << 16) | (data[at - 2] << 8) | data[at - 1];
            }

            private static int Read(global::System.ReadOnlySpan<byte> data, int at, int width) => width == 2 ? U16(data, at) : I32(data, at);
        }

        /// <summary>Whether an ASCII name is <paramref name="text"/> (a u8 literal would need C# 11).</summary>
        private static bool Is(global::System.ReadOnlySpan<byte> name, string text)
        {
            if (name.Length != text.Length) return false;
            for (int i = 0; i < text.Length; i++)
            {
                if (name[i] != text[i]) return false;
            }
            return true;
        }

        // Little-endian, as metadata is, by hand: BinaryPrimitives would load the System.Memory facade in a fresh process.
        private static int U16(global::System.ReadOnlySpan<byte> data, int at) => data[at] | data[at + 1] << 8;

        private static int I32(global::System.ReadOnlySpan<byte> data, int at) => data[at] | data[at + 1] << 8 | data[at + 2] << 16 | data[at + 3] << 24;

        private static long I64(global::System.ReadOnlySpan<byte> data, int at) => (uint)I32(data, at) | (long)I32(data, at + 4) << 32;
    }
#endif
    #endregion
}
