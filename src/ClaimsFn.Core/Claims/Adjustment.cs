using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Claims;

/// <summary>
/// One adjustment of a CAS segment: a group, a reason (CARC) and an amount, with the units adjusted when
/// given. A CAS segment carries up to six of them (CAS02/03/04, CAS05/06/07, …); the reader flattens them.
/// Amounts are in dollars; a negative amount gives money back (e.g. in a reversal).
/// </summary>
public sealed record Adjustment(AdjustmentGroup Group, CarcCode Reason, decimal Amount, decimal? Quantity = null)
{
    /// <summary>The group and reason as billers write them, e.g. <c>CO-45</c>.</summary>
    public override string ToString() => $"{Group}-{Reason}";
}
