using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>A diagnosis listed twice on the claim (MCE edit 3 "Duplicate of PDX", extended to every position).</summary>
public sealed class DiagnosisDuplicateEdit : ClaimEdit
{
    public override string Id => "DX-DUPLICATE";
    public override EditCategory Category => EditCategory.CodeConsistency;
    public override string Description => "No diagnosis appears twice on the claim.";
    public override string FixHint => "Remove the repeated diagnosis and repoint the lines that used it.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var dx = context.Diagnoses;
        for (var i = 1; i < dx.Count; i++)
        {
            if (dx[i] is not { } code) continue;
            for (var j = 0; j < i; j++)
            {
                if (dx[j] == code)
                {
                    yield return Finding($"Diagnosis {i + 1} ({code.Dotted}) repeats diagnosis {j + 1}.", $"2300.HI[{i + 1}]");
                    break;
                }
            }
        }
    }
}
