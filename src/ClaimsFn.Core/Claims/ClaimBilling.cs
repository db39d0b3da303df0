using System.Globalization;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Claims;

/// <summary>
/// What a claim version bills, decided in this one place: its frequency (CLM05-3), the payer claim control number
/// it cites (REF*F8) and its diagnoses (HI). <see cref="Claim"/> exposes them as properties; the scrubber, the 837P
/// writer and the resubmission timer read them there, so the claim that is scrubbed is the claim that is written.
/// </summary>
public static class ClaimBilling
{
    /// <summary>
    /// CLM05-3 of the claim's current version: the frequency its resubmission chose when the timer made this version;
    /// else the encounter's own <c>claimFrequency</c> (the sender marks a replacement or void); else 7 for a later
    /// version whose payer claim control number is known; else 1 (original). A code the encounter gives is returned
    /// as given (trimmed), valid or not: the scrub edit <c>FREQ-CODE-NOT-ACCEPTED</c> reports a bad one.
    /// </summary>
    public static string FrequencyCode(Claim claim)
    {
        if (ResubmissionOf(claim) is { } resubmission) return Code(resubmission.Frequency);
        if (claim.Encounter.ClaimFrequency?.Trim() is { Length: > 0 } given) return given;
        return claim.Version > 1 && !string.IsNullOrWhiteSpace(claim.PayerClaimControlNumber) ? Code(ClaimFrequency.Replacement) : Code(ClaimFrequency.Original);
    }

    /// <summary>
    /// REF*F8 of the claim's current version, which a replacement or void cites: the number its resubmission quoted
    /// when the timer made this version (null for a new original); else the encounter's own; else the one the payer
    /// sent back (277CA REF*1K, 835 CLP07). Trimmed; null when none is known.
    /// </summary>
    public static string? PayerClaimControlNumber(Claim claim)
    {
        if (ResubmissionOf(claim) is { } resubmission) return Blank(resubmission.PayerClaimControlNumber);
        return Blank(claim.Encounter.PayerClaimControlNumber) ?? Blank(claim.PayerClaimControlNumber);
    }

    /// <summary>
    /// The HI codes, in claim order: the codes the coding stage accepted (one per encounter diagnosis in the same
    /// order, so the lines' pointers hold, then the additional codes of multi-code statements); before coding, the
    /// encounter's diagnoses in HI form (ICD-10-CM without the dot; anything else as sent, for scrub to report).
    /// </summary>
    public static IReadOnlyList<string> Diagnoses(Claim claim) =>
        claim.DiagnosisCodes.Count > 0 ? claim.DiagnosisCodes
        : [.. (claim.Encounter.Diagnoses ?? []).Select(d => IcdCode.TryParse(d, out var code) ? code.Value : d)];

    /// <summary>
    /// The resubmission the timer makes of a corrected claim as its next version: a void (8) when one was asked for;
    /// a replacement (7) citing the payer's claim control number when the payer adjudicated the claim and said it;
    /// else a new original (1), since a payer that never gave a number has no claim to replace.
    /// </summary>
    public static Resubmission NextResubmission(Claim claim, DateTimeOffset at)
    {
        var payerNumber = Blank(claim.PayerClaimControlNumber);
        var frequency = claim.VoidRequested ? ClaimFrequency.Void
            : payerNumber is null ? ClaimFrequency.Original
            : ClaimFrequency.Replacement;
        return new Resubmission(claim.Resubmissions.Count + 1, claim.Version + 1, frequency, frequency == ClaimFrequency.Original ? null : payerNumber, at);
    }

    /// <summary>Whether a frequency code is a replacement or a void, which must cite REF*F8.</summary>
    public static bool CitesPayerClaim(string frequencyCode) =>
        frequencyCode == Code(ClaimFrequency.Replacement) || frequencyCode == Code(ClaimFrequency.Void);

    /// <summary>The CLM05-3 code of a frequency ("1", "7", "8").</summary>
    public static string Code(ClaimFrequency frequency) => ((int)frequency).ToString(CultureInfo.InvariantCulture);

    // The resubmission that made the current version, if the timer made it.
    private static Resubmission? ResubmissionOf(Claim claim) =>
        claim.Resubmissions is [.., var last] && last.Version == claim.Version ? last : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
