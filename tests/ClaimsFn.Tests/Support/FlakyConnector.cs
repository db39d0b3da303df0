using ClaimsFn.Core.Storage;
using ClaimsFn.Core.Submission;

namespace ClaimsFn.Tests.Support;

/// <summary>The blob-drop connector with faults injected around the real send.</summary>
public sealed class FlakyConnector
{
    private int sends;
    private int finds;

    public int Sends => sends;
    public int Finds => finds;

    /// <summary>The interchange reaches the clearinghouse, then the process "dies" before it hears back.</summary>
    public bool FailAfterSend { get; set; }

    public bool AlwaysFail { get; set; }

    public ISubmissionConnector Wrap(ClaimsStorageClients storage) => new Wrapper(this, new BlobDropConnector(storage.Container(StorageNames.Containers.X12Outbound)));

    private sealed class Wrapper(FlakyConnector owner, BlobDropConnector inner) : ISubmissionConnector
    {
        public string Name => inner.Name;
        public bool CanConfirmDelivery => inner.CanConfirmDelivery;
        public bool ResendIsIdempotent => inner.ResendIsIdempotent;

        public Task<SubmissionReceipt?> FindAsync(string interchangeId, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner.finds);
            return inner.FindAsync(interchangeId, cancellationToken);
        }

        public async Task<SubmissionReceipt> SubmitAsync(OutboundInterchange interchange, CancellationToken cancellationToken = default)
        {
            if (owner.AlwaysFail) throw new HttpRequestException("clearinghouse unavailable");
            var receipt = await inner.SubmitAsync(interchange, cancellationToken);
            Interlocked.Increment(ref owner.sends);
            if (owner.FailAfterSend) throw new InvalidOperationException("process died after the send");
            return receipt;
        }
    }
}
