using Azure.Core;
using Azure.Core.Pipeline;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// Counts the storage requests the pipeline's own clients send, per service. Azure bills storage per
/// transaction, so transactions per claim are the pipeline's real unit cost; the demo prints them.
/// The trigger listeners' own polling and message deletes are not counted here.
/// </summary>
public sealed class StorageTransactionCounter
{
    private long blob, queue, table;

    public long Blob => Interlocked.Read(ref blob);
    public long Queue => Interlocked.Read(ref queue);
    public long Table => Interlocked.Read(ref table);
    public long Total => Blob + Queue + Table;

    internal HttpPipelinePolicy PolicyFor(StorageService service) => new CountingPolicy(this, service);

    private void Count(StorageService service)
    {
        switch (service)
        {
            case StorageService.Blob: Interlocked.Increment(ref blob); break;
            case StorageService.Queue: Interlocked.Increment(ref queue); break;
            default: Interlocked.Increment(ref table); break;
        }
    }

    private sealed class CountingPolicy(StorageTransactionCounter counter, StorageService service) : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            counter.Count(service);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            counter.Count(service);
            return ProcessNextAsync(message, pipeline);
        }
    }
}

internal enum StorageService
{
    Blob,
    Queue,
    Table,
}
