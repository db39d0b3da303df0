using ClaimsFn.Core.Storage;
using ClaimsFn.Core.X12;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core.Submission;

/// <summary>
/// Hands out ISA13, GS06 and ST02 numbers that are unique for the configured sender and never reused, across
/// restarts and concurrent instances: each instance takes blocks from <see cref="ControlNumberCounters"/>
/// and serves numbers from memory. Numbers left in a block when the process stops are skipped, never reused.
/// Thread-safe.
/// </summary>
public sealed class ControlNumberAllocator(ControlNumberCounters counters, IOptions<X12Options> options)
{
    private readonly Dictionary<ControlNumberKind, (SemaphoreSlim Gate, long[] Range)> blocks = new()
    {
        [ControlNumberKind.Interchange] = (new SemaphoreSlim(1, 1), [1, 0]),
        [ControlNumberKind.Group] = (new SemaphoreSlim(1, 1), [1, 0]),
        [ControlNumberKind.TransactionSet] = (new SemaphoreSlim(1, 1), [1, 0]),
    };

    public string SenderKey => ControlNumberCounters.SenderKey(options.Value.SenderId);

    public async Task<long> NextAsync(ControlNumberKind kind, CancellationToken cancellationToken = default) =>
        (await NextAsync(kind, 1, cancellationToken).ConfigureAwait(false))[0];

    /// <summary><paramref name="count"/> new numbers, ascending (not always consecutive).</summary>
    public async Task<long[]> NextAsync(ControlNumberKind kind, int count, CancellationToken cancellationToken = default)
    {
        var (gate, range) = blocks[kind];
        var result = new long[count];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var i = 0; i < count; i++)
            {
                if (range[0] > range[1])
                {
                    var block = await counters.ReserveAsync(SenderKey, kind, Math.Max(options.Value.ControlNumberBlockSize, count - i), cancellationToken).ConfigureAwait(false);
                    (range[0], range[1]) = (block.First, block.Last);
                }
                result[i] = range[0]++;
            }
        }
        finally
        {
            gate.Release();
        }
        return result;
    }
}
