using System.Globalization;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;

namespace ClaimsFn.Core.Submission;

/// <summary>
/// The pipeline without storage, for <c>claims x12</c>: read a JSON-lines batch, code and scrub each encounter
/// in process with the same coder, scrubber and 837P checks as the stages, and write the interchanges the
/// submission window would send (one per payer, same batching limits). Control numbers count from 1 here: they
/// are for inspection, not for sending (real ones come from the ControlNumbers table).
/// </summary>
public sealed class SubmissionDryRun(ClaimCoder coder, ClaimScrubber scrubber, Claim837PWriter writer, X12Options options)
{
    public async Task<DryRunResult> RunAsync(Stream batch, string source, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var reader = new JsonLinesEncounterReader();
        var held = new List<DryRunHeldClaim>();
        var ready = new List<Claim>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long records = 0;
        await foreach (var record in reader.ReadAsync(batch, source, cancellationToken).ConfigureAwait(false))
        {
            records++;
            if (record.Encounter is not { } encounter)
            {
                held.Add(new DryRunHeldClaim(record.RecordNumber, null, "rejected record", record.RejectionReason ?? "not an encounter"));
                continue;
            }
            var claimId = ClaimId.ForEncounter(encounter.Source, encounter.EncounterId);
            if (!seen.Add(claimId))
            {
                held.Add(new DryRunHeldClaim(record.RecordNumber, claimId, "duplicate", "The same encounter appears earlier in the batch; it is one claim."));
                continue;
            }
            var coded = coder.Code(encounter);
            if (coded.NeedsCoderReview)
            {
                held.Add(new DryRunHeldClaim(record.RecordNumber, claimId, nameof(ClaimState.NeedsCoderReview), coded.Reason ?? "a coder must decide")
                {
                    EditIds = [.. coded.Issues.Where(i => i.Severity == IssueSeverity.Reject).Select(i => i.Code)],
                });
                continue;
            }
            // Scrubbed as the scrub stage does (coded diagnoses, the claim history), so a duplicate within the batch is held here too.
            var claim = new Claim { ClaimId = claimId, BatchId = "dry-run", State = ClaimState.Coded, Encounter = encounter, DiagnosisCodes = coded.DiagnosisCodes, CodeSetYear = coded.CodeSetYear, ReceivedAt = now, UpdatedAt = now };
            var issues = await scrubber.ScrubAsync(claim, cancellationToken).ConfigureAwait(false);
            if (!ClaimScrubber.IsClean(issues))
            {
                var rejects = issues.Where(i => i.Severity == IssueSeverity.Reject).ToList();
                held.Add(new DryRunHeldClaim(record.RecordNumber, claimId, nameof(ClaimState.ScrubFailed), Describe(rejects)) { EditIds = [.. rejects.Select(i => i.Code)] });
                continue;
            }
            claim = claim with { State = ClaimState.Clean };
            var problems = writer.Validate(claim);
            if (problems.Count > 0)
            {
                held.Add(new DryRunHeldClaim(record.RecordNumber, claimId, nameof(ClaimState.ScrubFailed), Describe(problems)) { EditIds = [.. problems.Select(i => i.Code)] });
                continue;
            }
            ready.Add(claim);
        }

        long isa13 = 0, st02 = 0;
        var senderKey = Storage.ControlNumberCounters.SenderKey(options.SenderId);
        var interchanges = new List<DryRunInterchange>();
        foreach (var payer in ready.GroupBy(c => c.Encounter.Payer.Id.Trim(), StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var chunk in payer.Chunk(options.MaxClaimsPerInterchange))
            {
                isa13++;
                var sets = chunk.Chunk(options.MaxClaimsPerTransactionSet).Select(c => new Claim837PTransactionSet(++st02, c)).ToList();
                var text = writer.Write(new Claim837PInterchange(isa13, isa13, now, sets));
                interchanges.Add(new DryRunInterchange(payer.Key, $"{senderKey}-{isa13.ToString("D9", CultureInfo.InvariantCulture)}.x12", text, [.. chunk.Select(c => c.ClaimId)]));
            }
        }
        return new DryRunResult(interchanges, held, records);
    }

    private static string Describe(IEnumerable<ClaimIssue> issues) =>
        string.Join(" ", issues.Select(i => $"[{i.Code}]{(i.Location is null ? "" : " " + i.Location)} {i.Message}"));
}
