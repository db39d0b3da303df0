using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// Each HCPCS Level II code is in the imported HCPCS file and valid on the date of service (I/OCE edit 6
/// "Invalid procedure code"). Runs only when <c>ClaimsFn:HcpcsPath</c> is set. CPT codes are AMA-licensed:
/// ClaimsFn ships none and checks their format only (PROC-CODE-INVALID).
/// </summary>
public sealed class HcpcsCodeValidityEdit : ClaimEdit
{
    public override string Id => "HCPCS-INVALID-FOR-DOS";
    public override EditCategory Category => EditCategory.CodeSet;
    public override string Description => "Each HCPCS Level II code is in the imported HCPCS file and valid on the date of service.";
    public override string FixHint => "Replace the code with one active on the date of service (HCPCS changes quarterly).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (context.Hcpcs is not { } hcpcs) yield break;
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { Kind: ProcedureCodeKind.HcpcsLevelII } code) continue;
            var location = $"2400[{i + 1}].SV101-2";
            if (!hcpcs.TryGetCode(code.Value, out var entry))
                yield return Finding($"{code.Value} is not a HCPCS Level II code in {hcpcs.Label}.", location);
            else if (!entry.IsValidOn(context.Encounter.DateOfService))
                yield return Finding($"{code.Value} is not valid on the date of service (HCPCS {(entry.AddedOn > context.Encounter.DateOfService ? "added later" : "terminated")}).", location);
        }
    }
}
