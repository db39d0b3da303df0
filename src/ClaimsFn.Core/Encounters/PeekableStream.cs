namespace ClaimsFn.Core.Encounters;

/// <summary>
/// A forward-only read stream that can show its first bytes before they are read, so the format of a batch can be
/// sniffed without reading it twice. Only the peeked prefix is buffered.
/// </summary>
internal sealed class PeekableStream(Stream inner) : Stream
{
    private byte[] prefix = [];
    private int prefixOffset;

    /// <summary>Returns up to <paramref name="count"/> bytes from the start of the stream without consuming them; fewer at the end of the stream.</summary>
    public async Task<ReadOnlyMemory<byte>> PeekAsync(int count, CancellationToken cancellationToken)
    {
        if (prefixOffset != 0) throw new InvalidOperationException("Peek only before reading.");
        if (prefix.Length < count)
        {
            var buffer = new byte[count];
            prefix.CopyTo(buffer, 0);
            var filled = prefix.Length;
            int read;
            while (filled < count && (read = await inner.ReadAsync(buffer.AsMemory(filled, count - filled), cancellationToken).ConfigureAwait(false)) > 0) filled += read;
            prefix = buffer[..filled];
        }
        return prefix.AsMemory(0, Math.Min(count, prefix.Length));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (prefixOffset < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - prefixOffset);
            prefix.AsMemory(prefixOffset, n).CopyTo(buffer);
            prefixOffset += n;
            return n;
        }
        return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (prefixOffset < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - prefixOffset);
            prefix.AsSpan(prefixOffset, n).CopyTo(buffer);
            prefixOffset += n;
            return n;
        }
        return inner.Read(buffer);
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
