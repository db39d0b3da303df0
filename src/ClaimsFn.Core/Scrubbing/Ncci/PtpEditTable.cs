namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>
/// The practitioner NCCI PTP edits, keyed by (Column 1, Column 2). A pair can have several rows over time
/// (deleted, then added again); <see cref="TryFind"/> returns the row in force on the date of service.
/// Immutable once built and safe to share between threads. Kept lean for the full CMS table (2.5 M pairs):
/// the distinct pairs are one sorted array of longs (two packed codes each) searched by halving, beside the
/// index of each pair's first row and the rows themselves (12 bytes each), about 24 bytes per pair in all.
/// </summary>
public sealed class PtpEditTable
{
    private readonly long[] pairs;
    private readonly int[] firstRow;
    private readonly Row[] rows;

    private PtpEditTable(long[] pairs, int[] firstRow, Row[] rows)
    {
        this.pairs = pairs;
        this.firstRow = firstRow;
        this.rows = rows;
    }

    public static PtpEditTable Empty { get; } = new([], [0], []);

    /// <summary>Distinct (Column 1, Column 2) pairs.</summary>
    public int PairCount => pairs.Length;

    /// <summary>Rows kept (indicator 9 rows are dropped when loading: they never apply).</summary>
    public int RowCount => rows.Length;

    /// <summary>The edit with <paramref name="column1"/> in Column 1 and <paramref name="column2"/> in Column 2 in force on the date of service.</summary>
    public bool TryFind(string column1, string column2, DateOnly dateOfService, out PtpEdit edit)
    {
        edit = default;
        if (pairs.Length == 0) return false;
        var key1 = NcciCodeKey.Encode(column1);
        var key2 = NcciCodeKey.Encode(column2);
        if (key1 < 0 || key2 < 0) return false;
        var index = Array.BinarySearch(pairs, NcciCodeKey.Pair(key1, key2));
        if (index < 0) return false;
        var day = dateOfService.DayNumber;
        // A pair's rows are stored newest first, so the usual case (the row in force now) is found first.
        for (var r = firstRow[index]; r < firstRow[index + 1]; r++)
        {
            ref readonly var row = ref rows[r];
            if (row.Effective <= day && day < row.Deletion)
            {
                edit = new PtpEdit(DateOnly.FromDayNumber(row.Effective), row.Deletion == int.MaxValue ? null : DateOnly.FromDayNumber(row.Deletion), row.Indicator);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a row naming <paramref name="code"/> (in either column) is in force on the date of service or later.
    /// False for a code the table never names and for one whose every row ended before that date (a retired code).
    /// </summary>
    public bool NamesCodeOnOrAfter(string code, DateOnly dateOfService)
    {
        var key = NcciCodeKey.Encode(code);
        return key >= 0 && LastDayByCode.TryGetValue(key, out var last) && last > dateOfService.DayNumber;
    }

    // Per code, the day its last row ends (int.MaxValue while one is open): built on first use, about 15,000 codes.
    private Dictionary<int, int> LastDayByCode => lastDayByCode ??= BuildLastDayByCode();

    private Dictionary<int, int>? lastDayByCode;

    private Dictionary<int, int> BuildLastDayByCode()
    {
        var last = new Dictionary<int, int>();
        for (var i = 0; i < pairs.Length; i++)
        {
            var end = 0;
            for (var r = firstRow[i]; r < firstRow[i + 1]; r++) end = Math.Max(end, rows[r].Deletion);
            Keep(last, (int)(pairs[i] >> 32), end);
            Keep(last, (int)(uint)pairs[i], end);
        }
        return last;

        static void Keep(Dictionary<int, int> last, int key, int end)
        {
            if (!last.TryGetValue(key, out var known) || known < end) last[key] = end;
        }
    }

    private readonly record struct Row(int Effective, int Deletion, PtpModifierIndicator Indicator);

    /// <summary>
    /// Collects rows from one or more files; a later row with the same pair and effective date replaces an earlier one.
    /// Rows without an effective date (<see cref="DateOnly.MinValue"/>, the CSV extract) cannot be ordered in time,
    /// so of those the row deleted last wins: a pair deleted and added again applies as the active row.
    /// </summary>
    public sealed class Builder
    {
        private Pending[] pending = new Pending[1024];
        private int count;

        public int Count => count;

        /// <summary>Adds a row; false (and nothing added) when a code is not five alphanumerics or the indicator is 9.</summary>
        public bool Add(string column1, string column2, DateOnly effectiveDate, DateOnly? deletionDate, PtpModifierIndicator indicator) =>
            Add(column1.AsSpan(), column2.AsSpan(), effectiveDate, deletionDate, indicator);

        /// <inheritdoc cref="Add(string, string, DateOnly, DateOnly?, PtpModifierIndicator)"/>
        public bool Add(ReadOnlySpan<char> column1, ReadOnlySpan<char> column2, DateOnly effectiveDate, DateOnly? deletionDate, PtpModifierIndicator indicator)
        {
            var key1 = NcciCodeKey.Encode(column1);
            var key2 = NcciCodeKey.Encode(column2);
            if (key1 < 0 || key2 < 0 || indicator == PtpModifierIndicator.NotApplicable) return false;
            if (count == pending.Length) Array.Resize(ref pending, pending.Length * 2);
            pending[count] = new Pending(NcciCodeKey.Pair(key1, key2), effectiveDate.DayNumber, deletionDate?.DayNumber ?? int.MaxValue, indicator, count);
            count++;
            return true;
        }

        public PtpEditTable Build()
        {
            // By pair, then newest effective date first; of equal (pair, effective) rows the last added comes first and wins.
            Array.Sort(pending, 0, count, PendingOrder.Instance);
            var pairs = new List<long>();
            var first = new List<int>();
            var rows = new List<Row>(count);
            for (var i = 0; i < count; i++)
            {
                ref readonly var r = ref pending[i];
                if (i > 0 && pending[i - 1].Pair == r.Pair && pending[i - 1].Effective == r.Effective) continue;
                if (pairs.Count == 0 || pairs[^1] != r.Pair)
                {
                    pairs.Add(r.Pair);
                    first.Add(rows.Count);
                }
                rows.Add(new Row(r.Effective, r.Deletion, r.Indicator));
            }
            first.Add(rows.Count);
            pending = [];
            count = 0;
            return new PtpEditTable([.. pairs], [.. first], [.. rows]);
        }

        private readonly record struct Pending(long Pair, int Effective, int Deletion, PtpModifierIndicator Indicator, int Sequence);

        private static readonly int UndatedDay = DateOnly.MinValue.DayNumber;

        private sealed class PendingOrder : IComparer<Pending>
        {
            public static readonly PendingOrder Instance = new();

            public int Compare(Pending x, Pending y)
            {
                var c = x.Pair.CompareTo(y.Pair);
                if (c != 0) return c;
                c = y.Effective.CompareTo(x.Effective);
                if (c != 0) return c;
                if (x.Effective == UndatedDay && (c = y.Deletion.CompareTo(x.Deletion)) != 0) return c;
                return y.Sequence.CompareTo(x.Sequence);
            }
        }
    }
}
