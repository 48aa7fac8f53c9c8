namespace SeedData.Generator.Runtime;

internal static partial class SeedDataRuntime
{
    #region ImageFormat
    /// <summary>
    /// The constants of the data image format, shared by the generator's writer and the generated reader. The image
    /// is bytes, always valid UTF-8: structural numbers are symbols of printable ASCII, <c>Zero</c> + a digit of 0 to
    /// 63, and text is its UTF-8.
    /// </summary>
    internal static class ImageFormat
    {
        /// <summary>The symbol of digit 0; digits 0 to 63 are the printable characters <c>'0'</c> to <c>'o'</c>.</summary>
        internal const char Zero = '0';

        /// <summary>A varint digit holds this many bits; a digit of <see cref="VarintMore"/> or more says another follows.</summary>
        internal const int VarintBits = 5;

        internal const int VarintMore = 1 << VarintBits;

        internal const int VarintMask = VarintMore - 1;

        /// <summary>Fixed-width numbers (64-bit patterns, references) use digits of this many bits.</summary>
        internal const int FixedBits = 6;

        internal const int FixedMask = (1 << FixedBits) - 1;

        /// <summary>The digits of a 64-bit pattern (a double's bits).</summary>
        internal const int Bits64Symbols = 11;

        /// <summary>
        /// The digits of a reference: the index of the record in its collection, below 2^30, at a fixed width so that
        /// the linker can fill it in place.
        /// </summary>
        internal const int ReferenceSymbols = 5;

        /// <summary>
        /// A record's locator: the record chunk it starts in (<see cref="LocatorChunkSymbols"/> digits) and where in that
        /// chunk (<see cref="LocatorOffsetSymbols"/> digits; a record starts before <c>ChunkLength</c>), so that one record
        /// is read without reading those before it.
        /// </summary>
        internal const int LocatorChunkSymbols = 4;

        internal const int LocatorOffsetSymbols = 3;

        internal const int LocatorSymbols = LocatorChunkSymbols + LocatorOffsetSymbols;

        /// <summary>Locators and key slots come in chunks of this many, so the chunk of number n is n / PerChunk.</summary>
        internal const int PerChunk = 4096;

        /// <summary>A key slot holds a record's position + 1 (0 = empty) in as many digits as a reference.</summary>
        internal const int SlotSymbols = ReferenceSymbols;
    }
    #endregion
}
