using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Diagnoses;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>An external cause of morbidity code (V00–Y99) is never the first-listed diagnosis (MCE edit 2, I/OCE edit 5).</summary>
public sealed class ExternalCauseFirstListedEdit : ClaimEdit
{
    public override string Id => "DX-EXTERNAL-CAUSE-FIRST";
    public override EditCategory Category => EditCategory.CodeConsistency;
    public override string Description => "The first-listed diagnosis is not an external cause code (V00–Y99).";
    public override string FixHint => "List the injury or condition first; external cause codes only describe how it happened and follow it.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (context.Diagnoses is [{ } first, ..] && DiagnosisLists.ExternalCause.Contains(first))
            yield return Finding($"{first.Dotted} is an external cause code and cannot be the first-listed diagnosis.", "2300.HI[1]");
    }
}
