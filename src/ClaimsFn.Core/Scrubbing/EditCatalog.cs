using ClaimsFn.Core.Scrubbing.Edits;

namespace ClaimsFn.Core.Scrubbing;

/// <summary>The edits the scrub stage runs, in the order their findings are listed.</summary>
public static class EditCatalog
{
    public static IReadOnlyList<ClaimEdit> All { get; } =
    [
        new DiagnosisNotValidForDateOfServiceEdit(),
        new DiagnosisNotBillableEdit(),
        new ProcedureCodeFormatEdit(),
        new PayerIdMissingEdit(),
        new SubscriberIdMissingEdit(),
        new BillingProviderNpiEdit(),
        new NoServiceLinesEdit(),
        new LineUnitsAndChargeEdit(),
        new DiagnosisPointerEdit(),
        new TotalChargeBalanceEdit(),
    ];
}
