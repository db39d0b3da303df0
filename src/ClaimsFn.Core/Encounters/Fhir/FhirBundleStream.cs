using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ClaimsFn.Core.Encounters.Fhir;

/// <summary>
/// Streams the entries of FHIR Bundles out of JSON without holding the file: a refilled buffer under a
/// <see cref="Utf8JsonReader"/> walks the Bundle's top-level properties and hands over each <c>entry</c> element
/// as its own small JSON object. Memory is bounded by the largest single entry (at most <see cref="MaxEntryBytes"/>),
/// whatever the file's size. In NDJSON mode each line is one Bundle, and a broken line is skipped at its line break,
/// so the next line is read as usual. Never throws for bad data: breaks become <see cref="FhirJsonEvent.Broken"/>.
/// </summary>
internal sealed class FhirBundleStream(Stream stream, bool oneBundlePerLine)
{
    /// <summary>The largest single Bundle entry (one resource) read; a larger one breaks its Bundle with a reason.</summary>
    public const int MaxEntryBytes = 16 * 1024 * 1024;

    private const int InitialBuffer = 64 * 1024;

    private byte[] buffer = new byte[InitialBuffer];
    private int start;
    private int end;
    private bool eof;
    private bool atFileStart = true;
    private JsonReaderState state;
    private Phase phase = Phase.BetweenValues;
    private long line = 1;
    private long valueLine = 1;
    private long entries;
    private string? resourceType;
    private string? bundleType;
    private string? brokenReason;

    private enum Phase { BetweenValues, Root, Entries, AfterValue, SkipLine, Done }

    private enum Step { Continue, NeedMore, Finished }

    public async IAsyncEnumerable<FhirJsonEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var events = new List<FhirJsonEvent>();
        while (true)
        {
            var step = Pump(events);
            foreach (var e in events) yield return e;
            events.Clear();
            if (step == Step.Finished) yield break;
            if (step == Step.NeedMore)
            {
                if (eof)
                {
                    // Pump asks for more at the end of the input only through a bug; end rather than spin.
                    yield break;
                }
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxEntryBytes * 2L)
            {
                // Still no complete entry in 2 x MaxEntryBytes: the data is discarded by Pump as too large.
                brokenReason = $"an entry is larger than {MaxEntryBytes / 1024 / 1024} MiB";
                return;
            }
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
        if (read == 0) eof = true;
        end += read;
    }

    private Step Pump(List<FhirJsonEvent> events)
    {
        while (true)
        {
            if (atFileStart)
            {
                if (end - start < 3 && !eof) return Step.NeedMore;
                if (buffer.AsSpan(start, end - start).StartsWith(Encoding.UTF8.Preamble)) start += 3;
                atFileStart = false;
            }
            if (brokenReason is not null)
            {
                Break(events, brokenReason);
                brokenReason = null;
                continue;
            }

            var available = buffer.AsSpan(start, end - start);
            int sliceLength;
            bool final;
            var newline = oneBundlePerLine ? available.IndexOf((byte)'\n') : -1;
            if (newline >= 0) (sliceLength, final) = (newline, true);
            else (sliceLength, final) = (available.Length, eof);
            var slice = available[..sliceLength];

            switch (phase)
            {
                case Phase.Done:
                    return Step.Finished;

                case Phase.SkipLine:
                    if (newline < 0)
                    {
                        start = end;
                        if (eof) return Finish();
                        return Step.NeedMore;
                    }
                    start += newline + 1;
                    line++;
                    phase = Phase.BetweenValues;
                    continue;

                case Phase.BetweenValues:
                case Phase.AfterValue:
                {
                    var blank = slice.IndexOfAnyExcept(" \t\r\n"u8);
                    if (blank < 0)
                    {
                        if (newline >= 0)
                        {
                            start += newline + 1;
                            line++;
                            if (phase == Phase.AfterValue) phase = Phase.BetweenValues;
                            continue;
                        }
                        start += slice.Length;
                        return eof ? Finish() : Step.NeedMore;
                    }
                    if (phase == Phase.AfterValue)
                    {
                        Break(events, oneBundlePerLine ? "there is more on the line after the Bundle (one Bundle per line)" : "there is more in the file after the Bundle");
                        continue;
                    }
                    if (!oneBundlePerLine) line += CountLines(slice[..blank]);
                    start += blank;
                    phase = Phase.Root;
                    state = default;
                    valueLine = line;
                    entries = 0;
                    resourceType = bundleType = null;
                    continue;
                }

                default:
                {
                    var step = ReadValue(events, buffer.AsSpan(start, sliceLength), final);
                    if (step == Step.NeedMore && final)
                    {
                        Break(events, oneBundlePerLine ? "the line ends before its JSON is complete" : "the file ends before its JSON is complete");
                        continue;
                    }
                    if (step == Step.NeedMore) return Step.NeedMore;
                    continue;
                }
            }
        }
    }

