using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimsFn.Core.Encounters;

/// <summary>
/// Splits a byte stream into lines (LF or CRLF) and decodes each line as strict UTF-8 on its own, so one
/// line of bad bytes becomes one rejected line instead of ending the file. A leading UTF-8 BOM is dropped.
/// Memory stays bounded by the longest line, whatever the file size.
/// </summary>
public static class Utf8LineReader
{
    /// <summary>The longest line accepted; a longer one is reported and skipped, so a file without newlines cannot exhaust memory.</summary>
    public const int MaxLineBytes = 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async IAsyncEnumerable<Line> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var line = new ArrayBufferWriter<byte>(4096);
        long number = 0;
        var first = true;
        var tooLong = false;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                var span = buffer.AsMemory(0, read);
                while (span.Length > 0)
                {
                    var nl = span.Span.IndexOf((byte)'\n');
                    var part = nl < 0 ? span : span[..nl];
                    if (!tooLong)
                    {
                        if (line.WrittenCount + part.Length > MaxLineBytes) tooLong = true;
                        else line.Write(part.Span);
                    }
                    if (nl < 0) break;
                    span = span[(nl + 1)..];
                    yield return Complete(++number, line, ref first, ref tooLong);
                }
            }
            if (line.WrittenCount > 0 || tooLong) yield return Complete(++number, line, ref first, ref tooLong);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Line Complete(long number, ArrayBufferWriter<byte> line, ref bool first, ref bool tooLong)
    {
        var bytes = line.WrittenSpan;
        if (first && bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[3..];
        first = false;
        if (bytes.Length > 0 && bytes[^1] == '\r') bytes = bytes[..^1];
        Line result;
        if (tooLong) result = new Line(number, null, $"The line is longer than {MaxLineBytes / 1024 / 1024} MiB.");
        else
        {
            try
            {
                result = new Line(number, Strict.GetString(bytes), null);
            }
            catch (DecoderFallbackException)
            {
                result = new Line(number, null, "The line is not valid UTF-8 text; save the file as UTF-8 and upload it again.");
            }
        }
        line.Clear();
        tooLong = false;
        return result;
    }

    /// <summary>One line: its 1-based number, and its text or why it could not be read.</summary>
    public readonly record struct Line(long Number, string? Text, string? Error);
}
