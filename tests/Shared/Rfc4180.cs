using System;
using System.Collections.Generic;
using System.Text;

namespace SeedData.Tests.Shared;

/// <summary>
/// A strict RFC 4180 reader: fields separated by commas, records ended by CRLF (the last one too), a field
/// either plain (no comma, quote, CR or LF) or quoted with doubled inner quotes; every record the same width;
/// UTF-8 without BOM. Anything else is a <see cref="FormatException"/>, so a lenient writer cannot pass.
/// </summary>
internal static class Rfc4180
{
    public static List<string[]> Parse(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) throw new FormatException("UTF-8 BOM");
        string text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException($"Unclosed quoted field in record {records.Count + 1}");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"') throw new FormatException($"A quote inside an unquoted field in record {records.Count + 1}");
                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length) throw new FormatException("The last record does not end with CRLF");
            if (text[i] == ',') { i++; continue; }
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i += 2;
                if (records.Count > 0 && records[0].Length != record.Count)
                {
                    throw new FormatException($"Record {records.Count + 1} has {record.Count} fields, the header {records[0].Length}");
                }
                records.Add(record.ToArray());
                record.Clear();
                continue;
            }
            throw new FormatException($"Unexpected '{text[i]}' after a field in record {records.Count + 1}");
        }

        return records;
    }
}
