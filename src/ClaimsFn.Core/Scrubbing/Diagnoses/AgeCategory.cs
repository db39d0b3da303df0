namespace ClaimsFn.Core.Scrubbing.Diagnoses;

/// <summary>
/// The four diagnosis age categories of the Medicare Code Editor (MCE edit 4, "Age conflict"; the I/OCE
/// applies the same bounds in its edit 2). Bounds are whole years of age on the date of service, inclusive.
/// </summary>
public enum AgeCategory
{
    /// <summary>Age 0 only.</summary>
    Newborn = 1,

    /// <summary>0–17.</summary>
    Pediatric,

    /// <summary>9–64; 12–55 for dates of service before 2019-10-01.</summary>
    Maternity,

    /// <summary>15–124.</summary>
    Adult,
}

/// <summary>The bounds of each <see cref="AgeCategory"/>.</summary>
public static class AgeCategoryBounds
{
    /// <summary>The day the MCE widened the maternity range from 12–55 to 9–64.</summary>
    public static readonly DateOnly MaternityRangeWidened = new(2019, 10, 1);

    public static (int Low, int High) For(AgeCategory category, DateOnly dateOfService) => category switch
    {
        AgeCategory.Newborn => (0, 0),
        AgeCategory.Pediatric => (0, 17),
        AgeCategory.Maternity => dateOfService >= MaternityRangeWidened ? (9, 64) : (12, 55),
        AgeCategory.Adult => (15, 124),
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}
