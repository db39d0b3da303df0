using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace ClaimsFn.Bench;

/// <summary>
/// How many requests per second the emulator answers for a given operation mix: N concurrent clients in a tight loop,
/// each request drawn with the mix's weights and sent as the nearest real call (a point read, an insert, an
/// upsert, a 2-entity transaction, a query page, a message put / get / delete, a blob put / read / properties).
/// </summary>
public static class EmulatorCeiling
{
    public enum Kind { TableRead, TableInsert, TableUpsert, TableBatch, TableQuery, TableDelete, QueuePut, QueueGet, QueueDelete, BlobPut, BlobRead, BlobProperties, Other }

    /// <summary>The kind of call an Azurite operation name stands for.</summary>
    public static Kind Classify(string operation) => operation switch
    {
        "Table_QueryEntitiesWithPartitionAndRowKey" => Kind.TableRead,
        "Table_InsertEntity" => Kind.TableInsert,
        "Table_UpdateEntity" or "Table_MergeEntity" => Kind.TableUpsert,
        "Table_Batch" => Kind.TableBatch,
        "Table_QueryEntities" or "Table_Query" => Kind.TableQuery,
        "Table_DeleteEntity" => Kind.TableDelete,
        "Messages_Enqueue" => Kind.QueuePut,
        "Messages_Dequeue" or "Messages_Peek" => Kind.QueueGet,
        "MessageId_Delete" or "MessageId_Update" => Kind.QueueDelete,
        _ when operation.StartsWith("BlockBlob_", StringComparison.Ordinal) || operation is "Blob_SetMetadata" => Kind.BlobPut,
        "Blob_Download" => Kind.BlobRead,
        _ when operation.StartsWith("Blob_", StringComparison.Ordinal) || operation.StartsWith("Container_", StringComparison.Ordinal) => Kind.BlobProperties,
        _ => Kind.Other,
    };

    public static async Task<double> MeasureAsync(string connection, IReadOnlyDictionary<string, long> mix, TimeSpan duration, int clients)
    {
        var weights = mix.GroupBy(m => Classify(m.Key)).Where(g => g.Key != Kind.Other).Select(g => (Kind: g.Key, Weight: g.Sum(x => x.Value))).ToList();
        var total = weights.Sum(w => w.Weight);
        var cumulative = new List<(Kind Kind, double Upto)>();
        var acc = 0.0;
        foreach (var (kind, weight) in weights) cumulative.Add((kind, acc += (double)weight / total));

        var table = new TableClient(connection, "CeilingBench");
        await table.CreateIfNotExistsAsync();
        var queue = new QueueClient(connection, "ceiling-bench");
        await queue.CreateIfNotExistsAsync();
        var container = new BlobContainerClient(connection, "ceiling-bench");
        await container.CreateIfNotExistsAsync();
        var payload = BinaryData.FromBytes(new byte[2048]);
        await container.GetBlobClient("read-me").UploadAsync(payload, overwrite: true);
        for (var i = 0; i < 64; i++) await table.UpsertEntityAsync(new TableEntity($"p{i}", "claim") { ["State"] = "Queued", ["Document"] = new byte[2048] });
        for (var i = 0; i < clients * 4; i++) await queue.SendMessageAsync("{\"claimId\":\"c0\"}");

        long done = 0;
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            var n = 0;
            while (stop.Elapsed < duration)
            {
                var r = random.NextDouble();
                var kind = cumulative.First(k => r <= k.Upto || k.Upto >= 0.999999).Kind;
                var id = $"c{c}-{n++}";
                switch (kind)
                {
                    case Kind.TableRead: await table.GetEntityIfExistsAsync<TableEntity>($"p{random.Next(64)}", "claim"); break;
                    case Kind.TableInsert: await table.AddEntityAsync(new TableEntity(id, "claim") { ["State"] = "Received", ["Document"] = new byte[2048] }); break;
                    case Kind.TableUpsert: await table.UpsertEntityAsync(new TableEntity($"p{random.Next(64)}", "claim") { ["State"] = "Coded", ["Document"] = new byte[2048] }); break;
                    case Kind.TableBatch:
                        await table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(id, "claim") { ["Document"] = new byte[2048] }),
                            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(id, "event-00001") { ["Detail"] = "x" })]);
                        break;
                    case Kind.TableQuery: await foreach (var _ in table.QueryAsync<TableEntity>(filter: $"PartitionKey eq 'p{random.Next(64)}'", maxPerPage: 100).AsPages()) break; break;
                    case Kind.TableDelete: await table.DeleteEntityAsync(id, "none"); break;
                    case Kind.QueuePut: await queue.SendMessageAsync("{\"claimId\":\"c0\"}"); break;
                    case Kind.QueueGet: await queue.ReceiveMessagesAsync(16, TimeSpan.FromSeconds(1)); break;
                    case Kind.QueueDelete: await queue.DeleteMessageAsync("00000000-0000-0000-0000-000000000000", "none").ContinueWith(_ => { }); break;
                    case Kind.BlobPut: await container.GetBlobClient(id).UploadAsync(payload, overwrite: true); break;
                    case Kind.BlobRead: await container.GetBlobClient("read-me").DownloadContentAsync(); break;
                    default: await container.GetBlobClient("read-me").GetPropertiesAsync(); break;
                }
                Interlocked.Increment(ref done);
            }
        }))).ConfigureAwait(false);
        return done / stop.Elapsed.TotalSeconds;
    }
}
