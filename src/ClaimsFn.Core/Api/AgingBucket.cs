namespace ClaimsFn.Core.Api;

/// <summary>Denial aging buckets, by whole days since the denial was posted.</summary>
public static class AgingBucket
{
    public const string Days0To30 = "0-30", Days31To60 = "31-60", Days61To90 = "61-90", Days91To120 = "91-120", Over120 = "121+";

    /// <summary>The buckets in age order.</summary>
    public static IReadOnlyList<string> All { get; } = [Days0To30, Days31To60, Days61To90, Days91To120, Over120];

    public static string Of(int ageDays) => ageDays switch
    {
        <= 30 => Days0To30,
        <= 60 => Days31To60,
        <= 90 => Days61To90,
        <= 120 => Days91To120,
        _ => Over120,
    };
}
