using System.Globalization;
using System.Text;

namespace ClaimsFn.Tests.Scrubbing.DefectCorpus;

/// <summary>The corpus figures: defects caught (held) and clean claims held, with each miss and false hold.</summary>
public sealed class DefectCorpusReport(IReadOnlyList<DefectCorpusOutcome> outcomes, string referenceData)
{
    public IReadOnlyList<DefectCorpusOutcome> Outcomes { get; } = outcomes;

    public string ReferenceData { get; } = referenceData;

    public int Defects => Outcomes.Count(o => o.Record.ExpectDefect);

    public int DefectKinds => Outcomes.Where(o => o.Record.ExpectDefect).Select(o => o.Record.Kind).Distinct(StringComparer.Ordinal).Count();

    public int Caught => Outcomes.Count(o => o.Record.ExpectDefect && o.Held);

    public int CleanClaims => Outcomes.Count(o => !o.Record.ExpectDefect);

    public int FalseHolds => Outcomes.Count(o => !o.Record.ExpectDefect && o.Held);

    public double CatchRate => Defects == 0 ? 0 : (double)Caught / Defects;

    /// <summary>Defects that can be caught with the data ClaimsFn has (no <see cref="DefectCorpusRecord.NotCatchable"/> reason).</summary>
    public int CatchableDefects => Outcomes.Count(o => o.Record.ExpectDefect && o.Record.NotCatchable is null);

    public int CatchableCaught => Outcomes.Count(o => o.Record.ExpectDefect && o.Record.NotCatchable is null && o.Held);

    public double CatchableRate => CatchableDefects == 0 ? 0 : (double)CatchableCaught / CatchableDefects;

    public double FalseHoldRate => CleanClaims == 0 ? 0 : (double)FalseHolds / CleanClaims;

    public IEnumerable<DefectCorpusOutcome> Misses => Outcomes.Where(o => o.Record.ExpectDefect && !o.Held);

    public IEnumerable<DefectCorpusOutcome> FalseHoldList => Outcomes.Where(o => !o.Record.ExpectDefect && o.Held);

    public string Describe()
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"reference data: {ReferenceData}");
        s.AppendLine(CultureInfo.InvariantCulture, $"defects caught: {Caught}/{Defects} ({CatchRate:P2}) across {DefectKinds} defect kinds");
        s.AppendLine(CultureInfo.InvariantCulture, $"  of the defects catchable with the data ClaimsFn has: {CatchableCaught}/{CatchableDefects} ({CatchableRate:P2})");
        s.AppendLine(CultureInfo.InvariantCulture, $"false holds:    {FalseHolds}/{CleanClaims} clean claims ({FalseHoldRate:P2})");
        foreach (var miss in Misses)
            s.AppendLine(CultureInfo.InvariantCulture, $"  MISS {miss.Record.Id} {miss.Record.Kind} ({miss.Record.Source}){(miss.Record.NotCatchable is { } why ? $" [not catchable: {why}]" : "")}");
        foreach (var hold in FalseHoldList) s.AppendLine(CultureInfo.InvariantCulture, $"  FALSE HOLD {hold.Record.Id} by [{string.Join(", ", hold.Rejects)}] ({hold.Record.Source})");
        return s.ToString();
    }
}
