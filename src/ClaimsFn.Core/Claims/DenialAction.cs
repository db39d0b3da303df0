namespace ClaimsFn.Core.Claims;

/// <summary>The default next step for an adjustment reason. <see cref="DenialActions.AllowsResubmission"/> says which lead to a corrected claim.</summary>
public enum DenialAction
{
    /// <summary>Nothing to work: a contractual adjustment or information only.</summary>
    None = 1,

    /// <summary>The patient owes the amount (deductible, coinsurance, copay, or a non-covered service the patient agreed to pay).</summary>
    BillPatient,

    /// <summary>Correct the data or codes the remark codes point to, then send a replacement claim.</summary>
    CorrectAndResubmit,

    /// <summary>Find the earlier claim the payer matched; never resubmit (another copy is another duplicate).</summary>
    Investigate,

    /// <summary>Write the amount off, or appeal with proof the claim was filed in time; a corrected claim would be late too.</summary>
    WriteOffOrAppeal,

    /// <summary>Appeal with documentation (medical records, a letter of medical necessity); a corrected claim does not help.</summary>
    Appeal,

    /// <summary>Check the NCCI pair and modifier rules: correct the modifier when the services really were distinct, otherwise accept the bundling.</summary>
    ReviewBundling,

    /// <summary>Obtain (retro) authorization and resubmit with its number (REF*G1), or appeal.</summary>
    ObtainAuthorization,

    /// <summary>Bill the responsible payer first, or reconcile with its payment (coordination of benefits).</summary>
    CoordinateBenefits,

    /// <summary>Check coverage and the member id; correct the subscriber or the payer and resubmit.</summary>
    VerifyEligibility,

    /// <summary>Bill the patient when a waiver (ABN) was signed, otherwise write off.</summary>
    ReviewNonCovered,

    /// <summary>Fix the provider's enrollment, credentialing or taxonomy, then resubmit.</summary>
    FixEnrollment,

    /// <summary>A person reads the remark codes and decides.</summary>
    Review,
}
