using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Diagnoses;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A code the tabular list provides only as an additional code (B95–B97 infectious agents, Z3A weeks of
/// gestation, Z37 outcome of delivery, Z68 body mass index) is not the first-listed diagnosis (MCE edit 9
/// "Unacceptable principal diagnosis", for the codes whose source says so).
/// </summary>
public sealed class SecondaryOnlyFirstListedEdit : ClaimEdit
{
    public override string Id => "DX-SECONDARY-ONLY-FIRST";
    public override EditCategory Category => EditCategory.CodeConsistency;
    public override string Description => "The first-listed diagnosis is not an additional-code-only code (B95–B97, Z3A, Z37, Z68).";
    public override string FixHint => "List the condition treated first; agent, gestation, delivery-outcome and BMI codes follow the diagnosis they describe.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (context.Diagnoses is [{ } first, ..] && DiagnosisLists.SecondaryOnly.Contains(first))
            yield return Finding($"{first.Dotted} is used only as an additional code and cannot be the first-listed diagnosis.", "2300.HI[1]");
    }
}
