using ClaimsFn.Core.Scrubbing.Edits;

namespace ClaimsFn.Core.Scrubbing;

/// <summary>
/// The edits the scrub stage runs, in the order their findings are listed: the claim's own data first
/// (code sets, required data, balancing, situational), then consistency and correct coding, then the
/// payer's rules and the claim history. Ids are stable; docs/edits.md lists them all.
/// </summary>
public static class EditCatalog
{
    public static IReadOnlyList<ClaimEdit> All { get; } =
    [
        // Code sets (SNIP 5)
        new DiagnosisNotValidForDateOfServiceEdit(),
        new DiagnosisNotBillableEdit(),
        new ProcedureCodeFormatEdit(),
        new HcpcsCodeValidityEdit(),
        new ModifierEdit(),
        new PlaceOfServiceEdit(),
        new ProcedureCodeUnknownEdit(),

        // Required data (SNIP 2)
        new PayerIdMissingEdit(),
        new SubscriberIdMissingEdit(),
        new PatientBirthDateEdit(),
        new PatientSexEdit(),
        new BillingProviderNpiEdit(),
        new RenderingProviderNpiEdit(),
        new ProviderTaxonomyEdit(),
        new BillingTaxIdEdit(),
        new BillingAddressZipEdit(),
        new BillingAddressPoBoxEdit(),
        new AddressStateZipEdit(),
        new DateOfServiceEdit(),
        new ServiceDatesEdit(),
        new NoServiceLinesEdit(),
        new LineUnitsAndChargeEdit(),
        new PatientNameMissingEdit(),

        // Situational (SNIP 4) and balancing (SNIP 3)
        new DiagnosisPointerEdit(),
        new PayerClaimControlNumberEdit(),
        new TotalChargeBalanceEdit(),

        // Diagnosis consistency (MCE / I-OCE code edits)
        new DiagnosisDuplicateEdit(),
        new ExternalCauseFirstListedEdit(),
        new ManifestationFirstListedEdit(),
        new SecondaryOnlyFirstListedEdit(),
        new DiagnosisAgeConflictEdit(),
        new DiagnosisSexConflictEdit(),
        new PreventiveVisitAgeEdit(),
        new ProcedureAgeConflictEdit(),
        new ProcedureSexConflictEdit(),
        new DiagnosisWrongProcedureEdit(),

        // Correct coding (NCCI)
        new PtpPairNotAllowedEdit(),
        new PtpPairNoModifierEdit(),
        new MueUnitsExceededEdit(),
        new AddOnWithoutPrimaryEdit(),
        new EvaluationAndManagementSameDayEdit(),
        new EvaluationAndManagementMinorProcedureEdit(),
        new BilateralModifierEdit(),
        new TherapyModifierEdit(),
        new ReducedServiceUnitsEdit(),
        new EvaluationAndManagementModifier25Edit(),
        new DuplicateServiceLineEdit(),
        new Modifier25OnNonVisitEdit(),
        new DistinctServiceModifierOnVisitEdit(),
        new LateralityModifierConflictEdit(),

        // Payer rules (SNIP 7, as data)
        new TimelyFilingEdit(),
        new PriorAuthorizationEdit(),
        new ClaimFrequencyEdit(),
        new PayerRequiredFieldEdit(),
        new SubscriberIdFormatEdit(),

        // Claim history
        new DuplicateClaimEdit(),
    ];
}
