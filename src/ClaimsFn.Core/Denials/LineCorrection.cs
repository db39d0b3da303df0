namespace ClaimsFn.Core.Denials;

/// <summary>Changes to one service line; a null member leaves that field as it is.</summary>
/// <param name="Line">The 1-based line number (2400 loop position).</param>
public sealed record LineCorrection(
    int Line,
    string? Procedure = null,
    IReadOnlyList<string>? Modifiers = null,
    decimal? Units = null,
    decimal? Charge = null,
    IReadOnlyList<int>? DiagnosisPointers = null);
