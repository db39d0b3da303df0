using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding.Procedures;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// Each HCPCS Level II code is in the imported HCPCS file and valid on the line's date of service (I/OCE edit 6
/// "Invalid procedure code"), when <c>ClaimsFn:HcpcsPath</c> is set; each CPT code (HCPCS Level I) is in the
/// user's CPT list, when <c>ClaimsFn:CptPath</c> is set, and not deleted before it is billed (the embedded list of
/// CPT codes deleted in an annual update, ProcedureRules/deleted-cpt-codes.csv). CPT is AMA-licensed: ClaimsFn
/// ships no CPT list, so without one CPT codes are otherwise checked for format only (PROC-CODE-INVALID).
/// </summary>
public sealed class HcpcsCodeValidityEdit : ClaimEdit
{
    public override string Id => "HCPCS-INVALID-FOR-DOS";
    public override EditCategory Category => EditCategory.CodeSet;
    public override string Description => "Each HCPCS Level II code is in the imported HCPCS file and valid on the date of service; each CPT code is in the configured CPT list and not deleted before it is billed.";
    public override string FixHint => "Replace the code with one active on the date of service (HCPCS changes quarterly).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var procedures = context.Procedures;
        // The one membership check of the loaded lists (the coding stage's too); dates are this edit's.
        var lists = new ProcedureCodeSets(context.Hcpcs, context.Cpt);
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code) continue;
            var location = $"2400[{i + 1}].SV101-2";
            var status = lists.Check(code.Value);
            if (code.Kind != ProcedureCodeKind.HcpcsLevelII)
            {
                if (code.Kind == ProcedureCodeKind.CptCategoryI && ProcedureRuleSet.Embedded.TryGetCptDeletion(code.Value, out var deletedOn) && context.LineDate(i) >= deletedOn)
                    yield return Finding($"{code.Value} was deleted from CPT for dates of service from {deletedOn:yyyy-MM-dd}.", location);
                else if (status == ProcedureCodeStatus.Unknown)
                    yield return Finding($"{code.Value} is not in the configured CPT list ({context.Cpt!.Label}) nor a HCPCS Level II code.", location);
                continue;
            }
            if (status == ProcedureCodeStatus.FormatOnly) continue;
            if (status == ProcedureCodeStatus.Unknown)
                yield return Finding($"{code.Value} is not a HCPCS Level II code in {context.Hcpcs!.Label}.", location);
            else if (context.Hcpcs!.TryGetCode(code.Value, out var entry) && !entry.IsValidOn(context.LineDate(i)))
                yield return Finding($"{code.Value} is not valid on the date of service (HCPCS {(entry.AddedOn > context.LineDate(i) ? "added later" : "terminated")}).", location);
        }
    }
}
