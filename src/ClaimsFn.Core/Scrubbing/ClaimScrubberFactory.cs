using Azure.Storage.Blobs;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Scrubbing.PayerRules;
using Microsoft.Extensions.Logging;

namespace ClaimsFn.Core.Scrubbing;

/// <summary>
/// The one way a scrubber is built from the settings, so that the pipeline (the scrub stage), the dry run
/// (<c>claims x12</c>) and the bench scrub with the same data: the ICD-10-CM code sets, the imported reference
/// data (HCPCS, CPT list, NCCI PTP and MUE, MCE lists, Place of Service), the payer rules and the fingerprint
/// key of the duplicate-claim index. Loads every file once, when constructed; <see cref="Create"/> then only
/// binds a claim history (the durable index in the pipeline, an in-memory one in the dry run and the bench).
/// </summary>
public sealed class ClaimScrubberFactory
{
    private readonly TimeProvider time;
    private readonly byte[]? fingerprintKey;

    /// <param name="codeSets">The catalog the coder uses too (loaded from <see cref="ClaimsFnOptions.CodeSetsPath"/> when null).</param>
    /// <param name="blobs">The app's storage account, where a <c>blob:</c> <see cref="ClaimsFnOptions.PayerRulesPath"/> is read; null where there is none (the dry run, the bench).</param>
    /// <exception cref="IOException">A configured file, folder or blob is missing or unreadable.</exception>
    /// <exception cref="InvalidDataException">A configured file holds no data of its kind.</exception>
    public ClaimScrubberFactory(ClaimsFnOptions options, TimeProvider time, ILoggerFactory? loggers = null, CodeSetCatalog? codeSets = null, BlobServiceClient? blobs = null)
    {
        this.time = time;
        CodeSets = codeSets ?? CodeSetCatalog.Load(options.CodeSetsPath);
        ReferenceData = ScrubReferenceData.Load(options);
        PayerRules = LoadPayerRules(options, time, loggers, blobs);
        fingerprintKey = FingerprintKeys.Parse(options.FingerprintKey);
        var logger = loggers?.CreateLogger(typeof(ClaimScrubber).FullName!);
        if (logger is null) return;
        foreach (var line in Describe()) logger.LogInformation("Scrub reference data: {Source}", line);
        if (fingerprintKey is null)
            logger.LogWarning("Duplicate-claim fingerprints are not keyed (ClaimsFn:FingerprintKey is not set): the index's row keys are plain SHA-256 of patient and visit fields, which a reader who guesses them can match. Set a secret key outside local runs.");
    }

    public CodeSetCatalog CodeSets { get; }

    // The one payer configuration source (docs/payer-rules.md): embedded, a file, or a blob of the app's storage account.
    private static IPayerRuleSource LoadPayerRules(ClaimsFnOptions options, TimeProvider time, ILoggerFactory? loggers, BlobServiceClient? blobs)
    {
        if (string.IsNullOrWhiteSpace(options.PayerRulesPath)) return StaticPayerRuleSource.Embedded;
        var refresh = TimeSpan.FromSeconds(options.PayerRulesRefreshSeconds);
        if (!BlobPayerRuleSource.TryParseReference(options.PayerRulesPath, out var container, out var name))
            return new FilePayerRuleSource(options.PayerRulesPath, time, refresh, loggers?.CreateLogger<FilePayerRuleSource>());
        if (blobs is null)
            throw new InvalidOperationException("ClaimsFn:PayerRulesPath names a blob, which only the function app reads (from its storage account); here, give a file path.");
        return new BlobPayerRuleSource(blobs.GetBlobContainerClient(container).GetBlobClient(name), time, refresh, loggers?.CreateLogger<BlobPayerRuleSource>());
    }

    public ScrubReferenceData ReferenceData { get; }

    public IPayerRuleSource PayerRules { get; }

    /// <summary>Whether fingerprints are HMAC-keyed (<see cref="ClaimsFnOptions.FingerprintKey"/> is set).</summary>
    public bool IsFingerprintKeyed => fingerprintKey is not null;

    /// <summary>The scrubber over the loaded data with <paramref name="submittedClaims"/> as its claim history.</summary>
    public ClaimScrubber Create(ISubmittedClaimIndex submittedClaims) =>
        new(CodeSets, ReferenceData, PayerRules, submittedClaims, time, fingerprintKey: fingerprintKey);

    /// <summary>One line per source, for the startup log, the dry run's report and the bench: counts and file names only.</summary>
    public IEnumerable<string> Describe()
    {
        yield return "ICD-10-CM: " + string.Join(", ", CodeSets.CodeSets.OrderBy(s => s.FiscalYear).Select(s => $"FY{s.FiscalYear} ({s.Label})"));
        foreach (var line in ReferenceData.Describe()) yield return line;
        yield return PayerRules switch
        {
            StaticPayerRuleSource => "Payer rules: embedded defaults (ClaimsFn:PayerRulesPath is not set)",
            BlobPayerRuleSource => "Payer rules: the configured blob (ClaimsFn:PayerRulesPath)",
            _ => "Payer rules: the configured file (ClaimsFn:PayerRulesPath)",
        };
        yield return fingerprintKey is null ? "Duplicate-claim fingerprint: unkeyed SHA-256 (ClaimsFn:FingerprintKey is not set)" : "Duplicate-claim fingerprint: HMAC-SHA-256 with the configured key";
    }
}
