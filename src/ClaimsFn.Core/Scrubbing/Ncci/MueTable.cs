namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>
/// The practitioner MUE values by code. MUE files carry no per-row dates: each quarterly file is one
/// edition, effective from the date in its name (<c>..._Eff_MM-DD-YYYY</c>). A date of service uses the
/// latest edition effective on or before it; an edition without a date in its name applies to every date.
/// </summary>
public sealed class MueTable
{
    private readonly (int EffectiveDay, Dictionary<int, MueEdit> Values)[] editions;

    /// <param name="editions">Editions by effective date; <see cref="DateOnly.MinValue"/> for one without a date.</param>
    public MueTable(IEnumerable<(DateOnly EffectiveFrom, IReadOnlyDictionary<string, MueEdit> Values)> editions)
    {
        this.editions = [.. editions
            .Select(e => (e.EffectiveFrom.DayNumber, e.Values.Where(v => NcciCodeKey.Encode(v.Key) >= 0).ToDictionary(v => NcciCodeKey.Encode(v.Key), v => v.Value)))
            .OrderByDescending(e => e.DayNumber)];
    }

    public static MueTable Empty { get; } = new([]);

    /// <summary>How many editions (quarterly files) are loaded.</summary>
    public int EditionCount => editions.Length;

    /// <summary>Codes in the newest edition.</summary>
    public int CodeCount => editions.Length == 0 ? 0 : editions[0].Values.Count;

    public bool TryFind(string code, DateOnly dateOfService, out MueEdit edit)
    {
        edit = default;
        if (editions.Length == 0) return false;
        var key = NcciCodeKey.Encode(code);
        if (key < 0) return false;
        var day = dateOfService.DayNumber;
        foreach (var (effective, values) in editions)
            if (effective <= day) return values.TryGetValue(key, out edit);
        return false;
    }
}
