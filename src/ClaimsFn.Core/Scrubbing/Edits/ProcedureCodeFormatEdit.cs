using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>Each service line's procedure is a CPT (category I, II or III) or HCPCS Level II code in format.</summary>
public sealed class ProcedureCodeFormatEdit : ClaimEdit
{
    public override string Id => "PROC-CODE-INVALID";
    public override EditCategory Category => EditCategory.CodeSet;
    public override string Description => "Each service line carries a procedure code in CPT or HCPCS Level II format.";
    public override string FixHint => "Enter a five-character CPT or HCPCS code (e.g. 99213, G0439).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is null)
                yield return Finding($"Service line {i + 1} has no valid CPT/HCPCS procedure code.", $"2400[{i + 1}].SV101-2");
        }
    }
}
