namespace ClaimsFn.Core.Coding.VisitLevels;

/// <summary>The codes an office/outpatient visit is billed with: the visit, then any prolonged-service add-on.</summary>
public sealed record VisitLevel(IReadOnlyList<BilledCode> Codes, VisitLevelBasis Basis)
{
    public static VisitLevel None { get; } = new([], VisitLevelBasis.None);

    /// <summary>Codes joined by <c>+</c> (e.g. <c>99215+99417x2</c>), or <c>NONE</c>.</summary>
    public override string ToString() => Codes.Count == 0 ? "NONE" : string.Join('+', Codes);
}
