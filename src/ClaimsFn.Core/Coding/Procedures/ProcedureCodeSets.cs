using ClaimsFn.Core.Coding.Hcpcs;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Coding.Procedures;

/// <summary>
/// Procedure code lists a process has: HCPCS Level II (<c>ClaimsFn:HcpcsPath</c>, read by the one HCPCS reader,
/// <see cref="HcpcsCodeSet"/>) and, where the user holds a CPT licence, their CPT list (<c>ClaimsFn:CptPath</c>).
/// Either may be absent; then codes of that system are checked for format only. Loaded once per process, by
/// <see cref="Scrubbing.ScrubReferenceData"/>, so the coding stage and the scrubber see the same lists.
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

    /// <summary>True when the modifier is two letters/digits and, with HCPCS loaded, a known Level II modifier.
    /// Two-digit modifiers (25, 59, ...) are CPT's, which ship with no list here: they are checked for format only.</summary>
    public bool IsKnownModifier(string? modifier)
    {
        if (modifier is null) return false;
        var m = modifier.Trim();
        if (m.Length != 2 || !char.IsAsciiLetterOrDigit(m[0]) || !char.IsAsciiLetterOrDigit(m[1])) return false;
        if (char.IsAsciiDigit(m[0]) && char.IsAsciiDigit(m[1])) return true;
        return Hcpcs is null || Hcpcs.ContainsModifier(m);
    }

    /// <summary>Loads what is configured; an empty path leaves that system unchecked.</summary>
    public static ProcedureCodeSets Load(string? hcpcsPath, string? cptPath) => new(
        string.IsNullOrWhiteSpace(hcpcsPath) ? null : HcpcsCodeSet.Load(hcpcsPath),
        string.IsNullOrWhiteSpace(cptPath) ? null : CptCodeList.ReadFile(cptPath));
}
