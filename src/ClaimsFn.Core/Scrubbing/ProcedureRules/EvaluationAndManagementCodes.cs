namespace ClaimsFn.Core.Scrubbing.ProcedureRules;

/// <summary>
/// The CPT E/M visit codes the same-day edits look at, by family, and the age band of each preventive visit
/// code (CPT 99381–99387 new patient, 99391–99397 established: under 1, 1–4, 5–11, 12–17, 18–39, 40–64, 65 and over).
/// </summary>
public static class EvaluationAndManagementCodes
{
    private static readonly (int Low, int High)[] ProblemVisitRanges =
    [
        (99202, 99215), // office or other outpatient
        (99221, 99239), // hospital inpatient or observation
        (99242, 99255), // consultations
        (99281, 99285), // emergency department
        (99304, 99316), // nursing facility
        (99341, 99350), // home or residence
    ];

    private static readonly (int MinAge, int MaxAge)[] PreventiveBands = [(0, 0), (1, 4), (5, 11), (12, 17), (18, 39), (40, 64), (65, int.MaxValue)];

    /// <summary>A problem-oriented E/M visit (office, hospital, consultation, emergency, nursing facility, home).</summary>
    public static bool IsProblemVisit(string code) => TryNumber(code, out var n) && InRanges(n);

    /// <summary>A preventive medicine visit, new (99381–99387) or established (99391–99397).</summary>
    public static bool IsPreventiveVisit(string code) => TryNumber(code, out var n) && n is >= 99381 and <= 99387 or >= 99391 and <= 99397;

    /// <summary>Any E/M visit of <see cref="IsProblemVisit"/> or <see cref="IsPreventiveVisit"/>.</summary>
    public static bool IsVisit(string code) => IsProblemVisit(code) || IsPreventiveVisit(code);

    /// <summary>The inclusive age band in whole years of a preventive visit code; false for any other code.</summary>
    public static bool TryGetPreventiveAgeBand(string code, out int minAge, out int maxAge)
    {
        (minAge, maxAge) = (0, 0);
        if (!TryNumber(code, out var n)) return false;
        var index = n is >= 99381 and <= 99387 ? n - 99381 : n is >= 99391 and <= 99397 ? n - 99391 : -1;
        if (index < 0) return false;
        (minAge, maxAge) = PreventiveBands[index];
        return true;
    }

    private static bool InRanges(int n)
    {
        foreach (var (low, high) in ProblemVisitRanges) if (n >= low && n <= high) return true;
        return false;
    }

    private static bool TryNumber(string code, out int n)
    {
        n = 0;
        if (code.Length != 5 || code[0] != '9') return false;
        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c)) return false;
            n = n * 10 + (c - '0');
        }
        return true;
    }
}
