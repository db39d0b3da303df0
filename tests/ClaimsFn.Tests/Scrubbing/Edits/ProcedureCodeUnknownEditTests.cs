using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.Edits;
using ClaimsFn.Core.Scrubbing.Ncci;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class ProcedureCodeUnknownEditTests
{
    private readonly ProcedureCodeUnknownEdit edit = new();

    // A table shaped like CMS's full practitioner tables: 5,000 filler codes (Z0000-Z4999) beside the ones the tests use.
    private static readonly NcciEdits FullTables = BuildFullTables();

    private static NcciEdits BuildFullTables()
    {
        var mue = new Dictionary<string, MueEdit>(StringComparer.Ordinal)
        {
            ["99214"] = new MueEdit(2, MueAdjudicationIndicator.DateOfServiceClinical),
            ["20610"] = new MueEdit(2, MueAdjudicationIndicator.DateOfServiceClinical),
        };
        for (var i = 0; i < ProcedureCodeUnknownEdit.FullMueTableCodes; i++) mue[$"Z{i:0000}"] = new MueEdit(1, MueAdjudicationIndicator.Line);
        var ptp = new PtpEditTable.Builder();
        ptp.Add("20610", "29880", DateOnly.MinValue, null, PtpModifierIndicator.Allowed); // 29880: no MUE, PTP in force
        ptp.Add("12001", "11042", DateOnly.MinValue, new DateOnly(2020, 1, 1), PtpModifierIndicator.Allowed); // 12001: PTP ended
        ptp.Add("G0202", "20610", DateOnly.MinValue, new DateOnly(2016, 12, 31), PtpModifierIndicator.Allowed); // retired Level II
        ptp.Add("G0053", "20610", DateOnly.MinValue, new DateOnly(1998, 3, 31), PtpModifierIndicator.Allowed); // deleted long ago, number reused
        return new NcciEdits(ptp.Build(), new MueTable([(new DateOnly(2026, 4, 1), mue)]), "test tables");
    }

    private static ScrubContext With(NcciEdits ncci, params ServiceLine[] lines)
    {
        var encounter = WithLines(lines);
        return new ScrubContext(encounter, CodeSets.ForDateOfService(encounter.DateOfService)) { Ncci = ncci, Hcpcs = Hcpcs, Today = Today };
    }

    [Fact]
    public void CodesTheTablesKnow_DoNotTrip() =>
        AssertClean(edit, With(FullTables, Line("99214"), Line("20610", 1, "RT"), Line("29880")));

    [Fact]
    public void CptCodeInNoTable_Trips() =>
        AssertTrips(edit, With(FullTables, Line("99214"), Line("55555")), location: "2400[2].SV101-2", messageContains: "55555 is in no loaded CMS table");

    [Fact]
    public void CptCodeWhosePtpRowsAllEnded_Trips() => AssertTrips(edit, With(FullTables, Line("12001")), messageContains: "12001");

    [Fact]
    public void LevelIICodeWhosePtpRowsAllEnded_TripsAsRetired() => AssertTrips(edit, With(FullTables, Line("G0202")), messageContains: "retired HCPCS code");

    [Fact]
    public void LevelIICodeWhoseEditsEndedMoreThanTenYearsAgo_IsNotJudged_CmsReusesSuchNumbers() => AssertClean(edit, With(FullTables, Line("G0053")));

    [Fact]
    public void LevelIICodeTheTablesNeverName_IsLeftToTheHcpcsFile() => AssertClean(edit, With(FullTables, Line("A4550")));

    [Fact]
    public void DeletedCptOfTheEmbeddedList_IsLeftToHcpcsInvalidForDos() => AssertClean(edit, With(FullTables, Line("99201")));

    [Fact]
    public void CategoryIIAndIIICodes_AreNotJudged() => AssertClean(edit, With(FullTables, Line("3074F"), Line("0042T")));

    [Fact]
    public void DateOfServiceInALaterYearThanTheNewestMueEdition_IsNotJudged()
    {
        var encounter = WithLines(Line("55555")) with { DateOfService = new DateOnly(2027, 1, 4) };
        AssertClean(edit, new ScrubContext(encounter, CodeSets.ForDateOfService(encounter.DateOfService)) { Ncci = FullTables, Today = new DateOnly(2027, 2, 1) });
    }

    [Fact]
    public void WithoutTables_OrWithAFixtureSizedTable_NothingIsJudged()
    {
        AssertClean(edit, With(NcciEdits.None, Line("55555")));
        AssertClean(edit, With(Ncci, Line("55555"))); // the synthetic test fixture: a handful of codes
    }
}
