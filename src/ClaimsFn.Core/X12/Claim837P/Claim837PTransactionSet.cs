using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.X12.Claim837P;

/// <summary>One ST/SE of an 837P interchange: its control number (ST02) and the claims it carries.</summary>
public sealed record Claim837PTransactionSet(long ControlNumber, IReadOnlyList<Claim> Claims);
