using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.PayerRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// For Medicare Part B (SBR09 MB, the one payer-type decision: <see cref="PayerRule.ClaimFilingIndicatorFor"/>) and any
/// payer whose rules require it (<c>requiredFields: ["medicareBeneficiaryIdentifier"]</c>), the member id is a Medicare
/// Beneficiary Identifier (CMS has accepted only MBIs on Medicare FFS claims since 2020-01-01): 11 characters, no dashes, in CMS's pattern
/// (1: digit 1–9; 2, 5, 8, 9: letter; 3, 6: letter or digit; 4, 7, 10, 11: digit; letters exclude S, L, O, I, B, Z).
/// SNIP 7 trading-partner rule; anchors checklist 14 ("invalid subscriber ID format").
/// </summary>
public sealed class SubscriberIdFormatEdit : ClaimEdit
{
    public override string Id => "SUBSCRIBER-ID-FORMAT";
    public override EditCategory Category => EditCategory.PayerRule;
    public override string Description => "The member id matches the payer's format (Medicare: the MBI pattern).";
    public override string FixHint => "Enter the member id exactly as on the insurance card, without dashes or spaces (Medicare: the 11-character MBI).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (!context.PayerRule.RequiredFields.Contains(PayerRequiredField.MedicareBeneficiaryIdentifier)
            && context.PayerRule.ClaimFilingIndicatorFor(context.Encounter.Payer?.Name) != ClaimFilingIndicators.MedicarePartB) yield break;
        var id = context.Encounter.Subscriber?.MemberId?.Trim();
        if (string.IsNullOrEmpty(id)) yield break; // SUBSCRIBER-ID-MISSING reports it.
        if (!IsMedicareBeneficiaryIdentifier(id))
            yield return Finding($"{PayerName.Of(context.PayerRule)} requires a Medicare Beneficiary Identifier (MBI) as the member id; the id given does not have its format.", "2010BA.NM109");
    }

    public static bool IsMedicareBeneficiaryIdentifier(string id)
    {
        if (id.Length != 11) return false;
        for (var i = 0; i < 11; i++)
        {
            var c = id[i];
            var ok = i switch
            {
                0 => c is >= '1' and <= '9',
                1 or 4 or 7 or 8 => IsMbiLetter(c),
                2 or 5 => IsMbiLetter(c) || char.IsAsciiDigit(c),
                _ => char.IsAsciiDigit(c),
            };
            if (!ok) return false;
        }
        return true;
    }

    private static bool IsMbiLetter(char c) => c is >= 'A' and <= 'Z' and not ('S' or 'L' or 'O' or 'I' or 'B' or 'Z');
}
