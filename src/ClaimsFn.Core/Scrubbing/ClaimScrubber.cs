using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Scrubbing.PayerRules;

namespace ClaimsFn.Core.Scrubbing;

/// <summary>
/// Runs the edit catalog over a claim and returns every finding, not just the first. The claim is clean
/// when no reject-level edit trips. Edits are pure; this class gathers what they read: the code sets of the
/// date of service, the imported reference data, the payer's rules, today's date (from the injected clock)
/// and, in <see cref="ScrubAsync"/>, the claim history. Thread-safe.
/// </summary>
public sealed class ClaimScrubber
{
    private readonly CodeSetCatalog codeSets;
    private readonly ScrubReferenceData referenceData;
    private readonly IPayerRuleSource payerRules;
    private readonly ISubmittedClaimIndex? submittedClaims;
    private readonly TimeProvider time;
    private readonly ClaimEdit[] edits;
    private readonly ClaimEdit[] historyEdits;
    private readonly byte[]? fingerprintKey;

    /// <summary>The full catalog with the embedded reference data and payer rules, the system clock and no claim history.</summary>
    public ClaimScrubber(CodeSetCatalog codeSets) : this(codeSets, EditCatalog.All) { }

    public ClaimScrubber(CodeSetCatalog codeSets, IEnumerable<ClaimEdit> edits)
        : this(codeSets, ScrubReferenceData.Starter, StaticPayerRuleSource.Embedded, null, TimeProvider.System, edits) { }

    /// <param name="submittedClaims">The claim history for the duplicate-claim edit; null leaves that edit without history.</param>
    /// <param name="edits">The edits to run; the full <see cref="EditCatalog.All"/> when null.</param>
    /// <param name="fingerprintKey">The HMAC key of the claim fingerprints (<see cref="ClaimsFnOptions.FingerprintKey"/>); null hashes them unkeyed.</param>
    public ClaimScrubber(CodeSetCatalog codeSets, ScrubReferenceData referenceData, IPayerRuleSource payerRules, ISubmittedClaimIndex? submittedClaims, TimeProvider time, IEnumerable<ClaimEdit>? edits = null, byte[]? fingerprintKey = null)
    {
        this.fingerprintKey = fingerprintKey;
        this.codeSets = codeSets;
        this.referenceData = referenceData;
        this.payerRules = payerRules;
        this.submittedClaims = submittedClaims;
        this.time = time;
        var all = (edits ?? EditCatalog.All).ToArray();
        this.edits = [.. all.Where(e => !e.UsesClaimHistory)];
        historyEdits = [.. all.Where(e => e.UsesClaimHistory)];
    }

    /// <summary>Scrubs an encounter (an original claim unless it names its frequency), without consulting the claim history.</summary>
    public IReadOnlyList<ClaimIssue> Scrub(Encounter encounter) =>
        Scrub(new Claim { ClaimId = "", BatchId = "", Encounter = encounter });

    /// <summary>Scrubs a claim as it will be billed (<see cref="Claim.BillableEncounter"/>, <see cref="Claim.FrequencyCode"/>,
    /// <see cref="Claim.BilledPayerClaimControlNumber"/>), without consulting the claim history.</summary>
    public IReadOnlyList<ClaimIssue> Scrub(Claim claim)
    {
        var context = CreateContext(claim);
        var issues = Run(edits, context, []);
        return Run(historyEdits, context, issues);
    }

    /// <summary>
    /// Scrubs a stored claim as it will be billed (see <see cref="ClaimBilling"/>), consulting the claim history
    /// with one index call: a claim that passes every other edit records its fingerprint (insert-if-absent)
    /// and learns in the same call whether another claim holds it; a claim that fails only looks it up.
    /// </summary>
    public async ValueTask<IReadOnlyList<ClaimIssue>> ScrubAsync(Claim claim, CancellationToken cancellationToken = default)
    {
        // Scrub what will be billed: text diagnoses replaced by the codes the coding stage assigned.
        var context = CreateContext(claim);
        var encounter = context.Encounter;
        var issues = Run(edits, context, []);
        if (historyEdits.Length == 0) return issues;
        string? holder = null;
        if (submittedClaims is not null)
        {
            var fingerprint = ClaimFingerprint.Of(encounter, fingerprintKey);
            holder = IsClean(issues)
                ? await submittedClaims.AddOrGetClaimIdAsync(fingerprint, claim.ClaimId, cancellationToken).ConfigureAwait(false)
                : await submittedClaims.FindClaimIdAsync(fingerprint, cancellationToken).ConfigureAwait(false);
        }
        var duplicateOf = holder is not null && holder != claim.ClaimId ? holder : null;
        return Run(historyEdits, context.WithDuplicateOf(duplicateOf), issues);
    }

    public static bool IsClean(IReadOnlyList<ClaimIssue> issues) => issues.All(i => i.Severity != IssueSeverity.Reject);

    // Scrub what will be billed: text diagnoses replaced by the codes the coding stage assigned, and the claim's
    // frequency and REF*F8 as ClaimBilling decides them for the writer too.
    private ScrubContext CreateContext(Claim claim) => CreateContext(claim.BillableEncounter, claim.FrequencyCode, claim.BilledPayerClaimControlNumber);

    private ScrubContext CreateContext(Encounter encounter, string frequency, string? payerClaimControlNumber) => new(encounter, codeSets.ForDateOfService(encounter.DateOfService))
    {
        PayerClaimControlNumber = payerClaimControlNumber,
        Hcpcs = referenceData.Hcpcs,
        Cpt = referenceData.Cpt,
        Ncci = referenceData.Ncci,
        PlaceOfService = referenceData.PlaceOfService,
        Mce = referenceData.Mce,
        PayerRule = payerRules.Current.For(encounter.Payer?.Id),
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
        ClaimFrequencyCode = frequency,
    };

    private static List<ClaimIssue> Run(ClaimEdit[] edits, ScrubContext context, List<ClaimIssue> issues)
    {
        foreach (var edit in edits) issues.AddRange(edit.Check(context));
        return issues;
    }
}
