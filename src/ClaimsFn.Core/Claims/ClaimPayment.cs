using System.Text.Json.Serialization;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Claims;

/// <summary>
/// One claim of a remittance (loop 2100, <c>CLP</c>) with its claim-level adjustments, remark codes and
/// service lines. Balances when <see cref="Charge"/> − Σ every adjustment (claim and line level) =
/// <see cref="Paid"/>. Patient names (NM1*QC) are not kept: the claim id is all posting needs.
/// </summary>
public sealed record ClaimPayment
{
    /// <summary>CLP01: the patient control number we sent as CLM01, which is our claim id.</summary>
    public string PatientControlNumber { get; init; } = "";

    /// <summary>CLP02.</summary>
    public ClaimStatusCode Status { get; init; }

    /// <summary>CLP03, the total charge as the payer received it.</summary>
    public decimal Charge { get; init; }

    /// <summary>CLP04, what the payer paid on the claim.</summary>
    public decimal Paid { get; init; }

    /// <summary>CLP05, what the patient owes (deductible, coinsurance, copay); 0 when absent.</summary>
    public decimal PatientResponsibility { get; init; }

    /// <summary>CLP06, the claim filing indicator (e.g. MB Medicare Part B, 12 PPO, CI commercial).</summary>
    public string? FilingIndicator { get; init; }

    /// <summary>CLP07, the payer's number for the claim: REF*F8 of a replacement or void must quote it.</summary>
    public string? PayerClaimControlNumber { get; init; }

    /// <summary>CLP09, the frequency code the payer processed (1 original, 7 replacement, 8 void), when given.</summary>
    public string? Frequency { get; init; }

    /// <summary>DTM*232/233, the claim's service period, when given.</summary>
    public DateOnly? ServiceFrom { get; init; }

    public DateOnly? ServiceTo { get; init; }

    /// <summary>Claim-level CAS.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; init; } = [];

    /// <summary>Claim-level remark codes (MOA03–MOA07, MIA05/20–24).</summary>
    public IReadOnlyList<RarcCode> Remarks { get; init; } = [];

    public IReadOnlyList<ServicePayment> Services { get; init; } = [];

    /// <summary>Every adjustment, claim level first, then each line's in order.</summary>
    [JsonIgnore]
    public IEnumerable<Adjustment> AllAdjustments => Adjustments.Concat(Services.SelectMany(s => s.Adjustments));

    /// <summary>Every remark code, claim level first, without repeats.</summary>
    [JsonIgnore]
    public IEnumerable<RarcCode> AllRemarks => Remarks.Concat(Services.SelectMany(s => s.Remarks)).Distinct();
}
