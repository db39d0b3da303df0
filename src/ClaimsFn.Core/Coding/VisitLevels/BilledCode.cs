using System.Globalization;

namespace ClaimsFn.Core.Coding.VisitLevels;

/// <summary>A procedure code and its units, printed <c>99417x2</c> (one unit prints the bare code).</summary>
public readonly record struct BilledCode(string Code, int Units)
{
    public override string ToString() => Units == 1 ? Code : Code + "x" + Units.ToString(CultureInfo.InvariantCulture);
}
