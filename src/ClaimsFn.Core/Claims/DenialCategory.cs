namespace ClaimsFn.Core.Claims;

/// <summary>
/// What kind of problem an adjustment reason is, so a team can work denials by category. The last three
/// are adjustments, not denials: money the provider writes off by contract, bills to the patient, or
/// reconciles with another payer's payment.
/// </summary>
public enum DenialCategory
{
    /// <summary>Data was missing or wrong on the claim (CARC 16 and its remark codes, 125, 206, 226, 252).</summary>
    MissingInformation = 1,

    /// <summary>Procedure, diagnosis, modifier or place of service do not fit together (4, 5, 6, 7, 11, 146, 181, 182).</summary>
    Coding,

    /// <summary>The payer already has this claim or service (18).</summary>
    Duplicate,

    /// <summary>Filed after the payer's deadline (29).</summary>
    TimelyFiling,

    /// <summary>The payer does not find the service necessary or supported (50, 55, 56, 150, 151, 167).</summary>
    MedicalNecessity,

    /// <summary>Paid as part of another service under NCCI or payer bundling rules (97, 234, 236, B15).</summary>
    Bundling,

    /// <summary>Prior authorization or precertification absent, invalid or exceeded (15, 39, 197, 198).</summary>
    Authorization,

    /// <summary>Another payer is responsible first, or its adjudication changes this one (19–23).</summary>
    CoordinationOfBenefits,

    /// <summary>The patient's coverage does not apply on the date of service, or the member is not found (26, 27, 31, 32, 109, 140).</summary>
    Eligibility,

    /// <summary>The plan does not cover the service, or a benefit limit was reached (35, 49, 96, 119, 204).</summary>
    NonCovered,

    /// <summary>The provider is not enrolled, certified or in network for the service (8, 170, 185, 208, 242, B7).</summary>
    ProviderEnrollment,

    /// <summary>Anything else, including codes the catalog does not know: a person reads the remark codes.</summary>
    Other,

    /// <summary>Not a denial: the contracted allowance, a discount or a mandated reduction (45, 59, 94, 131, 253).</summary>
    Contractual,

    /// <summary>Not a denial: the patient's deductible, coinsurance or copay (1, 2, 3).</summary>
    PatientResponsibility,

    /// <summary>Not a denial: information only (e.g. 100, payment went to the patient).</summary>
    Informational,
}
