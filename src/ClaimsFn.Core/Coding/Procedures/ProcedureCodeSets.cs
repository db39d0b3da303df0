using ClaimsFn.Core.Coding.Hcpcs;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Coding.Procedures;

/// <summary>
/// Procedure code lists a process has: HCPCS Level II (<c>ClaimsFn:HcpcsPath</c>, read by the one HCPCS reader,
/// <see cref="HcpcsCodeSet"/>) and, where the user holds a CPT licence, their CPT list (<c>ClaimsFn:CptPath</c>).
/// Either may be absent; then codes of that system are checked for format only. Loaded once per process, by
/// <see cref="Scrubbing.ScrubReferenceData"/>, so the coding stage and the scrubber see the same lists.
/// <see cref="Check"/> is the one list-membership check of a procedure code: the scrub edit <c>HCPCS-INVALID-FOR-DOS</c>
/// uses it. Modifiers are the scrub edit <c>MODIFIER-INVALID</c>'s alone.
/// </summary>
public sealed class ProcedureCodeSets(HcpcsCodeSet? hcpcs, CptCodeList? cpt)
{
    public HcpcsCodeSet? Hcpcs { get; } = hcpcs;

    public CptCodeList? Cpt { get; } = cpt;

    public ProcedureCodeStatus Check(string? code)
    {
        if (!ProcedureCode.TryParse(code, out var parsed)) return ProcedureCodeStatus.Malformed;
        if (parsed.Kind == ProcedureCodeKind.HcpcsLevelII)
            return Hcpcs is null ? ProcedureCodeStatus.FormatOnly : Hcpcs.ContainsCode(parsed.Value) ? ProcedureCodeStatus.Valid : ProcedureCodeStatus.Unknown;
        return Cpt is null ? ProcedureCodeStatus.FormatOnly : Cpt.Contains(parsed.Value) ? ProcedureCodeStatus.Valid : ProcedureCodeStatus.Unknown;
    }
}
