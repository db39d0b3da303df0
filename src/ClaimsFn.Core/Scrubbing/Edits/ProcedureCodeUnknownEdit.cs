using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Scrubbing.ProcedureRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A procedure code that no loaded CMS table knows on the date of service (I/OCE edit 6 "Invalid procedure code";
/// SNIP 5). ClaimsFn ships no CPT list (AMA licence), but the NCCI tables name nearly every code in use: a CPT
/// Category I code with no MUE in any loaded edition and no PTP row in force on or after the date of service is not
/// a CPT code in use (mistyped, invented or deleted); a HCPCS Level II code the PTP table names only in rows that
/// ended before the date of service (within the ten years before it), and with no MUE, was retired. Runs only with both NCCI tables loaded in full (an
/// MUE edition of at least <see cref="FullMueTableCodes"/> codes) and no CPT
/// list configured (HCPCS-INVALID-FOR-DOS then decides), and not for dates of service in a later year than the
/// newest MUE edition (CPT adds its codes each January). Level II codes the tables never name (DME, supplies) and
/// Category II/III codes (added twice a year) are left to the HCPCS file and the format check.
/// </summary>
public sealed class ProcedureCodeUnknownEdit : ClaimEdit
{
    /// <summary>
    /// Below this many codes in the newest MUE edition the tables are an extract or a test fixture, not CMS's full
    /// practitioner table (about 15,000 codes), and a code missing from them says nothing.
    /// </summary>
    public const int FullMueTableCodes = 5_000;

    /// <summary>How recently a HCPCS Level II code's last PTP edit must have ended for the code to count as retired.</summary>
    public const int RetiredWithinYears = 10;

    public override string Id => "PROC-CODE-UNKNOWN";
    public override EditCategory Category => EditCategory.CodeSet;
    public override string Description => "Each CPT code is known to the loaded NCCI tables (an MUE, or a PTP row in force on the date of service); a HCPCS code they name only in ended rows is retired.";
    public override string FixHint => "Check the code against the current CPT/HCPCS book: a code no CMS table knows is mistyped, invented or deleted.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var ncci = context.Ncci;
        if (context.Cpt is not null || ncci.Mue.CodeCount < FullMueTableCodes || ncci.Ptp.PairCount == 0) yield break;
        var newest = ncci.Mue.NewestEditionFrom;
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is not { } code) continue;
            var dos = context.LineDate(i);
            if (newest is { } from && dos.Year > from.Year) continue;
            if (code.Kind is not (ProcedureCodeKind.CptCategoryI or ProcedureCodeKind.HcpcsLevelII)) continue;
            // A CPT code of the embedded deleted list is HCPCS-INVALID-FOR-DOS's finding.
            if (ProcedureRuleSet.Embedded.TryGetCptDeletion(code.Value, out _) || ncci.Mue.ContainsCode(code.Value) || ncci.Ptp.NamesCodeOnOrAfter(code.Value, dos)) continue;
            if (code.Kind == ProcedureCodeKind.CptCategoryI)
                yield return Finding($"{code.Value} is in no loaded CMS table (no NCCI MUE, no PTP edit in force on the date of service): not a CPT code in use.", $"2400[{i + 1}].SV101-2");
            // CMS reuses the numbers of long-deleted Level II codes (G0030–G0065, deleted by 2005, are MIPS reporting
            // codes again): only edits that ended in the last ten years say the code is retired.
            else if (ncci.Ptp.NamesCodeOnOrAfter(code.Value, dos.AddYears(-RetiredWithinYears)))
                yield return Finding($"{code.Value} has no NCCI MUE and every NCCI PTP edit naming it ended before the date of service: a retired HCPCS code.", $"2400[{i + 1}].SV101-2");
        }
    }
}
