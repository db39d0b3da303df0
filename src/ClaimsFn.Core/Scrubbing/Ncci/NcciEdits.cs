namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>
/// The NCCI tables a process scrubs with: practitioner PTP edits and practitioner MUEs, imported by the
/// user from CMS's quarterly files (none ship with ClaimsFn). <see cref="None"/> when no folder is configured:
/// the PTP and MUE edits then find nothing.
/// </summary>
public sealed class NcciEdits(PtpEditTable ptp, MueTable mue, string label)
{
    public static NcciEdits None { get; } = new(PtpEditTable.Empty, MueTable.Empty, "not loaded (ClaimsFn:NcciPath is not set)");

    public PtpEditTable Ptp { get; } = ptp;

    public MueTable Mue { get; } = mue;

    /// <summary>What was loaded, for logs and the bench: file and row counts, never claim data.</summary>
    public string Label { get; } = label;

    public bool IsLoaded => Ptp.PairCount > 0 || Mue.EditionCount > 0;
}
