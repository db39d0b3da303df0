namespace ClaimsFn.Core.X12.Ack999;

/// <summary>
/// A 999 implementation acknowledgment (005010X231A1) as read: which functional group it answers (AK1), the
/// verdict per transaction set (AK2/IK3/IK4/IK5) and the group's verdict (AK9).
/// </summary>
/// <param name="FunctionalIdentifier">AK101, e.g. HC.</param>
/// <param name="GroupControlNumber">AK102: the GS06 of the acknowledged group.</param>
/// <param name="Version">AK103.</param>
/// <param name="GroupStatusCode">AK901: A, E, P (partially accepted), M, R, W, X.</param>
public sealed record Ack999(string FunctionalIdentifier, string GroupControlNumber, string Version, string GroupStatusCode,
    int? TransactionSetsIncluded, int? TransactionSetsReceived, int? TransactionSetsAccepted, IReadOnlyList<Ack999TransactionSet> TransactionSets)
{
    /// <summary>The group is rejected as a whole (AK9 R, M, W or X): every set in it counts as rejected,
    /// including sets that have no AK2 of their own.</summary>
    public bool GroupRejected => GroupStatusCode is "R" or "M" or "W" or "X";
}
