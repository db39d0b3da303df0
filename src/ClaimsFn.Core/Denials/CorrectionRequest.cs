namespace ClaimsFn.Core.Denials;

/// <summary>
/// The body of <c>POST /api/claims/{claimId}/corrections</c>: who corrects, why, and what changes. Every field
/// but <see cref="By"/> and <see cref="Reason"/> is optional; a null field is left as it is. Lists replace the
/// whole list. <see cref="Void"/> asks for a void (CLM05-3 = 8) of the payer's claim instead of a replacement.
/// </summary>
public sealed record CorrectionRequest
{
    /// <summary>The staff id of the biller or coder (not a name).</summary>
    public string By { get; init; } = "";

    public string Reason { get; init; } = "";

    /// <summary>ICD-10-CM codes in claim order (dotted or not).</summary>
    public IReadOnlyList<string>? Diagnoses { get; init; }

    public IReadOnlyList<LineCorrection>? Lines { get; init; }

    /// <summary>The prior authorization number (837P REF*G1).</summary>
    public string? PriorAuthorization { get; init; }

    public string? SubscriberMemberId { get; init; }

    public string? PlaceOfService { get; init; }

    public string? RenderingProviderNpi { get; init; }

    /// <summary>The rendering provider's name (2310B NM103), which the 837P needs with a rendering provider NPI.</summary>
    public string? RenderingProviderName { get; init; }

    /// <summary>A different payer (coordination of benefits): the claim goes to it as a new original.</summary>
    public string? PayerId { get; init; }

    public string? PayerName { get; init; }

    /// <summary>The corrected total charge; when lines change and this is null, the total follows the lines.</summary>
    public decimal? TotalCharge { get; init; }

    public bool Void { get; init; }
}
