namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>
/// The practitioner NCCI PTP edits, keyed by (Column 1, Column 2). A pair can have several rows over time
/// (deleted, then added again); <see cref="TryFind"/> returns the row in force on the date of service.
/// Immutable once built and safe to share between threads; a lookup is one dictionary hit on a long.
/// </summary>
public sealed class PtpEditTable
{
    private readonly Dictionary<long, int> firstRow;
    private readonly Row[] rows;

    private PtpEditTable(Dictionary<long, int> firstRow, Row[] rows)
    {
        this.firstRow = firstRow;
        this.rows = rows;
    }

    public static PtpEditTable Empty { get; } = new([], []);

    /// <summary>Distinct (Column 1, Column 2) pairs.</summary>
    public int PairCount => firstRow.Count;

    /// <summary>Rows kept (indicator 9 rows are dropped when loading: they never apply).</summary>
    public int RowCount => rows.Length;

    /// <summary>The edit with <paramref name="column1"/> in Column 1 and <paramref name="column2"/> in Column 2 in force on the date of service.</summary>
    public bool TryFind(string column1, string column2, DateOnly dateOfService, out PtpEdit edit)
    {
        edit = default;
        if (firstRow.Count == 0) return false;
        var key1 = NcciCodeKey.Encode(column1);
        var key2 = NcciCodeKey.Encode(column2);
        if (key1 < 0 || key2 < 0 || !firstRow.TryGetValue(NcciCodeKey.Pair(key1, key2), out var index)) return false;
        var day = dateOfService.DayNumber;
        for (; index >= 0; index = rows[index].Next)
        {
            ref readonly var row = ref rows[index];
            if (row.Effective <= day && day < row.Deletion)
            {
                edit = new PtpEdit(DateOnly.FromDayNumber(row.Effective), row.Deletion == int.MaxValue ? null : DateOnly.FromDayNumber(row.Deletion), row.Indicator);
                return true;
            }
        }
        return false;
    }

    private readonly record struct Row(int Effective, int Deletion, PtpModifierIndicator Indicator, int Next);

    /// <summary>Collects rows from one or more files; a later row with the same pair and effective date replaces an earlier one.</summary>
    public sealed class Builder
    {
        private readonly List<(long Pair, int Effective, int Deletion, PtpModifierIndicator Indicator)> pending = [];

        public int Count => pending.Count;

        /// <summary>Adds a row; false (and nothing added) when a code is not five alphanumerics or the indicator is 9.</summary>
        public bool Add(string column1, string column2, DateOnly effectiveDate, DateOnly? deletionDate, PtpModifierIndicator indicator)
        {
            var key1 = NcciCodeKey.Encode(column1);
            var key2 = NcciCodeKey.Encode(column2);
            if (key1 < 0 || key2 < 0 || indicator == PtpModifierIndicator.NotApplicable) return false;
            pending.Add((NcciCodeKey.Pair(key1, key2), effectiveDate.DayNumber, deletionDate?.DayNumber ?? int.MaxValue, indicator));
            return true;
        }

        public PtpEditTable Build()
        {
            // Stable order by pair then effective date; of equal (pair, effective) rows the last added wins.
            var order = Enumerable.Range(0, pending.Count).ToArray();
            Array.Sort(order, (a, b) =>
            {
                var x = pending[a];
                var y = pending[b];
                var c = x.Pair.CompareTo(y.Pair);
                if (c != 0) return c;
                c = x.Effective.CompareTo(y.Effective);
                return c != 0 ? c : a.CompareTo(b);
            });
            var rows = new List<Row>(pending.Count);
            var first = new Dictionary<long, int>();
            for (var i = 0; i < order.Length; i++)
            {
                var r = pending[order[i]];
                if (i + 1 < order.Length && pending[order[i + 1]].Pair == r.Pair && pending[order[i + 1]].Effective == r.Effective) continue;
                // Rows of a pair are chained newest first, so the usual case (the row in force now) is found first.
                var next = first.TryGetValue(r.Pair, out var head) ? head : -1;
                first[r.Pair] = rows.Count;
                rows.Add(new Row(r.Effective, r.Deletion, r.Indicator, next));
            }
            return new PtpEditTable(first, [.. rows]);
        }
    }
}
