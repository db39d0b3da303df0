namespace ClaimsFn.Core.Storage;

/// <summary>
/// Every blob container, queue and table the pipeline uses. Both hosts and the Bicep
/// templates take their names from here (a test keeps infra/ in step with this class).
/// </summary>
public static class StorageNames
{
    /// <summary>Blob containers.</summary>
    public static class Containers
    {
        /// <summary>Encounter batches uploaded by a practice (JSON lines, later FHIR / CSV).</summary>
        public const string Encounters = "encounters";

        /// <summary>Interchanges written by the default (blob drop) submission connector.</summary>
        public const string X12Outbound = "x12-outbound";

        /// <summary>Acknowledgments and remittances coming back from payers.</summary>
        public const string PayerInbound = "payer-inbound";

        /// <summary>Per-batch rejection reports, and the outcome report of each payer response file.</summary>
        public const string BatchReports = "batch-reports";

        /// <summary>Every 837P interchange as built (<c>{interchangeId}/interchange.x12</c>) with its manifest of claim ids,
        /// written before the send: what a recovery re-sends and what a person reconciles with. Holds PHI; private.</summary>
        public const string X12Submissions = "x12-submissions";

        public static IReadOnlyList<string> All { get; } = [Encounters, X12Outbound, PayerInbound, BatchReports, X12Submissions];
    }

    /// <summary>Queues that chain the claim stages; messages carry ids only.</summary>
    public static class Queues
    {
        public const string Code = "claim-code";
        public const string Scrub = "claim-scrub";
        public const string Submit = "claim-submit";

        /// <summary>The suffix the queue trigger appends for messages that exhausted their retries.</summary>
        public const string PoisonSuffix = "-poison";

        public static IReadOnlyList<string> All { get; } = [Code, Scrub, Submit];
    }

    /// <summary>Tables.</summary>
    public static class Tables
    {
        /// <summary>One partition per claim: the claim row, its event history and its submission records.</summary>
        public const string Claims = "Claims";

        /// <summary>One partition per batch: the batch row, its claim index rows and its rejections.</summary>
        public const string Batches = "Batches";

        /// <summary>Fingerprints of claims bound for payers, for the duplicate-claim edit: hashes and claim ids only.</summary>
        public const string ClaimFingerprints = "ClaimFingerprints";

        /// <summary>One partition per sender: a row per control-number kind with the next unreserved number.</summary>
        public const string ControlNumbers = "ControlNumbers";

        /// <summary>The per-payer outbox of queued claims (partition = payer key, row = claim id + version).</summary>
        public const string Outbox = "Outbox";

        /// <summary>Every 837P interchange built: its status (preparing, ready, sent, abandoned) and the index by GS06.</summary>
        public const string Interchanges = "Interchanges";

        /// <summary>One partition per remittance (835): the remittance row and one row per claim payment with its outcome.</summary>
        public const string Remittances = "Remittances";

        /// <summary>Remittance parts that were not posted (unmatched, unbalanced, …), partitioned by month received.</summary>
        public const string RemittanceExceptions = "RemittanceExceptions";

        /// <summary>Batch tally cells and work-queue rows (state, edit, CARC): ids, states, codes and amounts, no PHI (docs/api.md).</summary>
        public const string ClaimIndex = "ClaimIndex";

        public static IReadOnlyList<string> All { get; } = [Claims, Batches, ClaimFingerprints, ControlNumbers, Outbox, Interchanges, Remittances, RemittanceExceptions, ClaimIndex];
    }
}
