using System.IO.Compression;

namespace ClaimsFn.Core.Encounters;

/// <summary>
/// Decompresses a gzip batch as it is read, with a cap on the decompressed size. Past the cap, or at damaged
/// compressed data, it ends the stream early and says why (<see cref="Exceeded"/>, <see cref="Damaged"/>) instead of
/// throwing, so a bad upload becomes a visible outcome rather than a retried trigger. Transport failures of the
/// underlying stream still throw (the trigger should retry those).
/// </summary>
internal sealed class GzipBatchStream(Stream compressed, long maxDecompressedBytes) : Stream
{
    private readonly GZipStream gzip = new(compressed, CompressionMode.Decompress, leaveOpen: true);

    /// <summary>Decompressed bytes returned so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The data decompresses to more than the cap; the stream ended at the cap.</summary>
    public bool Exceeded { get; private set; }

    /// <summary>The compressed data is not valid gzip from <see cref="BytesRead"/> on; the stream ended there.</summary>
    public bool Damaged { get; private set; }

    /// <summary>
    /// Decompresses the whole of <paramref name="compressed"/> without keeping it, to learn before ingesting
    /// anything whether it is valid gzip within the cap. Returns null when it is, else the reason it is not.
    /// </summary>
    public static async Task<string?> CheckAsync(Stream compressed, long maxDecompressedBytes, CancellationToken cancellationToken)
    {
        var start = compressed.Position;
        await using var check = new GzipBatchStream(compressed, maxDecompressedBytes);
        var buffer = new byte[81920];
        while (await check.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0) { }
        if (check.Problem is { } problem) return problem;

        // A gzip stream cut off at a block boundary inflates without an error; its last 4 bytes (ISIZE, the length mod
        // 2^32) then do not match what came out. Found by the hostile corpus: half a file was read as if it were whole.
        var trailer = new byte[4];
        if (compressed.Length - start < 18) return TruncatedProblem(check.BytesRead);
        compressed.Seek(-4, SeekOrigin.End);
        await compressed.ReadExactlyAsync(trailer, cancellationToken).ConfigureAwait(false);
        return BitConverter.ToUInt32(trailer) == (uint)check.BytesRead ? null : TruncatedProblem(check.BytesRead);
    }

    private static string TruncatedProblem(long bytesRead) =>
        $"The file is not complete gzip data (it ends after {bytesRead:N0} decompressed bytes without the gzip trailer): it was cut off, or it is several gzip files joined. Compress it again as one file and upload it.";

    /// <summary>Why the stream ended early, for a clerk; null when it did not.</summary>
    public string? Problem =>
        Exceeded ? $"The file decompresses to more than {MaxText(maxDecompressedBytes)} (ClaimsFn__MaxDecompressedBytes). Split it into smaller files and upload them."
        : Damaged ? $"The file is not valid gzip data{(BytesRead > 0 ? $" after {BytesRead:N0} decompressed bytes" : "")}: it may be cut off or damaged. Compress it again and upload it."
        : null;

    private static string MaxText(long bytes) => $"{bytes:N0} bytes";

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Exceeded || Damaged || buffer.Length == 0) return 0;
        // Ask for one byte past the cap at most, to tell "exactly at the cap" from "over it".
        var room = maxDecompressedBytes - BytesRead + 1;
        if (buffer.Length > room) buffer = buffer[..(int)room];
        int read;
        try
        {
            read = await gzip.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            Damaged = true;
            return 0;
        }
        if (BytesRead + read > maxDecompressedBytes)
        {
            Exceeded = true;
            read = (int)(maxDecompressedBytes - BytesRead);
        }
        BytesRead += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    protected override void Dispose(bool disposing)
    {
        if (disposing) gzip.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await gzip.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
