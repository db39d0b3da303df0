using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using ClaimsFn.Core;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using ClaimsFn.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace ClaimsFn.Tests.Faults;

/// <summary>
/// Faults piled on one real 2,000-claim batch: kill -9 of the local host process at seeded random points (restarted
/// each time under a new host id, which also makes it read every blob again: duplicate blob events), Azurite
/// restarted mid-run with disk persistence, an HTTP clearinghouse failing 30% of requests (500, 429, timeouts),
/// garbage in every queue, the same file uploaded again, and two hosts at once. Then: exactly one claim per
/// encounter, every claim terminal or explained, no claim version in two interchanges, no control number twice,
/// and received = new + duplicates + rejected. Short form by default (CI); <c>CLAIMSFN_FAULTS=long</c> for 20 kills
/// (docs/faults.md).
/// </summary>
public sealed class FaultSuiteTests(ITestOutputHelper output)
{
    private static readonly ClaimState[] InFlight = [ClaimState.Received, ClaimState.Coded, ClaimState.Clean, ClaimState.Queued];
    private static readonly ClaimState[] Explained = [ClaimState.NeedsCoderReview, ClaimState.ScrubFailed, ClaimState.Error];
    private static readonly string[] QueueFunctions = [FunctionNames.CodeClaim, FunctionNames.ScrubClaim, FunctionNames.SubmitClaim];
    private static readonly string[] FrontFunctions = [FunctionNames.IngestEncounterBatch, FunctionNames.IngestPayerResponse, FunctionNames.SubmitWindow, FunctionNames.ResubmitDenials];

    private readonly Stopwatch clock = new();
    private StreamWriter? log;

