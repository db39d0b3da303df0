namespace ClaimsFn.Core.Pipeline;

/// <summary>The names both hosts give their functions (the Event Grid webhook and function keys address them).</summary>
public static class FunctionNames
{
    public const string IngestEncounterBatch = nameof(IngestEncounterBatch);
    public const string CodeClaim = nameof(CodeClaim);
    public const string ScrubClaim = nameof(ScrubClaim);
    public const string SubmitClaim = nameof(SubmitClaim);
    public const string ResubmitDenials = nameof(ResubmitDenials);
    public const string SubmitWindow = nameof(SubmitWindow);
    public const string IngestPayerResponse = nameof(IngestPayerResponse);
    public const string GetClaim = nameof(GetClaim);
    public const string GetBatch = nameof(GetBatch);
    public const string CorrectClaim = nameof(CorrectClaim);
    public const string ListDenials = nameof(ListDenials);
    public const string GetDenialSummary = nameof(GetDenialSummary);
    public const string GetRemittance = nameof(GetRemittance);
    public const string ListRemittanceExceptions = nameof(ListRemittanceExceptions);
    public const string ListClaims = nameof(ListClaims);
    public const string ListBatches = nameof(ListBatches);
    public const string GetKpis = nameof(GetKpis);
    public const string GetOpenApi = nameof(GetOpenApi);
    public const string GetDashboard = nameof(GetDashboard);
    public const string GetDashboardAsset = nameof(GetDashboardAsset);

    /// <summary>The resubmission timer's NCRONTAB schedule, read from the app setting of that name.</summary>
    public const string ResubmitSchedule = "%ResubmitSchedule%";

    /// <summary>The submission window's NCRONTAB schedule (app setting SubmitWindowSchedule): how often each payer's
    /// queued claims go out as one interchange.</summary>
    public const string SubmitWindowSchedule = "%SubmitWindowSchedule%";
}
