namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>
/// The rules of one payer (or the defaults, when <see cref="PayerId"/> is null), resolved: every value is
/// set, taken from the payer's entry, else the file's defaults, else <see cref="BuiltIn"/>.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class PayerRule
{
    /// <summary>The CLM05-3 claim frequency codes of a professional claim: 1 original, 7 replacement, 8 void.</summary>
    public static IReadOnlySet<string> KnownClaimFrequencyCodes { get; } = new HashSet<string>(StringComparer.Ordinal) { "1", "7", "8" };

    public PayerRule(string? payerId, string name, int timelyFilingDays, ProcedureCodeMatcher priorAuthorizationCodes,
        IReadOnlySet<string> acceptedClaimFrequencyCodes, IReadOnlySet<PayerRequiredField> requiredFields)
    {
        PayerId = payerId;
        Name = name;
        TimelyFilingDays = timelyFilingDays;
        PriorAuthorizationCodes = priorAuthorizationCodes;
        AcceptedClaimFrequencyCodes = acceptedClaimFrequencyCodes;
        RequiredFields = requiredFields;
    }

    /// <summary>What applies when neither the payer nor the file says otherwise: Medicare's 365 days
    /// (42 CFR 424.44, one calendar year from the date of service), no prior authorization, frequency codes 1, 7 and 8, no extra fields.</summary>
    public static PayerRule BuiltIn { get; } = new(null, "built-in defaults", 365, ProcedureCodeMatcher.Empty, KnownClaimFrequencyCodes, new HashSet<PayerRequiredField>());

    /// <summary>The payer id this rule is for; null for the defaults.</summary>
    public string? PayerId { get; }

    public string Name { get; }

    /// <summary>Days after the date of service by which the payer must receive the claim.</summary>
    public int TimelyFilingDays { get; }

    /// <summary>The last day the payer takes a claim (or a replacement) for this date of service: the date of service plus
    /// <see cref="TimelyFilingDays"/>. The one timely-filing computation: the scrub edit, the resubmission timer and the
    /// denial work queue all use it.</summary>
    public DateOnly TimelyFilingDeadline(DateOnly dateOfService) => dateOfService.AddDays(TimelyFilingDays);

    /// <summary>Procedure codes the payer pays only with a prior authorization number on the claim.</summary>
    public ProcedureCodeMatcher PriorAuthorizationCodes { get; }

    /// <summary>The claim frequency codes (CLM05-3) the payer accepts electronically.</summary>
    public IReadOnlySet<string> AcceptedClaimFrequencyCodes { get; }

    public IReadOnlySet<PayerRequiredField> RequiredFields { get; }

    /// <summary>SBR09 as the rules file sets it for this payer (or its defaults); null when it sets none.</summary>
    public string? ClaimFilingIndicator { get; init; }

    /// <summary>SBR09 for a claim to this payer, decided here only: the rule's own (or the file's defaults'), else what the
    /// payer's name implies (the entry's name, else <paramref name="payerNameOnClaim"/>), else CI (commercial).</summary>
    public string ClaimFilingIndicatorFor(string? payerNameOnClaim) =>
        ClaimFilingIndicator
        ?? (PayerId is null ? null : ClaimFilingIndicators.FromPayerName(Name))
        ?? ClaimFilingIndicators.FromPayerName(payerNameOnClaim)
        ?? ClaimFilingIndicators.Commercial;
}