    /// <summary>Reads tokens of the current value from <paramref name="span"/>; consumes what it completes.</summary>
    private Step ReadValue(List<FhirJsonEvent> events, ReadOnlySpan<byte> span, bool final)
    {
        var reader = new Utf8JsonReader(span, final, state);
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var beforeConsumed = reader.BytesConsumed;
                if (!reader.Read()) return Save(ref reader, reader.CurrentState, reader.BytesConsumed);

                if (phase == Phase.Root && reader.CurrentDepth == 0)
                {
                    if (reader.TokenType == JsonTokenType.StartObject) continue;
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        start += (int)reader.BytesConsumed;
                        events.Add(new FhirJsonEvent.BundleRead(valueLine, resourceType, bundleType, entries));
                        phase = Phase.AfterValue;
                        return Step.Continue;
                    }
                    Break(events, "it is not a JSON object");
                    return Step.Continue;
                }

                if (phase == Phase.Root && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isEntry = reader.ValueTextEquals("entry"u8);
                    var isResourceType = reader.ValueTextEquals("resourceType"u8);
                    var isType = reader.ValueTextEquals("type"u8);
                    if (!reader.Read()) return Save(ref reader, before, beforeConsumed);
                    if (isEntry && reader.TokenType == JsonTokenType.StartArray)
                    {
                        phase = Phase.Entries;
                        continue;
                    }
                    if ((isResourceType || isType) && reader.TokenType == JsonTokenType.String)
                    {
                        var value = StringOrNull(ref reader);
                        if (isResourceType) resourceType = value ?? "?";
                        else bundleType = value;
                        continue;
                    }
                    if (!reader.TrySkip()) return Save(ref reader, before, beforeConsumed);
                    continue;
                }

                if (phase == Phase.Entries)
                {
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        phase = Phase.Root;
                        continue;
                    }
                    var tokenStart = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        if (span.Length - (int)beforeConsumed > MaxEntryBytes)
                        {
                            Break(events, $"entry {entries + 1} is larger than {MaxEntryBytes / 1024 / 1024} MiB");
                            return Step.Continue;
                        }
                        return Save(ref reader, before, beforeConsumed);
                    }
                    entries++;
                    events.Add(new FhirJsonEvent.EntryRead(valueLine, entries, span[tokenStart..(int)reader.BytesConsumed].ToArray()));
                    continue;
                }
            }
        }
        catch (JsonException)
        {
            // The exception's text may quote the data; say only where.
            Break(events, entries == 0 ? "it is not valid JSON" : $"it is not valid JSON after entry {entries}");
            return Step.Continue;
        }
    }

    private Step Save(ref Utf8JsonReader reader, JsonReaderState at, long consumed)
    {
        _ = reader;
        state = at;
        start += (int)consumed;
        return Step.NeedMore;
    }

    private static string? StringOrNull(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null; // not valid UTF-8
        }
    }

    /// <summary>The current value cannot be read: report it, and go on at the next line (NDJSON) or stop (a Bundle file).</summary>
    private void Break(List<FhirJsonEvent> events, string reason)
    {
        events.Add(new FhirJsonEvent.Broken(valueLine, entries, reason));
        if (oneBundlePerLine)
        {
            phase = Phase.SkipLine;
            state = default;
        }
        else phase = Phase.Done;
    }

    private Step Finish()
    {
        phase = Phase.Done;
        return Step.Finished;
    }

    private static long CountLines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');
}

/// <summary>What <see cref="FhirBundleStream"/> found, in file order.</summary>
internal abstract record FhirJsonEvent(long Line)
{
    /// <summary>One element of a Bundle's <c>entry</c> array, 1-based <paramref name="Entry"/>, as UTF-8 JSON.</summary>
    public sealed record EntryRead(long Line, long Entry, byte[] Json) : FhirJsonEvent(Line);

    /// <summary>A top-level JSON object ended: its <c>resourceType</c> and <c>type</c> as found (null when absent).</summary>
    public sealed record BundleRead(long Line, string? ResourceType, string? BundleType, long Entries) : FhirJsonEvent(Line);

    /// <summary>The value starting at <paramref name="Line"/> could not be read past <paramref name="EntriesRead"/> entries.</summary>
    public sealed record Broken(long Line, long EntriesRead, string Reason) : FhirJsonEvent(Line);
}
