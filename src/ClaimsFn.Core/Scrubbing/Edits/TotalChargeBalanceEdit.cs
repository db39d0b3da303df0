using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>SNIP 3 balancing: the claim's total charge (CLM02) equals the sum of its line charges (SV102).</summary>
public sealed class TotalChargeBalanceEdit : ClaimEdit
{
    public override string Id => "CLAIM-TOTAL-MISMATCH";
    public override EditCategory Category => EditCategory.Balancing;
    public override string Description => "The total claim charge equals the sum of the service line charges.";
    public override string FixHint => "Correct the line charges or the total so that they agree.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var sum = context.Lines.Sum(l => l.Charge);
        if (context.Encounter.TotalCharge != sum)
            yield return Finding($"The total charge {context.Encounter.TotalCharge:0.00} does not equal the sum of the line charges {sum:0.00}.", "2300.CLM02");
    }
}
