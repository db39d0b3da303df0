namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>
/// The practitioner MUE values by code. MUE files carry no per-row dates: each quarterly file is one
/// edition, effective from the date in its name (<c>..._Eff_MM-DD-YYYY</c>). A date of service uses the
/// latest edition effective on or before it (before every loaded edition, the earliest); an edition without a date in
/// its name applies to every date.
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

    /// <summary>The effective date of the newest edition; null when none is loaded or it has no date.</summary>
    public DateOnly? NewestEditionFrom => editions.Length == 0 || editions[0].EffectiveDay == DateOnly.MinValue.DayNumber ? null : DateOnly.FromDayNumber(editions[0].EffectiveDay);

    /// <summary>Whether any loaded edition has an MUE (of any value, 0 included) for the code.</summary>
    public bool ContainsCode(string code)
    {
        var key = NcciCodeKey.Encode(code);
        if (key < 0) return false;
        foreach (var (_, values) in editions) if (values.ContainsKey(key)) return true;
        return false;
    }

    public bool TryFind(string code, DateOnly dateOfService, out MueEdit edit)
    {
        edit = default;
        if (editions.Length == 0) return false;
        var key = NcciCodeKey.Encode(code);
        if (key < 0) return false;
        var day = dateOfService.DayNumber;
        foreach (var (effective, values) in editions)
            if (effective <= day) return values.TryGetValue(key, out edit);
        // A date of service before every loaded edition: the earliest one stands in for the edition then in force.
        // Claims reach the scrubber weeks after their date of service, so a deployment that loads only the current
        // quarter would otherwise check no units at all on the claims of the quarter before; MUE values rarely change.
        return editions[^1].Values.TryGetValue(key, out edit);
    }
}
