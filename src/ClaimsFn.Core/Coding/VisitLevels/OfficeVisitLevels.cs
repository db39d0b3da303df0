namespace ClaimsFn.Core.Coding.VisitLevels;

/// <summary>
/// Office/outpatient E/M level selection under the 2021 AMA guidelines: the level is chosen by total
/// time on the date of the encounter or by medical decision making, whichever the documentation
/// supports higher. Time thresholds (minutes, met or exceeded; CPT 2024 replaced the 2021 ranges with these
/// minimums): new 99202 15, 99203 30, 99204 45, 99205 60; established 99212 10, 99213 20, 99214 30, 99215 40.
/// 99211 is for an established patient only and is never chosen by an MDM level (straightforward MDM is
/// 99212): it has no time threshold, and it is the only level for a visit performed by clinical staff
/// (a nurse visit, which may not require a physician or other QHP), whose time never counts toward 99212+.
/// Prolonged service is reported only when time selected the top level: CPT 99417 per full 15 minutes
/// beyond the top level's minimum (first unit at 75 / 55 minutes); Medicare's G2212 per full 15 minutes
/// beyond the top of the level's former range, 74 / 54 (first unit at 89 / 69 minutes).
/// Only code numbers are used here: CPT descriptors are © AMA.
/// </summary>
public static class OfficeVisitLevels
{
    private static readonly int[] NewMinutes = [15, 30, 45, 60];
    private static readonly string[] NewCodes = ["99202", "99203", "99204", "99205"];
    private static readonly int[] EstablishedMinutes = [10, 20, 30, 40];
    private static readonly string[] EstablishedCodes = ["99212", "99213", "99214", "99215"];

    public const string MinimalEstablishedVisit = "99211";
    public const string ProlongedCpt = "99417";
    public const string ProlongedMedicare = "G2212";

    /// <summary>The minutes of one prolonged-service unit.</summary>
    public const int ProlongedUnitMinutes = 15;

    /// <summary>CMS counts G2212 from the top of the former 99205 range (60–74 minutes).</summary>
    public const int MedicareNewTopMinutes = 74;

    /// <summary>CMS counts G2212 from the top of the former 99215 range (40–54 minutes).</summary>
    public const int MedicareEstablishedTopMinutes = 54;

    /// <param name="minutes">Total practitioner time on the date of the encounter, or null when not documented.</param>
    /// <param name="decisionMaking">The documented MDM level, or null.</param>
    /// <param name="medicare">True for Medicare (and Medicare Advantage): G2212 replaces 99417.</param>
    /// <param name="clinicalStaffOnly">True when clinical staff (not a physician or other QHP) performed the visit:
    /// 99211 for an established patient, nothing for a new one; time and MDM do not apply.</param>
    /// <exception cref="ArgumentOutOfRangeException">Minutes are negative.</exception>
    public static VisitLevel Select(PatientStatus patient, int? minutes, MedicalDecisionMaking? decisionMaking, bool medicare = false, bool clinicalStaffOnly = false)
    {
        if (minutes is < 0) throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "Total time cannot be negative.");
        if (clinicalStaffOnly)
            return patient == PatientStatus.Established ? new VisitLevel([new BilledCode(MinimalEstablishedVisit, 1)], VisitLevelBasis.Minimal) : VisitLevel.None;
        var thresholds = patient == PatientStatus.New ? NewMinutes : EstablishedMinutes;
        var codes = patient == PatientStatus.New ? NewCodes : EstablishedCodes;

        // Level index 0..3 (level 2..5); -1 when nothing qualifies.
        var byTime = -1;
        if (minutes is { } m)
            for (var i = thresholds.Length - 1; i >= 0; i--)
                if (m >= thresholds[i]) { byTime = i; break; }
        var byDecision = decisionMaking is { } d ? (int)d - 1 : -1;

        if (byTime < 0 && byDecision < 0)
        {
            // 99211 needs no time or MDM, but only an established patient can have it.
            return patient == PatientStatus.Established && (minutes is not null || decisionMaking is null)
                ? new VisitLevel([new BilledCode(MinimalEstablishedVisit, 1)], VisitLevelBasis.Minimal)
                : VisitLevel.None;
        }

        var level = Math.Max(byTime, byDecision);
        var basis = byTime >= byDecision ? VisitLevelBasis.Time : VisitLevelBasis.MedicalDecisionMaking;
        var result = new List<BilledCode> { new(codes[level], 1) };
        if (level == thresholds.Length - 1 && byTime == level && minutes is { } total)
        {
            var start = medicare
                ? (patient == PatientStatus.New ? MedicareNewTopMinutes : MedicareEstablishedTopMinutes)
                : thresholds[level];
            var units = (total - start) / ProlongedUnitMinutes;
            if (units > 0) result.Add(new BilledCode(medicare ? ProlongedMedicare : ProlongedCpt, units));
            basis = VisitLevelBasis.Time;
        }
        return new VisitLevel(result, basis);
    }
}
