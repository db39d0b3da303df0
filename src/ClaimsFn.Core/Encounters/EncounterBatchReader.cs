using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ClaimsFn.Core.Encounters.Fhir;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core.Encounters;

/// <summary>
/// Reads an uploaded batch of any supported format as a stream of <see cref="EncounterRecord"/>s: chooses the
/// reader by the blob name's extension (<c>.jsonl</c>/<c>.ndjson</c>, <c>.json</c>, <c>.csv</c>, each optionally
/// <c>.gz</c>) and by sniffing the first bytes when the name does not tell, and decompresses gzip within
/// <see cref="ClaimsFnOptions.MaxDecompressedBytes"/>. A file that cannot be read at all yields one
/// <see cref="EncounterRecord.FileRejected"/> record; bad records are rejections; nothing throws for bad data.
/// </summary>
public sealed class EncounterBatchReader(JsonLinesEncounterReader jsonLines, CsvEncounterReader csv, FhirEncounterReader fhir, IOptions<ClaimsFnOptions> options)
{
    /// <summary>How many leading bytes are examined when the name does not tell the format.</summary>
    public const int SniffBytes = 64 * 1024;

    private static readonly byte[] GzipMagic = [0x1F, 0x8B];

    public async IAsyncEnumerable<EncounterRecord> ReadAsync(Stream batch, string blobName, string defaultSource, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var name = blobName.ToLowerInvariant();
        var named = name.EndsWith(".gz", StringComparison.Ordinal);
        if (named) name = name[..^3];

        var raw = new PeekableStream(batch);
        var gzip = named || (await raw.PeekAsync(2, cancellationToken).ConfigureAwait(false)).Span.SequenceEqual(GzipMagic);
        GzipBatchStream? inflated = null;
        Stream content = raw;
        if (gzip)
        {
            if (!(await raw.PeekAsync(2, cancellationToken).ConfigureAwait(false)).Span.SequenceEqual(GzipMagic))
            {
                yield return EncounterRecord.FileRejected("The file is named .gz but is not gzip-compressed. Upload it without the .gz ending, or compress it with gzip.");
                yield break;
            }
            var limit = options.Value.MaxDecompressedBytes;
            // Where the upload can be read twice (a blob can), check the whole of it first, so that a file too large
            // once decompressed is rejected before any of it becomes a claim.
            if (batch.CanSeek)
            {
                batch.Seek(0, SeekOrigin.Begin);
                var problem = await GzipBatchStream.CheckAsync(batch, limit, cancellationToken).ConfigureAwait(false);
                if (problem is not null)
                {
                    yield return EncounterRecord.FileRejected(problem);
                    yield break;
                }
                batch.Seek(0, SeekOrigin.Begin);
                raw = new PeekableStream(batch);
            }
            content = inflated = new GzipBatchStream(raw, limit);
        }

        await using (inflated)
        {
            var peekable = new PeekableStream(content);
            var format = FormatFromName(name);
            string? unknown = null;
            if (format is null or EncounterFormat.JsonLines)
            {
                var head = await peekable.PeekAsync(SniffBytes, cancellationToken).ConfigureAwait(false);
                (format, unknown) = format is null ? Sniff(head.Span) : (SniffLines(head.Span), null);
            }

            long last = 0;
            var any = false;
            if (format is null)
            {
                yield return EncounterRecord.FileRejected(inflated?.Problem ?? unknown!);
                yield break;
            }
            var records = format switch
            {
                EncounterFormat.JsonLines => jsonLines.ReadAsync(peekable, defaultSource, cancellationToken),
                EncounterFormat.Csv => csv.ReadAsync(peekable, defaultSource, cancellationToken),
                EncounterFormat.FhirBundle => fhir.ReadAsync(peekable, defaultSource, oneBundlePerLine: false, cancellationToken),
                _ => fhir.ReadAsync(peekable, defaultSource, oneBundlePerLine: true, cancellationToken),
            };
            await foreach (var record in records.ConfigureAwait(false))
            {
                if (record.RejectsFile)
                {
                    // A cut-off stream explains itself better than whatever the reader made of the cut.
                    yield return inflated?.Problem is { } cut ? EncounterRecord.FileRejected(cut) : record;
                    yield break;
                }
                any = true;
                last = record.RecordNumber;
                yield return record;
            }
            if (inflated?.Problem is { } problem2)
            {
                // Only where the upload could not be checked first (a stream read once): what was read stands.
                yield return any
                    ? EncounterRecord.Rejected(last + 1, problem2 + " Records after this point were not read.", "end of the readable data")
                    : EncounterRecord.FileRejected(problem2);
            }
        }
    }

    /// <summary>The format a blob name says (without its .gz), or null when the extension does not tell.</summary>
    public static EncounterFormat? FormatFromName(string nameWithoutGz) => Path.GetExtension(nameWithoutGz).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => EncounterFormat.JsonLines, // FHIR NDJSON or ClaimsFn JSON lines: the first line tells
        ".json" => EncounterFormat.FhirBundle,
        ".csv" => EncounterFormat.Csv,
        _ => null,
    };

    /// <summary>Guesses the format from the first bytes of an unnamed file; null with a reason when nothing fits.</summary>
    internal static (EncounterFormat? Format, string? Reason) Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (null, "The file is UTF-16 text; ClaimsFn reads UTF-8. Save it as UTF-8 (for a spreadsheet: \"CSV UTF-8\") and upload it again.");
        if (head.StartsWith(Encoding.UTF8.Preamble)) head = head[3..];
        var text = head.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty) return (null, "The file is empty (nothing but blank space).");
        if (text[0] == '{')
        {
            var newline = text.IndexOf((byte)'\n');
            var firstLine = newline < 0 ? text : text[..newline];
            if (IsCompleteJsonValue(firstLine)) return (HasResourceType(firstLine) ? EncounterFormat.FhirNdjson : EncounterFormat.JsonLines, null);
            if (HasResourceType(text)) return (EncounterFormat.FhirBundle, null);
        }
        else
        {
            var newline = text.IndexOf((byte)'\n');
            var header = Encoding.UTF8.GetString(newline < 0 ? text : text[..newline]);
            if (header.Contains(',', StringComparison.Ordinal) && header.Contains(CsvSuperbillColumns.EncounterId, StringComparison.OrdinalIgnoreCase))
                return (EncounterFormat.Csv, null);
        }
        return (null, "The file's format is not recognized. ClaimsFn reads JSON lines (.jsonl), FHIR R4 Bundles (.json, or .ndjson with one Bundle per line) and the CSV superbill (.csv), each optionally gzip-compressed (.gz); name the file with its format's ending.");
    }

    /// <summary>For a line-per-record file: FHIR NDJSON when the first non-blank line has a top-level resourceType.</summary>
    internal static EncounterFormat SniffLines(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Encoding.UTF8.Preamble)) head = head[3..];
        var text = head.TrimStart(" \t\r\n"u8);
        var newline = text.IndexOf((byte)'\n');
        return HasResourceType(newline < 0 ? text : text[..newline]) ? EncounterFormat.FhirNdjson : EncounterFormat.JsonLines;
    }

    private static bool IsCompleteJsonValue(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: true, default);
        try
        {
            return reader.Read() && reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>True when the object that starts <paramref name="json"/> has a top-level "resourceType" within these bytes.</summary>
    private static bool HasResourceType(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: false, default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("resourceType"u8)) return true;
                if (reader.CurrentDepth == 0) return false;
            }
        }
        catch (JsonException)
        {
        }
        return false;
    }
}
