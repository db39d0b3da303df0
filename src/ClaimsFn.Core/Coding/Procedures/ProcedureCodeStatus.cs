namespace ClaimsFn.Core.Coding.Procedures;

/// <summary>What <see cref="ProcedureCodeSets.Check"/> found for one procedure code.</summary>
public enum ProcedureCodeStatus
{
    /// <summary>In format, and in the loaded list of its code system.</summary>
    Valid = 1,

    /// <summary>In format; its code system has no list loaded, so existence was not checked.</summary>
    FormatOnly,

    /// <summary>Not a CPT (category I, II, III) or HCPCS Level II code in format.</summary>
    Malformed,

    /// <summary>In format but not in the loaded list of its code system.</summary>
    Unknown,
}
