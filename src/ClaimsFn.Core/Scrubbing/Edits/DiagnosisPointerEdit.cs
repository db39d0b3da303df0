using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>Each line points to 1–4 diagnoses that exist on the claim (SV107); a claim has at most 12 diagnoses.</summary>
public sealed class DiagnosisPointerEdit : ClaimEdit
{
    public const int MaxPointersPerLine = 4;
    public const int MaxDiagnoses = 12;

    public override string Id => "DX-POINTER-INVALID";
    public override EditCategory Category => EditCategory.Situational;
    public override string Description => "Each service line points to 1 to 4 diagnoses on the claim; the claim has at most 12 diagnoses.";
    public override string FixHint => "Point each line at the diagnoses that justify it (positions 1–12 of the claim's diagnoses).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var dxCount = context.Diagnoses.Count;
        if (dxCount > MaxDiagnoses) yield return Finding($"The claim has {dxCount} diagnoses; an 837P claim allows at most {MaxDiagnoses}.", "2300.HI");
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var pointers = context.PointersOf(i);
            var location = $"2400[{i + 1}].SV107";
            if (pointers.Count is 0 or > MaxPointersPerLine)
                yield return Finding($"Service line {i + 1} has {pointers.Count} diagnosis pointers; 1 to {MaxPointersPerLine} are required.", location);
            foreach (var p in pointers.Where(p => p < 1 || p > Math.Min(dxCount, MaxDiagnoses)).Distinct())
                yield return Finding($"Service line {i + 1} points to diagnosis {p}, which the claim does not have.", location);
        }
    }
}