    [Fact]
    public async Task KillsRestartsAndAFailingClearinghouse_LoseNothingAndSendNothingTwice()
    {
        var plan = FaultPlan.FromEnvironment();
        var workDir = Directory.CreateTempSubdirectory($"claimsfn-faults-{plan.Seed}-").FullName;
        log = new StreamWriter(Environment.GetEnvironmentVariable("CLAIMSFN_FAULT_LOG") is { Length: > 0 } path ? path : Path.Combine(workDir, "suite.log"), append: true) { AutoFlush = true };
        Say(plan.Describe());
        Say($"work folder (host logs): {workDir}");
        clock.Start();

        await using var azurite = await DiskAzurite.StartAsync();
        await using var clearinghouse = await FaultyClearinghouse.StartAsync();
        clearinghouse.KeepBodies = true;
        ScriptFailures(clearinghouse, plan);
        var storage = ClaimsStorageClients.FromConnectionString(azurite.ConnectionString);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var settings = new Dictionary<string, string>
        {
            [ClaimsStorageClients.ConnectionName] = azurite.ConnectionString,
            ["LocalHost__ApiKey"] = key,
            ["SubmitWindowSchedule"] = "*/2 * * * * *",
            ["ClaimsFn__SubmissionConnector"] = "Http",
            ["ClaimsFn__Clearinghouse__Endpoint"] = clearinghouse.Endpoint.ToString(),
            ["ClaimsFn__Clearinghouse__ApiKey"] = "fault-suite-key-not-a-secret",
            ["ClaimsFn__Clearinghouse__AttemptTimeout"] = "00:00:02",
            ["ClaimsFn__Clearinghouse__RetryBaseDelay"] = "00:00:00.200",
            ["ClaimsFn__Clearinghouse__MaxRetryAfter"] = "00:00:02",
            ["ClaimsFn__Clearinghouse__BreakDuration"] = "00:00:02",
            ["ClaimsFn__X12__RecoverAfter"] = "00:00:10",
            ["Logging__LogLevel__Default"] = "Warning",
        };

        var hosts = new List<(LocalHostProcess Host, string Role)>();
        var killed = new List<LocalHostProcess>();
        var crashes = 0;
        var generation = 0;
        async Task<LocalHostProcess> StartHostAsync(string role)
        {
            var hostSettings = new Dictionary<string, string>(settings);
            // A function is switched off the way the WebJobs SDK reads it: AzureWebJobs.{name}.Disabled.
            foreach (var name in role switch { "front" => QueueFunctions, "stages" => FrontFunctions, _ => [] }) hostSettings[$"AzureWebJobs.{name}.Disabled"] = "true";
            var host = LocalHostProcess.Start($"fault-{plan.Seed}-{role}-{++generation}", hostSettings, workDir);
            await host.WaitUntilListeningAsync(TimeSpan.FromSeconds(90));
            hosts.Add((host, role));
            Say($"started host {host.HostId} (pid {host.ProcessId})");
            return host;
        }

        // What the platform does for a Functions host: a host process that ended by itself (not killed here) is
        // started again. The WebJobs SDK ends the process when a listener's storage call still fails after its retries.
        async Task SuperviseAsync()
        {
            foreach (var (host, role) in hosts.Where(h => h.Host.HasExited && !killed.Contains(h.Host)).ToList())
            {
                crashes++;
                killed.Add(host);
                Say($"host {host.HostId} ended by itself; see {host.LogPath}; starting another");
                await StartHostAsync(role);
            }
        }

        try
        {
            // Short form: the queue stages run in a host that is not killed (a killed host's received messages stay
            // invisible for the queue listener's fixed 10 minutes); two front hosts (blob + timers) are killed.
            // Long form: every host runs every trigger and any of them may die.
            var killableRole = plan.Long ? "all" : "front";
            await StartHostAsync(killableRole);
            if (plan.SecondHostFromKill == 0) await StartHostAsync(killableRole);

            var encounters = Enumerable.Range(1, plan.Claims).Select(i => TestEncounters.Clean($"F-{plan.Seed}-{i:D5}")).ToList();
            var expectedIds = encounters.Select(e => ClaimId.ForEncounter(e.Source, e.EncounterId)).ToHashSet();
            var batchFile = Path.Combine(workDir, "batch.jsonl");
            await File.WriteAllLinesAsync(batchFile, encounters.Select(e => JsonSerializer.Serialize(e, ClaimsJson.Default.Encounter)));
            var encountersContainer = storage.Container(StorageNames.Containers.Encounters);
            await encountersContainer.GetBlobClient("fault-clinic/batch.jsonl").UploadAsync(batchFile, overwrite: true);
            Say($"uploaded {plan.Claims} encounters");
            var garbage = await SendGarbageAsync(azurite.ConnectionString, storage);
            Say($"sent {garbage} garbage messages ({garbage / 3} to each stage queue)");

            for (var k = 0; k < plan.KillAfterSeconds.Count; k++)
            {
                // Each gap counts from the previous restart, so that a slow start on a loaded machine does not bunch the kills.
                await Task.Delay(TimeSpan.FromSeconds(plan.KillAfterSeconds[k] - (k == 0 ? 0 : plan.KillAfterSeconds[k - 1])));
                var live = hosts.Where(h => h.Role == killableRole && !h.Host.HasExited).ToList();
                var (victim, role) = live[plan.KillTargets[k] % live.Count];
                await victim.KillAsync();
                Say($"kill {k + 1}/{plan.KillAfterSeconds.Count}: kill -9 {victim.HostId} (pid {victim.ProcessId}); {await TallyAsync(storage)}");
                if (k == 0)
                {
                    // The same file again under another name while the first is still being ingested: a second batch.
                    await encountersContainer.GetBlobClient("fault-clinic/batch-again.jsonl").UploadAsync(batchFile, overwrite: true);
                    Say("uploaded the same file again as fault-clinic/batch-again.jsonl");
                }
                if (k + 1 == plan.AzuriteRestartAfterKill)
                {
                    var took = await azurite.RestartAsync();
                    Say($"restarted Azurite (disk persistence) in {took.TotalSeconds:0.0} s");
                    // Short form: the stage host starts only now. A queue message a host holds when it dies, or when storage
                    // goes away under it (its release fails), stays invisible for the listener's fixed 10 minutes: the long
                    // form waits that out, the short one (CI) keeps stage messages out of those two faults.
                    if (!plan.Long) await StartHostAsync("stages");
                }
                var hostsWanted = k + 1 >= plan.SecondHostFromKill && k + 1 < plan.SecondHostUntilKill ? 2 : 1;
                while (hosts.Count(h => h.Role == role && !h.Host.HasExited) < hostsWanted) await StartHostAsync(role);
                killed.Add(victim);
                await SuperviseAsync();
            }
            var lastFault = clock.Elapsed;
            Say("faults done; waiting for every claim to settle");

            await WaitUntilSettledAsync(storage, plan.Claims, plan.SettleTimeout, SuperviseAsync);
            Say($"settled {(clock.Elapsed - lastFault).TotalSeconds:0} s after the last fault; {await TallyAsync(storage)}");

            // After everything settled, the original file is overwritten with the same bytes: a new batch, all duplicates.
            await encountersContainer.GetBlobClient("fault-clinic/batch.jsonl").UploadAsync(batchFile, overwrite: true);
            await WaitForBatchesAsync(storage, 3, TimeSpan.FromMinutes(2));

            await SuperviseAsync();
            Say($"host processes that ended by themselves (restarted by the supervisor): {crashes}");
            await AssertOutcomeAsync(azurite.ConnectionString, storage, clearinghouse, expectedIds, plan);
            Say($"PASSED in {clock.Elapsed.TotalMinutes:0.0} min");
        }
        catch (Exception ex)
        {
            Say($"FAILED after {clock.Elapsed.TotalMinutes:0.0} min: {ex.GetType().Name}: {ex.Message}");
            throw;
        }
        finally
        {
            foreach (var (host, _) in hosts) await host.DisposeAsync();
            log.Dispose();
        }
    }

