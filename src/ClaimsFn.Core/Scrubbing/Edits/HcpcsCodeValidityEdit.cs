using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// Each HCPCS Level II code is in the imported HCPCS file and valid on the date of service (I/OCE edit 6
/// "Invalid procedure code"), when <c>ClaimsFn:HcpcsPath</c> is set. CPT codes are AMA-licensed: ClaimsFn ships
/// no CPT list, only the embedded list of CPT codes deleted in an annual update (ProcedureRules/deleted-cpt-codes.csv),
/// which this edit also applies (Optum ACE CDL "procedure code deleted as of date").
/// </summary>
public sealed class HcpcsCodeValidityEdit : ClaimEdit
{
    public override string Id => "HCPCS-INVALID-FOR-DOS";
    public override EditCategory Category => EditCategory.CodeSet;
    public override string Description => "Each HCPCS Level II code is in the imported HCPCS file and valid on the date of service; no CPT code deleted before it is billed.";
    public override string FixHint => "Replace the code with one active on the date of service (HCPCS changes quarterly).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        var hcpcs = context.Hcpcs;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code) continue;
            if (code.Kind == ProcedureCodeKind.CptCategoryI)
            {
                if (ProcedureRuleSet.Embedded.TryGetCptDeletion(code.Value, out var deletedOn) && context.LineDate(i) >= deletedOn)
                    yield return Finding($"{code.Value} was deleted from CPT for dates of service from {deletedOn:yyyy-MM-dd}.", $"2400[{i + 1}].SV101-2");
                continue;
            }
            if (code.Kind != ProcedureCodeKind.HcpcsLevelII || hcpcs is null) continue;
            var location = $"2400[{i + 1}].SV101-2";
            if (!hcpcs.TryGetCode(code.Value, out var entry))
                yield return Finding($"{code.Value} is not a HCPCS Level II code in {hcpcs.Label}.", location);
            else if (!entry.IsValidOn(context.LineDate(i)))
                yield return Finding($"{code.Value} is not valid on the date of service (HCPCS {(entry.AddedOn > context.LineDate(i) ? "added later" : "terminated")}).", location);
        }
    }
}
