using ClaimsFn.Core;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.Diagnoses;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Scrubbing.Ncci;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing.Reference;

/// <summary>
/// The real CMS tables in ../shared/data, in the layouts they are published there, through the product's loaders
/// and the scrubber factory: NCCI practitioner PTP (2.5 M rows) and MUE, and the MCE FY2026 diagnosis lists.
/// </summary>
public sealed class SharedReferenceDataTests
{
    private static readonly Lazy<ClaimScrubberFactory> Factory = new(() => new ClaimScrubberFactory(new ClaimsFnOptions
    {
        CodeSetsPath = Path.Combine(RepoPaths.SharedData, "icd10cm"),
        NcciPath = Path.Combine(RepoPaths.SharedData, "ncci"),
        MceListsPath = Path.Combine(RepoPaths.SharedData, "mce"),
    }, new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero))));

    private static NcciEdits Ncci => Factory.Value.ReferenceData.Ncci;

    private static readonly DateOnly Fy2027Visit = new(2026, 10, 15);

    [Fact]
    public void NcciFolder_RealPractitionerTables_LoadFromTheirCsvLayouts()
    {
        // 2,546,017 PTP rows: 98,853 with indicator 9 never apply; the rest are 2,160,823 distinct pairs (a pair
        // deleted and added again is two rows without effective dates, merged to the one deleted last).
        Assert.Equal(2_160_823, Ncci.Ptp.PairCount);
        Assert.Equal(2_160_823, Ncci.Ptp.RowCount);
        Assert.Equal(1, Ncci.Mue.EditionCount);
        Assert.Equal(15_095, Ncci.Mue.CodeCount);
        Assert.Contains("0 malformed row(s) skipped", Ncci.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Ptp_RowsInForceByDeletionDate()
    {
        // 20610/99213: deleted 2019-12-31 and active again (9999-12-31): the active row applies.
        Assert.True(Ncci.Ptp.TryFind("20610", "99213", Fy2027Visit, out var injection));
        Assert.Equal((null, PtpModifierIndicator.Allowed), (injection.DeletionDate, injection.ModifierIndicator));
        Assert.False(Ncci.Ptp.TryFind("99213", "20610", Fy2027Visit, out _)); // pairs are ordered
        Assert.True(Ncci.Ptp.TryFind("20100", "62324", Fy2027Visit, out var notAllowed));
        Assert.Equal(PtpModifierIndicator.NotAllowed, notAllowed.ModifierIndicator);
        // 0001A/0591T was deleted 2023-12-31 (exclusive).
        Assert.True(Ncci.Ptp.TryFind("0001A", "0591T", new DateOnly(2023, 12, 30), out _));
        Assert.False(Ncci.Ptp.TryFind("0001A", "0591T", new DateOnly(2023, 12, 31), out _));
    }

    [Fact]
    public void Mue_EditionDatedFromItsCmsSourceFile()
    {
        Assert.True(Ncci.Mue.TryFind("20610", new DateOnly(2026, 4, 1), out var mue));
        Assert.Equal(new MueEdit(2, MueAdjudicationIndicator.DateOfServiceClinical), mue);
        // The 2026-04-01 edition is the only one: it also stands in for earlier dates of service.
        Assert.True(Ncci.Mue.TryFind("20610", new DateOnly(2025, 10, 1), out var earlier));
        Assert.Equal(mue, earlier);
    }

    [Fact]
    public void Scrub_WithRealNcci_HoldsThePairWithoutModifierAndTheUnitsOverMue()
    {
        var scrubber = Factory.Value.Create(new InMemorySubmittedClaimIndex());
        var visit = Visit(["M25.561"], Line("99213", 1, 125m), Line("20610", 1, 210m, "RT"));
        Assert.Contains("PTP-PAIR-NO-MODIFIER", Rejects(scrubber.Scrub(visit)));
        Assert.DoesNotContain("PTP-PAIR-NO-MODIFIER", Rejects(scrubber.Scrub(Visit(["M25.561"], Line("99213", 1, 125m, "25"), Line("20610", 1, 210m, "RT")))));
        Assert.Contains("MUE-UNITS-EXCEEDED", Rejects(scrubber.Scrub(Visit(["M25.561"], Line("20610", 3, 630m, "RT")))));
        Assert.Empty(Rejects(scrubber.Scrub(Visit(["M25.561"], Line("20610", 1, 210m, "RT")))));
    }

    [Fact]
    public void MceLists_LoadEveryListOfTheFile()
    {
        var mce = Factory.Value.ReferenceData.Mce;
        Assert.Equal([42, 125, 2_543, 856], mce.ByAge.Select(a => a.List.CodeCount));
        Assert.Equal(422, mce.Manifestation!.CodeCount);
        Assert.Equal(2_656, mce.UnacceptablePrincipal!.CodeCount);
        Assert.Contains("mce-dx-edits-fy2026.csv", mce.Label, StringComparison.Ordinal);
        Assert.True(mce.ByAge.Single(a => a.Category == AgeCategory.Maternity).List.Contains(IcdCode.Parse("O09.511")));
    }

    [Fact]
    public void Scrub_WithMceLists_CatchesAgeConflictsTheStarterRangesMiss()
    {
        // E84.11 (meconium ileus in cystic fibrosis) is on the MCE newborn list, not in the starter ranges.
        var adult = Visit(["E84.11"], Line("99213", 1, 125m));
        Assert.Contains("DX-AGE-CONFLICT", Rejects(Factory.Value.Create(new InMemorySubmittedClaimIndex()).Scrub(adult)));
        var starter = new ClaimScrubberFactory(new ClaimsFnOptions { CodeSetsPath = Path.Combine(RepoPaths.SharedData, "icd10cm") }, TimeProvider.System, codeSets: Factory.Value.CodeSets);
        Assert.Same(MceDiagnosisLists.Starter, starter.ReferenceData.Mce);
        Assert.DoesNotContain("DX-AGE-CONFLICT", Rejects(starter.Create(new InMemorySubmittedClaimIndex()).Scrub(adult)));
    }

    [Fact]
    public void Scrub_WithMceLists_ManifestationFromTheMceList()
    {
        // D63.1 (anemia in chronic kidney disease) is an MCE manifestation code; its title does not say "classified elsewhere".
        var visit = Visit(["D63.1", "N18.4"], Line("99213", 1, 125m));
        Assert.Contains("DX-MANIFESTATION-FIRST", Rejects(Factory.Value.Create(new InMemorySubmittedClaimIndex()).Scrub(visit)));
    }

    private static Encounter Visit(string[] diagnoses, params ServiceLine[] lines) => TestEncounters.Clean("MCE") with
    {
        DateOfService = Fy2027Visit,
        Diagnoses = diagnoses,
        ServiceLines = lines,
        TotalCharge = lines.Sum(l => l.Charge),
    };

    private static ServiceLine Line(string procedure, int units, decimal charge, params string[] modifiers) =>
        new() { Procedure = procedure, Units = units, Charge = charge, Modifiers = modifiers, DiagnosisPointers = [1] };

    private static string[] Rejects(IReadOnlyList<ClaimsFn.Core.Claims.ClaimIssue> issues) =>
        [.. issues.Where(i => i.Severity == ClaimsFn.Core.Claims.IssueSeverity.Reject).Select(i => i.Code).Distinct()];
}
