using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Api;

/// <summary>One adjustment as the API shows it: where (claim level, or the line and its procedure), group, reason, meaning, category and amount.</summary>
public sealed record AdjustmentView(int? Line, string? Procedure, AdjustmentGroup Group, string Reason, string Meaning, DenialCategory Category, bool IsDenial, decimal Amount);
