using System.Globalization;

namespace ClaimsFn.Bench;

/// <summary>
/// A projected Azure bill per million claims from the measured requests and executions. The prices are assumptions
/// (pay-as-you-go, LRS, Hot, US regions, as recalled on 2026-12-03 — not fetched from this machine; docs/faults.md
/// says where to check them): change them here, the rest follows.
/// </summary>
public static class CostModel
{
    // Storage, USD per 10,000 requests.
    private const double BlobWrite = 0.065;   // Put Blob / Put Block / Set Metadata / List / Create Container
    private const double QueueClass1 = 0.04;  // Put / Update / Delete Message, Create Queue (GPv2)
    private const double QueueClass2 = 0.004; // Get / Peek Messages, Get Queue Properties (GPv2)
    private const double Table = 0.00036;     // any Table Storage transaction

    // Flex Consumption, on demand, without free grants.
    private const double PerMillionExecutions = 0.40;
    private const double PerGbSecond = 0.000026;
    private const double InstanceMemoryGb = 2.048;

    /// <param name="table">Table transactions per claim.</param>
    /// <param name="queueClass1">Message puts and deletes per claim (each stage message is put once and deleted by its trigger once).</param>
    /// <param name="queueClass2">Message gets per claim (the trigger receives up to 16 at a time).</param>
    /// <param name="blob">Blob requests per claim, priced as writes (the dearest).</param>
    public static void Print(double table, double queueClass1, double queueClass2, double blob, double executionsPerClaim, double busySecondsPerClaim)
    {
        const double million = 1_000_000;
        var storageCost = million * (table * Table + queueClass1 * QueueClass1 + queueClass2 * QueueClass2 + blob * BlobWrite) / 10_000;
        var executionCost = executionsPerClaim * PerMillionExecutions;
        var computeCost = busySecondsPerClaim * million * InstanceMemoryGb * PerGbSecond;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"projected Azure cost per 1,000,000 claims (assumed prices, docs/faults.md): storage ${storageCost:0.00} (table {table:0.00}, queue put/delete {queueClass1:0.00}, queue get {queueClass2:0.00}, blob {blob:0.00} per claim) + executions ${executionCost:0.00} ({executionsPerClaim:0.00} per claim) + execution time ${computeCost:0.00} ({busySecondsPerClaim * 1000:0.0} ms × {InstanceMemoryGb} GB per claim) = ${storageCost + executionCost + computeCost:0.00}"));
    }
}
