namespace ClaimsFn.Core.Claims;

/// <summary>Where a claim stands. Each stage moves a claim from one state to the next; see docs/pipeline.md.</summary>
public enum ClaimState
{
    /// <summary>Ingested from a batch, waiting for coding.</summary>
    Received = 1,

    /// <summary>Every diagnosis is a billable ICD-10-CM code for the date of service.</summary>
    Coded,

    /// <summary>Held for a human coder; the reason says what to decide.</summary>
    NeedsCoderReview,

    /// <summary>Passed every reject-level edit.</summary>
    Clean,

    /// <summary>Failed one or more reject-level edits; the issues list them.</summary>
    ScrubFailed,

    /// <summary>Handed to the clearinghouse connector.</summary>
    Submitted,

    /// <summary>The payer denied the claim (835): nothing paid, with denial reasons; the denial says what to do.</summary>
    Denied,

    /// <summary>A stage kept failing after every retry; the reason says where and why.</summary>
    Error,

    /// <summary>Clean and in its payer's outbox, waiting for the next submission window to put it in an interchange.</summary>
    Queued,

    /// <summary>The payer accepted the claim for adjudication (277CA category A1/A2).</summary>
    Accepted,

    /// <summary>The payer or clearinghouse rejected the claim (999 or 277CA); the reason carries the codes.
    /// A rejected claim never entered adjudication: it can be corrected and sent again as a new original.</summary>
    Rejected,

    /// <summary>The payer adjudicated the claim (835) with no denied amount: paid, possibly with contractual
    /// and patient-responsibility adjustments (a claim wholly applied to the deductible is Paid with 0).</summary>
    Paid,

    /// <summary>The payer paid part of the claim and denied the rest (e.g. one line bundled or unauthorized).</summary>
    PartiallyPaid,

    /// <summary>A denied claim was corrected and passed scrub; the resubmission timer sends the replacement when due.</summary>
    Corrected,

    /// <summary>A void (frequency 8) was accepted: the payer reversed its payment and the claim is closed.</summary>
    Voided,
}
