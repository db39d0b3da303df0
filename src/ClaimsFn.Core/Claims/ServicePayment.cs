using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Claims;

/// <summary>
/// One service line of a remittance (loop 2110, <c>SVC</c>): the procedure as adjudicated, charge, payment,
/// units, its adjustments (CAS) and remark codes (LQ*HE). Balances when
/// <see cref="Charge"/> − Σ <see cref="Adjustments"/> = <see cref="Paid"/>.
/// </summary>
public sealed record ServicePayment
{
    /// <summary>SVC01-1, the code list: HC (CPT/HCPCS) for professional claims.</summary>
    public string Qualifier { get; init; } = "HC";

    /// <summary>SVC01-2, the procedure code as the payer adjudicated it.</summary>
    public string Procedure { get; init; } = "";

    /// <summary>SVC01-3 … SVC01-6.</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    /// <summary>SVC02, the line charge.</summary>
    public decimal Charge { get; init; }

    /// <summary>SVC03, what the payer paid for the line.</summary>
    public decimal Paid { get; init; }

    /// <summary>SVC05, the units paid; 1 when absent, as the guide says.</summary>
    public decimal Units { get; init; } = 1;

    /// <summary>SVC06-2, the procedure as billed when the payer changed it; null otherwise.</summary>
    public string? SubmittedProcedure { get; init; }

    /// <summary>DTM*472, the date of service of the line.</summary>
    public DateOnly? ServiceDate { get; init; }

    /// <summary>REF*6R, the line item control number we sent (REF*6R of the 837 2400 loop).</summary>
    public string? LineControlNumber { get; init; }

    /// <summary>AMT*B6, the allowed amount, when given.</summary>
    public decimal? Allowed { get; init; }

    public IReadOnlyList<Adjustment> Adjustments { get; init; } = [];

    public IReadOnlyList<RarcCode> Remarks { get; init; } = [];
}
