using System;

namespace SeedData.Generator.Model;

/// <summary>A byte array compared by content, for pipeline models that carry encoded data.</summary>
internal readonly struct EquatableBytes(byte[]? bytes) : IEquatable<EquatableBytes>
{
    private readonly byte[]? _bytes = bytes;

    public byte[] Bytes => _bytes ?? Array.Empty<byte>();

    public int Length => Bytes.Length;

    public bool Equals(EquatableBytes other)
    {
        byte[] left = Bytes, right = other.Bytes;
        if (ReferenceEquals(left, right)) return true;
        if (left.Length != right.Length) return false;
        for (int i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i]) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableBytes other && Equals(other);

    public override int GetHashCode()
    {
        // The length and a sample of the bytes: enough to spread values, cheap for megabytes.
        byte[] bytes = Bytes;
        int hash = bytes.Length;
        int step = Math.Max(1, bytes.Length / 64);
        for (int i = 0; i < bytes.Length; i += step) hash = unchecked(hash * 31 + bytes[i]);
        return hash;
    }
}
