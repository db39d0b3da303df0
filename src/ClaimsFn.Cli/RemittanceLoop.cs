using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.X12;
using Azure.Storage.Blobs;

namespace ClaimsFn.Cli;

/// <summary>
/// The second half of <c>claims upload --corrections FILE</c>: after the batch settles, follow its submitted
/// claims through the payer's answers (the payer simulator in the demo): print the first adjudication, post the
/// biller's corrections from FILE for claims that are denied or partly paid, wait for the timer's resubmissions
/// and the payer's next answers, and print where every claim ends, with its money.
/// </summary>
internal static class RemittanceLoop
{
    private static readonly ClaimState[] Moving = [ClaimState.Received, ClaimState.Coded, ClaimState.Clean, ClaimState.Queued, ClaimState.Submitted, ClaimState.Accepted, ClaimState.Corrected];

    /// <summary>One line of the corrections file: the encounter (and its source, when not the batch's) and the correction body.</summary>
    private sealed record PlannedCorrection(string EncounterId, string? Source, JsonElement Correction);

    public static async Task<bool> FollowAsync(HttpClient http, BatchStatusView batch, string source, string correctionsFile, string connection, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var records = batch.Claims.Where(c => c.State is ClaimState.Submitted or ClaimState.Accepted).DistinctBy(c => c.ClaimId).ToDictionary(c => c.ClaimId, c => c.RecordNumber);
        if (records.Count == 0) return true;
        Console.WriteLine();
        Console.WriteLine($"following {records.Count} submitted claims through the payer's answers (999, 277CA, 835)...");

        var first = await WaitAsync(http, records.Keys, v => v.Payment?.Postings.Count > 0 || v.State is ClaimState.Rejected, timeout - clock.Elapsed, stableFor: TimeSpan.Zero);
        Console.WriteLine($"first adjudication after {clock.Elapsed.TotalSeconds:0} s:");
        foreach (var (id, v) in first.OrderBy(p => records[p.Key]))
            Console.WriteLine($"  record {records[id],2}, claim {id}: {Describe(v, firstAnswer: true)}");

        var planned = JsonSerializer.Deserialize<List<PlannedCorrection>>(await File.ReadAllTextAsync(correctionsFile), new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
        Console.WriteLine($"a biller works the denials ({Path.GetFileName(correctionsFile)}):");
        foreach (var p in planned)
        {
            var id = ClaimId.ForEncounter(p.Source ?? source, p.EncounterId);
            if (!records.ContainsKey(id)) continue;
            var response = await http.PostAsync($"{ApiRoutes.Prefix}/claims/{id}/corrections", new StringContent(p.Correction.GetRawText(), Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            string what;
            try
            {
                what = response.IsSuccessStatusCode
                    ? JsonSerializer.Deserialize(body, ClaimsJson.Default.CorrectionView) is { VoidRequested: true } ? "void requested, due at the next timer run"
                        : "corrected (" + string.Join(", ", JsonSerializer.Deserialize(body, ClaimsJson.Default.CorrectionView)!.Changes) + "), due for resubmission"
                    : $"refused {(int)response.StatusCode}: {JsonSerializer.Deserialize(body, ClaimsJson.Default.CorrectionErrorView)?.Error}";
            }
            catch (JsonException)
            {
                what = $"failed {(int)response.StatusCode} (no JSON answer; see the host log)";
            }
            Console.WriteLine($"  record {records[id],2}, claim {id}: POST corrections → {what}");
        }
        foreach (var (id, v) in first.OrderBy(p => records[p.Key]))
        {
            var rule = v.Denial?.AutoCorrection ?? v.Corrections?.LastOrDefault(c => c.Rule is not null)?.Rule;
            if (rule is not null) Console.WriteLine($"  record {records[id],2}, claim {id}: no person needed: automatic correction {rule} (the timer applies it)");
        }

        var final = await WaitAsync(http, records.Keys, v => !Moving.Contains(v.State) && v.Denial?.AutoCorrection is null, timeout - clock.Elapsed, stableFor: TimeSpan.FromSeconds(8));
        var settled = final.Values.All(v => !Moving.Contains(v.State));
        Console.WriteLine($"where every claim ended after {clock.Elapsed.TotalSeconds:0} s{(settled ? "" : " (NOT SETTLED: timed out)")}:");
        foreach (var (id, v) in final.OrderBy(p => records[p.Key]))
            Console.WriteLine($"  record {records[id],2}, claim {id}: {Describe(v)}{History(v)}");
        foreach (var group in final.Values.GroupBy(v => v.State).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
            Console.WriteLine($"    {group.Key,-14} {group.Count(),3}");
        var paid = final.Values.Sum(v => v.Payment?.Paid ?? 0);
        var patient = final.Values.Sum(v => v.Payment?.PatientResponsibility ?? 0);
        var versions = final.Values.Sum(v => v.Version);
        var sent = await SentClaimVersionsAsync(connection);
        var once = final.All(p => Enumerable.Range(1, p.Value.Version).All(v => sent.GetValueOrDefault($"{p.Key}-v{v}") == 1));
        Console.WriteLine($"  paid by payers {Money(paid)}, patient responsibility {Money(patient)}; {versions} claim versions for {final.Count} claims, "
            + (once ? "each in exactly one CLM of x12-outbound" : "NOT each sent exactly once (see x12-outbound)"));
        var exceptions = await http.GetFromJsonAsync($"{ApiRoutes.Prefix}/remittance-exceptions", ClaimsJson.Default.RemittanceExceptionListView);
        Console.WriteLine($"  remittance exceptions: {exceptions?.Count ?? 0}");
        return settled;
    }

    /// <summary>How often each CLM01 (claim id + version) appears in all that was sent to x12-outbound.</summary>
    private static async Task<Dictionary<string, int>> SentClaimVersionsAsync(string connection)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var outbound = new BlobContainerClient(connection, StorageNames.Containers.X12Outbound);
        await foreach (var item in outbound.GetBlobsAsync())
        {
            var parsed = X12Reader.Parse((await outbound.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content.ToString());
            foreach (var clm in parsed.Value?.TransactionSets.SelectMany(t => t.Body).Where(s => s.Id == "CLM") ?? [])
                counts[clm[1]] = counts.GetValueOrDefault(clm[1]) + 1;
        }
        return counts;
    }

    private static async Task<Dictionary<string, ClaimStatusView>> WaitAsync(HttpClient http, IEnumerable<string> ids, Func<ClaimStatusView, bool> done, TimeSpan timeout, TimeSpan stableFor)
    {
        var deadline = DateTime.UtcNow + (timeout > TimeSpan.Zero ? timeout : TimeSpan.FromSeconds(1));
        var views = new Dictionary<string, ClaimStatusView>();
        string? lastShape = null;
        var stableSince = DateTime.UtcNow;
        while (true)
        {
            foreach (var id in ids) views[id] = (await http.GetFromJsonAsync($"{ApiRoutes.Prefix}/claims/{id}", ClaimsJson.Default.ClaimStatusView))!;
            var shape = string.Join(";", views.OrderBy(v => v.Key).Select(v => $"{v.Value.State}/{v.Value.Version}/{v.Value.Payment?.Postings.Count}"));
            if (shape != lastShape) { lastShape = shape; stableSince = DateTime.UtcNow; }
            if ((views.Values.All(done) && DateTime.UtcNow - stableSince >= stableFor) || DateTime.UtcNow > deadline) return views;
            await Task.Delay(500);
        }
    }

    /// <summary>The claim as it stands, or (<paramref name="firstAnswer"/>) as the payer's first 835 left it, even if
    /// the timer has already moved it on.</summary>
    private static string Describe(ClaimStatusView v, bool firstAnswer = false)
    {
        var posting = firstAnswer ? v.Payment?.Postings.FirstOrDefault() : null;
        var state = posting?.ResultState ?? v.State;
        var version = posting?.ClaimVersion ?? v.Version;
        var money = posting is not null ? $" paid {Money(posting.Paid)}, patient {Money(posting.PatientResponsibility)}"
            : v.Payment is { } p ? $" paid {Money(p.Paid)}, patient {Money(p.PatientResponsibility)}" : "";
        var denial = v.Denial is { } d && state is ClaimState.Denied or ClaimState.PartiallyPaid
            ? $"; {string.Join(", ", d.Reasons.Select(r => $"{d.PrimaryGroup}-{r}"))} {d.Category} → {d.Action}"
            : "";
        return $"{state} v{version}{money}{denial}";
    }

    private static string History(ClaimStatusView v)
    {
        var parts = new List<string>();
        foreach (var c in v.Corrections ?? []) parts.Add(c.Rule is null ? $"corrected by {c.By}" + (c.Void ? " (void)" : "") : $"auto-corrected ({c.Rule})");
        foreach (var r in v.Resubmissions ?? []) parts.Add($"v{r.Version} {r.Frequency.ToString().ToLowerInvariant()}" + (r.PayerClaimControlNumber is null ? "" : $" of {r.PayerClaimControlNumber}"));
        var reversals = v.Payment?.Postings.Count(p => p.Status == ClaimsFn.Core.Claims.ClaimStatusCode.Reversal) ?? 0;
        if (reversals > 0) parts.Add($"{reversals} reversal(s) posted");
        return parts.Count == 0 ? "" : " — " + string.Join("; ", parts);
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
