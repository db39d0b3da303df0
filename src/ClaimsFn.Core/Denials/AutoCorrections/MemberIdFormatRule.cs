using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Denials.AutoCorrections;

/// <summary>
/// The payer could not identify the patient (CARC 31 or 140, or a remark code pointing at the member id, e.g.
/// 16 + N382) and the member id on the claim holds characters a member id never has: spaces, dashes or
/// lower-case letters, as when copied from a printed card (an MBI prints as 1EG4-TE5-MK72). The fix keeps the
/// same letters and digits, upper-cased, in the same order; an id that is already clean is left to a person.
/// </summary>
public sealed class MemberIdFormatRule : AutoCorrectionRule
{
    private static readonly CarcCode[] PatientNotIdentified = ["31", "140"];

    public override string Id => "AC-MEMBER-ID-FORMAT";

    public override string Description => "Member id not recognised and written with spaces, dashes or lower case: keep only its letters and digits, upper-cased.";

    public override CorrectionRequest? Propose(Claim claim, Denial denial, DenialCatalog catalog)
    {
        var pointsAtMemberId = denial.Reasons.Any(r => PatientNotIdentified.Contains(r))
            || denial.Remarks.Any(r => catalog.Rarc(r).Field == "subscriber.memberId");
        if (!pointsAtMemberId) return null;
        var memberId = claim.Encounter.Subscriber.MemberId ?? "";
        var normalized = Normalize(memberId);
        if (normalized.Length == 0 || normalized == memberId) return null;
        return Request("The payer did not recognise the member id; removed separators and upper-cased it.") with { SubscriberMemberId = normalized };
    }

    public static string Normalize(string memberId) => new([.. memberId.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
}
