using System.ComponentModel.DataAnnotations;

namespace ClaimsFn.Core;

/// <summary>Settings of the pipeline, bound from the <c>ClaimsFn</c> configuration section (<c>ClaimsFn__*</c> app settings).</summary>
public sealed class ClaimsFnOptions
{
    public const string SectionName = "ClaimsFn";

    /// <summary>A folder of official ICD-10-CM order files (<c>icd10cm-order-YYYY.txt[.gz]</c>).
    /// The default, empty, uses the embedded starter subset, which is for demos only.</summary>
    public string? CodeSetsPath { get; set; }

    /// <summary>A folder of the CMS Medicare NCCI practitioner files, as downloaded each quarter: the PTP
    /// files (<c>ccipra-v…-f1..f4</c>, .txt or .zip) and the practitioner MUE file. Empty: no NCCI edits
    /// (none ship with ClaimsFn). See docs/edits.md, "Reference data".</summary>
    public string? NcciPath { get; set; }

    /// <summary>The HCPCS Level II file as CSV (columns hcpcs, recid, short_description: recid 3 codes, 7 modifiers;
    /// or a folder of them), read by both the coding stage and the scrubber. Empty: HCPCS Level II codes and
    /// modifiers are checked for format only.</summary>
    public string? HcpcsPath { get; set; }

    /// <summary>The Medicare Code Editor diagnosis lists (age, manifestation, unacceptable first-listed) as CSV
    /// <c>edit,code[,short_description]</c>, a file or a folder (.csv, .gz). Empty: the embedded starter lists
    /// (a few cited ranges each; docs/reference-data.md).</summary>
    public string? MceListsPath { get; set; }

    /// <summary>The secret key (base64, at least 32 bytes) that makes duplicate-claim fingerprints HMAC-SHA-256 instead of
    /// plain SHA-256, so the durable index cannot be matched by guessing patient fields. A Key Vault reference in Azure.
    /// Empty: unkeyed, with a warning at startup (acceptable for local runs only; docs/reference-data.md).</summary>
    [RegularExpression(@"^\s*([A-Za-z0-9+/]{43,}={0,2})?\s*$", ErrorMessage = "FingerprintKey must be base64 of at least 32 bytes.")]
    public string? FingerprintKey { get; set; }

    /// <summary>A CSV of CMS Place of Service codes replacing the embedded list. Empty: the embedded list.</summary>
    public string? PlaceOfServicePath { get; set; }

    /// <summary>The payer rules JSON file (docs/payer-rules.md). Empty: the embedded default rules.</summary>
    public string? PayerRulesPath { get; set; }

    /// <summary>How often, in seconds, the payer rules file is checked for changes; a change applies within
    /// this time, without a deploy. The default value is 30 seconds.</summary>
    [Range(1, 3600)]
    public int PayerRulesRefreshSeconds { get; set; } = 30;

    /// <summary>The ICD-10-CM Alphabetic Index: CDC's icd10cm_index_YYYY.xml as published, or a CSV flattened from it (columns Level, Term, See, NonEssModif, Code), which the
    /// text coder searches beside the code titles. Optional: empty codes text from titles alone (lower recall).</summary>
    public string? IcdIndexPath { get; set; }

    /// <summary>The user's licensed CPT code list, one code per line. Empty checks CPT codes for format only
    /// (ClaimsFn ships no CPT content: it is © AMA).</summary>
    public string? CptPath { get; set; }

    /// <summary>The confidence (0–1) at or above which the text coder assigns a code without a coder; below it the claim
    /// goes to NeedsCoderReview with the candidates. The default value is 0.75.</summary>
    [Range(0.0, 1.0)]
    public double AutoCodeThreshold { get; set; } = DefaultAutoCodeThreshold;

    /// <summary>The default of <see cref="AutoCodeThreshold"/>, here so that the options need nothing above them.</summary>
    public const double DefaultAutoCodeThreshold = 0.75;

    /// <summary>The largest batch file ingested, in bytes; a larger one is rejected whole with a reason.
    /// The default value is 100 MiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBatchBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The most bytes a gzip-compressed batch (<c>.gz</c>) may decompress to; a larger one is rejected whole
    /// with a reason, so a small upload cannot expand without bound. The default value is 1 GiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxDecompressedBytes { get; set; } = 1024L * 1024 * 1024;

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
}
