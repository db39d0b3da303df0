using System.ComponentModel.DataAnnotations;

namespace ClaimsFn.Core;

/// <summary>Settings of the pipeline, bound from the <c>ClaimsFn</c> configuration section (<c>ClaimsFn__*</c> app settings).</summary>
public sealed class ClaimsFnOptions
{
    public const string SectionName = "ClaimsFn";

    /// <summary>A folder of official ICD-10-CM order files (<c>icd10cm-order-YYYY.txt[.gz]</c>).
    /// The default, empty, uses the embedded starter subset, which is for demos only.</summary>
    public string? CodeSetsPath { get; set; }

    /// <summary>The largest batch file ingested, in bytes; a larger one is rejected whole with a reason.
    /// The default value is 100 MiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBatchBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Deliveries of a stage message before its claim is put in the Error state. Must equal the
    /// queue trigger's maxDequeueCount (host.json). The default value is 5.</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>Which connector sends interchanges: <c>Blob</c> (drop into x12-outbound) or <c>Http</c> (POST to
    /// ClaimsFn:Clearinghouse:Endpoint). The default value is Blob.</summary>
    [Required]
    [RegularExpression("^(Blob|Http)$", ErrorMessage = "SubmissionConnector must be Blob or Http.")]
    public string SubmissionConnector { get; set; } = "Blob";

    /// <summary>The most resubmissions (replacements or voids) the timer makes for one claim; after that a
    /// person appeals or writes off. The default value is 3.</summary>
    [Range(1, 10)]
    public int MaxResubmissions { get; set; } = 3;

    /// <summary>Days from the date of service within which a resubmission must reach the payer, for payers
    /// that <see cref="TimelyFilingDaysByPayer"/> does not name. The default value is 365 (Medicare's 12 months).</summary>
    [Range(1, 3650)]
    public int TimelyFilingDays { get; set; } = 365;

    /// <summary>Per-payer timely-filing limits in days, <c>PAYERID=days</c> separated by semicolons
    /// (e.g. <c>MCR01=365;ACME1=180</c>). The default value is empty (every payer uses <see cref="TimelyFilingDays"/>).</summary>
    [RegularExpression(@"^\s*([A-Za-z0-9_-]+\s*=\s*\d{1,4}\s*(;\s*|$))*$", ErrorMessage = "TimelyFilingDaysByPayer must be PAYERID=days pairs separated by semicolons.")]
    public string TimelyFilingDaysByPayer { get; set; } = "";
}
