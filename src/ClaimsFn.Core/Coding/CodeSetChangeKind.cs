namespace ClaimsFn.Core.Coding;

/// <summary>How a code differs between two fiscal years' code sets.</summary>
public enum CodeSetChangeKind
{
    /// <summary>New in the later year (billable or a new header).</summary>
    Added = 1,

    /// <summary>Gone from the later year.</summary>
    Deleted,

    /// <summary>Billable before, a header with new children now: claims need a longer code.</summary>
    BecameHeader,

    /// <summary>A header before, billable now.</summary>
    BecameBillable,

    /// <summary>Same code and status, new long title.</summary>
    TitleRevised,
}
