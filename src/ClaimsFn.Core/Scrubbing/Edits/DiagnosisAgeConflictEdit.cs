using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Diagnoses;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A diagnosis of an MCE age category (newborn 0, pediatric 0–17, maternity 9–64 or 12–55 before
/// 2019-10-01, adult 15–124) on a patient outside it (MCE edit 4, I/OCE edit 2). The age is the patient's
/// age in whole years on the date of service; the lists are CMS's MCE lists when imported (ClaimsFn:MceListsPath),
/// else the starter ranges of <see cref="DiagnosisLists"/>.
/// </summary>
public sealed class DiagnosisAgeConflictEdit : ClaimEdit
{
    public override string Id => "DX-AGE-CONFLICT";
    public override EditCategory Category => EditCategory.CodeConsistency;
    public override string Description => "Each diagnosis fits the patient's age (MCE newborn, pediatric, maternity and adult categories).";
    public override string FixHint => "Check the patient's date of birth and the diagnosis; one of them is wrong for the other.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (context.PatientAge is not { } age) yield break;
        var dx = context.Diagnoses;
        for (var i = 0; i < dx.Count; i++)
        {
            if (dx[i] is not { } code) continue;
            // Imported MCE lists first; the starter's cited ranges still count for a code they leave out (e.g. the
            // FY2026 MCE newborn list has no P00–P04 "newborn affected by maternal ..." codes).
            if (!TryCategory(context.Mce.ByAge, code, out var category, out var name)
                && (ReferenceEquals(context.Mce, MceDiagnosisLists.Starter) || !TryCategory(DiagnosisLists.ByAge, code, out category, out name)))
                continue;
            var (low, high) = AgeCategoryBounds.For(category, context.Encounter.DateOfService);
            if (age < low || age > high)
                yield return Finding($"{code.Dotted} is a {name} diagnosis (ages {low}–{high}); the patient's age on the date of service is outside that range.", $"2300.HI[{i + 1}]");
        }
    }

    private static bool TryCategory(IReadOnlyList<(AgeCategory Category, DiagnosisCodeList List)> lists, Primitives.IcdCode code, out AgeCategory category, out string name)
    {
        foreach (var (c, list) in lists)
        {
            if (!list.Contains(code)) continue;
            (category, name) = (c, list.Name);
            return true;
        }
        (category, name) = (default, "");
        return false;
    }
}
