namespace ClaimsFn.Core.Denials;

/// <summary>What came of a correction.</summary>
public enum CorrectionStatus
{
    /// <summary>Applied, coded and scrubbed clean: the claim is Corrected and due for resubmission.</summary>
    Corrected = 1,

    NotFound,

    /// <summary>The claim's state or denial does not allow it (the error says why); nothing changed.</summary>
    NotAllowed,

    /// <summary>The request itself is wrong (missing who/why, an unknown line, nothing changed).</summary>
    Invalid,

    /// <summary>The corrected claim fails coding or scrub; nothing was saved, the issues say what to fix.</summary>
    FailsScrub,
}