    /// <summary>The clearinghouse's answers, drawn from the plan's seed: 30% faults split between 500, 429 + Retry-After and a timeout.</summary>
    private static void ScriptFailures(FaultyClearinghouse clearinghouse, FaultPlan plan)
    {
        var random = new Random(plan.Seed ^ 0x5eed);
        for (var i = 0; i < 20_000; i++)
        {
            var r = random.NextDouble();
            clearinghouse.Then(r >= plan.ClearinghouseFailureRate ? new FaultyClearinghouse.Answer(200, Body: $"CH-{i}")
                : (int)(r / plan.ClearinghouseFailureRate * 3) switch
                {
                    0 => new FaultyClearinghouse.Answer(500),
                    1 => new FaultyClearinghouse.Answer(429, RetryAfter: "1"),
                    _ => new FaultyClearinghouse.Answer(200, Delay: TimeSpan.FromSeconds(5), Body: $"CH-LATE-{i}"), // past the 2 s attempt timeout
                });
        }
    }

    /// <summary>Garbage in each stage queue: not Base64, Base64 of non-JSON, a well-formed message for no claim, 60 KB of noise.</summary>
    private static async Task<int> SendGarbageAsync(string connectionString, ClaimsStorageClients storage)
    {
        var sent = 0;
        foreach (var queue in new[] { StorageNames.Queues.Code, StorageNames.Queues.Scrub, StorageNames.Queues.Submit })
        {
            var raw = new QueueClient(connectionString, queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
            await raw.SendMessageAsync("%% not base64 at all %%");
            var base64 = storage.Queue(queue);
            await base64.SendMessageAsync("garbage {not json");
            await base64.SendMessageAsync(JsonSerializer.Serialize(new ClaimMessage("c00000000000000000000", "Code", 1), ClaimsJson.Default.ClaimMessage));
            await base64.SendMessageAsync(new string('z', 45_000));
            sent += 4;
        }
        return sent;
    }

    private async Task WaitUntilSettledAsync(ClaimsStorageClients storage, int claims, TimeSpan timeout, Func<Task> supervise)
    {
        var deadline = clock.Elapsed + timeout;
        var lastSay = TimeSpan.Zero;
        while (clock.Elapsed < deadline)
        {
            await supervise();
            var states = await StatesAsync(storage);
            var batches = await BatchesAsync(storage);
            var unfinished = await new InterchangeStore(storage.Table(StorageNames.Tables.Interchanges)).GetUnfinishedAsync();
            if (states.Count == claims && !states.Values.Any(s => InFlight.Contains(s)) && batches.All(b => b.State != BatchState.Ingesting) && unfinished.Count == 0) return;
            if (clock.Elapsed - lastSay > TimeSpan.FromSeconds(20))
            {
                lastSay = clock.Elapsed;
                Say($"  waiting: {Tally(states)}; batches {string.Join(", ", batches.Select(b => $"{b.State} {b.Progress.Received}"))}; unfinished interchanges {unfinished.Count}");
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        var final = await StatesAsync(storage);
        throw new TimeoutException($"Not settled within {timeout}: {Tally(final)}.");
    }

    private static async Task WaitForBatchesAsync(ClaimsStorageClients storage, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var batches = await BatchesAsync(storage);
            if (batches.Count >= count && batches.All(b => b.State != BatchState.Ingesting)) return;
            await Task.Delay(1000);
        }
        throw new TimeoutException($"Fewer than {count} batches finished within {timeout}.");
    }

    private async Task AssertOutcomeAsync(string connectionString, ClaimsStorageClients storage, FaultyClearinghouse clearinghouse, HashSet<string> expectedIds, FaultPlan plan)
    {
        // Exactly one claim per encounter, each terminal or explained.
        var claims = await ClaimsAsync(storage);
        Assert.Equal(expectedIds.Count, claims.Count);
        Assert.True(expectedIds.SetEquals(claims.Select(c => c.ClaimId)), "the claims are not exactly the encounters' claims");
        Assert.All(claims, c => Assert.True(c.State == ClaimState.Submitted || (Explained.Contains(c.State) && !string.IsNullOrWhiteSpace(c.Reason)),
            $"claim {c.ClaimId} is {c.State} without an explanation"));

        // Counts add up per batch; the three uploads of the same encounters made each claim once.
        var batches = await BatchesAsync(storage);
        Assert.Equal(3, batches.Count);
        Assert.All(batches, b => Assert.Equal(b.Progress.Received, b.Progress.NewClaims + b.Progress.Duplicates + b.Progress.Rejected));
        Assert.All(batches, b => Assert.Equal(BatchState.Ingested, b.State));
        Assert.All(batches, b => Assert.Equal(plan.Claims, b.Progress.Received));
        Assert.Equal(plan.Claims, batches.Sum(b => b.Progress.NewClaims));
        Assert.Equal(0, batches.Sum(b => b.Progress.Rejected));

        // What the clearinghouse received: the same idempotency key always carries the same bytes; across distinct
        // interchanges no claim version and no ISA13 / GS06 / ST02 appears twice.
        var received = clearinghouse.Bodies.ToList();
        var byKey = received.GroupBy(b => b.IdempotencyKey ?? "").ToList();
        Assert.All(byKey, g => Assert.True(g.All(b => b.Content.AsSpan().SequenceEqual(g.First().Content)), $"interchange {g.Key} was re-sent with different content"));
        var interchanges = byKey.Select(g => (Key: g.Key, Parsed: Parse(g.First().Content))).ToList();
        var clms = interchanges.SelectMany(i => Clms(i.Parsed)).ToList();
        var duplicates = clms.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"{g.Key.ClaimId} v{g.Key.Version}").ToList();
        var isa13 = interchanges.Select(i => i.Parsed.ControlNumber).ToList();
        var gs06 = interchanges.SelectMany(i => i.Parsed.Groups.Select(g => g.ControlNumber)).ToList();
        var st02 = interchanges.SelectMany(i => i.Parsed.TransactionSets.Select(t => t.ControlNumber)).ToList();
        var reused = isa13.Count - isa13.Distinct().Count() + gs06.Count - gs06.Distinct().Count() + st02.Count - st02.Distinct().Count();
        var submitted = claims.Where(c => c.State == ClaimState.Submitted).Select(c => c.ClaimId).ToHashSet();
        var statuses = received.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}");
        Say($"clearinghouse: {received.Count} requests ({string.Join(", ", statuses)}), {interchanges.Count} distinct interchanges, {clms.Count} CLMs");
        Say($"RESULT: kills {plan.KillAfterSeconds.Count}/{plan.KillAfterSeconds.Count}, claims {claims.Count} for {expectedIds.Count} encounters, lost {expectedIds.Count - claims.Count(c => c.State == ClaimState.Submitted || Explained.Contains(c.State))}, " +
            $"duplicate submissions {duplicates.Count}, control numbers reused {reused}; {Tally(claims.ToDictionary(c => c.ClaimId, c => c.State))}; " +
            $"batches {string.Join(" | ", batches.Select(b => $"received {b.Progress.Received} = new {b.Progress.NewClaims} + duplicates {b.Progress.Duplicates} + rejected {b.Progress.Rejected}"))}");
        Assert.Empty(duplicates);
        Assert.Equal(0, reused);
        Assert.All(interchanges, i => Assert.Equal(i.Key, $"{i.Parsed.SenderId}-{i.Parsed.ControlNumber}"));
        Assert.True(submitted.SetEquals(clms.Select(c => c.ClaimId)), "the Submitted claims are not exactly the claims the clearinghouse received");

        // Garbage went nowhere but the poison queues or the log; no real claim message is stranded in a poison queue.
        foreach (var queue in new[] { StorageNames.Queues.Code, StorageNames.Queues.Scrub, StorageNames.Queues.Submit })
        {
            Assert.Equal(0, (await storage.Queue(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount);
            var poison = storage.Queue(queue + StorageNames.Queues.PoisonSuffix);
            if (!(await poison.ExistsAsync()).Value) continue;
            var raw = new QueueClient(connectionString, queue + StorageNames.Queues.PoisonSuffix, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
            var peeked = (await raw.PeekMessagesAsync(32)).Value;
            Say($"  {queue}{StorageNames.Queues.PoisonSuffix}: {peeked.Length} message(s)");
            foreach (var m in peeked)
            {
                var text = TryBase64(m.Body.ToString());
                if (text is not null && text.StartsWith('{') && JsonSerializer.Deserialize(text, ClaimsJson.Default.ClaimMessage) is { } cm)
                    Assert.DoesNotContain(cm.ClaimId, expectedIds);
            }
        }
    }

    private static string? TryBase64(string text)
    {
        try { return Encoding.UTF8.GetString(Convert.FromBase64String(text)); }
        catch (FormatException) { return null; }
    }

    private static X12Interchange Parse(byte[] content)
    {
        var parsed = X12Reader.Parse(Encoding.UTF8.GetString(content));
        Assert.True(parsed.Success, string.Join("; ", parsed.Issues));
        return parsed.Value!;
    }

    private static IEnumerable<(string ClaimId, int Version)> Clms(X12Interchange interchange)
    {
        foreach (var set in interchange.TransactionSets)
            foreach (var clm in set.Body.Where(s => s.Id == "CLM"))
            {
                Assert.True(Claim837PGuide.TryParsePatientControlNumber(clm[1], out var id, out var version));
                yield return (id, version);
            }
    }

    private static async Task<List<Claim>> ClaimsAsync(ClaimsStorageClients storage)
    {
        var result = new List<Claim>();
        await foreach (var e in storage.Table(StorageNames.Tables.Claims).QueryAsync<TableEntity>(filter: "RowKey eq 'claim'", select: ["Document"]))
            result.Add(JsonSerializer.Deserialize(e.GetBinary("Document"), ClaimsJson.Default.Claim)!);
        return result;
    }

    private static async Task<Dictionary<string, ClaimState>> StatesAsync(ClaimsStorageClients storage)
    {
        var result = new Dictionary<string, ClaimState>();
        try
        {
            await foreach (var e in storage.Table(StorageNames.Tables.Claims).QueryAsync<TableEntity>(filter: "RowKey eq 'claim'", select: ["PartitionKey", "State"]))
                result[e.PartitionKey] = Enum.Parse<ClaimState>(e.GetString("State"));
        }
        catch (Azure.RequestFailedException) { }
        return result;
    }

    private static async Task<List<Batch>> BatchesAsync(ClaimsStorageClients storage)
    {
        var store = new BatchStore(storage.Table(StorageNames.Tables.Batches), TimeProvider.System);
        var ids = new List<string>();
        try
        {
            await foreach (var e in storage.Table(StorageNames.Tables.Batches).QueryAsync<TableEntity>(filter: "RowKey eq 'batch'", select: ["PartitionKey"])) ids.Add(e.PartitionKey);
        }
        catch (Azure.RequestFailedException) { }
        var result = new List<Batch>();
        foreach (var id in ids) if (await store.GetAsync(id) is { } b) result.Add(b.Batch);
        return result;
    }

    private static async Task<string> TallyAsync(ClaimsStorageClients storage) => Tally(await StatesAsync(storage));

    private static string Tally(IReadOnlyDictionary<string, ClaimState> states) =>
        $"{states.Count} claims: " + string.Join(", ", states.Values.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));

    private void Say(string line)
    {
        var stamped = string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,7:0.0}s] {line}");
        output.WriteLine(stamped);
        log?.WriteLine(stamped);
    }
}
