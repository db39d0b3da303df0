using ClaimsFn.Core.Coding.Procedures;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class HcpcsCodeValidityEditTests
{
    private readonly HcpcsCodeValidityEdit edit = new();

    [Fact]
    public void CodeInTheHcpcsFile_DoesNotTrip() => AssertClean(edit, WithLines(Line("99214"), Line("G0008")));

    [Fact]
    public void CodeNotInTheHcpcsFile_Trips() => AssertTrips(edit, WithLines(Line("G0999")), location: "2400[1].SV101-2", messageContains: "G0999 is not a HCPCS Level II code");

    [Fact]
    public void CodeTerminatedBeforeTheDateOfService_Trips() => AssertTrips(edit, WithLines(Line("Q9950")), messageContains: "terminated");

    [Fact]
    public void CodeAddedAfterTheDateOfService_Trips() => AssertTrips(edit, WithLines(Line("G0552")), messageContains: "added later");

    [Fact]
    public void WithoutAnHcpcsFile_OnlyTheFormatIsChecked() =>
        Assert.Empty(edit.Check(new ScrubContext(WithLines(Line("G0999")), null)));

    private static readonly CptCodeList MyCpt = new(["99213", "99214", "0521T"], "cpt.txt");

    private static ScrubContext WithCpt(ClaimsFn.Core.Encounters.Encounter encounter) =>
        new(encounter, CodeSets.ForDateOfService(encounter.DateOfService)) { Hcpcs = Hcpcs, Cpt = MyCpt };

    [Fact]
    public void CptCodeNotInTheConfiguredList_Trips()
    {
        var issues = Check(edit, WithCpt(WithLines(Line("99214"), Line("99215"), Line("G0008"))));
        var issue = Assert.Single(issues);
        Assert.Equal(("2400[2].SV101-2", true), (issue.Location, issue.Message.Contains("99215 is not in the configured CPT list (cpt.txt)", StringComparison.Ordinal)));
    }

    [Fact]
    public void CptCodesInTheConfiguredList_AndHcpcsInTheFile_DoNotTrip() =>
        Assert.Empty(Check(edit, WithCpt(WithLines(Line("99213"), Line("0521T"), Line("G0008")))));

    [Fact]
    public void WithoutACptList_CptCodesAreCheckedForFormatOnly() =>
        Assert.Empty(Check(edit, Context(WithLines(Line("99215")))));

    [Fact]
    public void CptListConfigured_ThroughTheFactory_TheScrubberEnforcesIt()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["99213", "99214"]);
            var factory = new ClaimScrubberFactory(new ClaimsFn.Core.ClaimsFnOptions { CptPath = path }, TimeProvider.System, codeSets: CodeSets);
            Assert.Equal(2, factory.ReferenceData.Procedures.Cpt!.Count);
            var issues = factory.Create(new ClaimsFn.Core.Scrubbing.History.InMemorySubmittedClaimIndex()).Scrub(WithLines(Line("99215")));
            Assert.Contains(issues, i => i.Code == edit.Id);
            Assert.DoesNotContain(factory.Create(new ClaimsFn.Core.Scrubbing.History.InMemorySubmittedClaimIndex()).Scrub(WithLines(Line("99213"))), i => i.Code == edit.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CptCodeDeletedBeforeTheDateOfService_Trips_EvenWithoutAnHcpcsFile()
    {
        AssertTrips(edit, WithLines(Line("99201")), location: "2400[1].SV101-2", messageContains: "deleted from CPT");
        Assert.Single(edit.Check(new ScrubContext(WithLines(Line("99213"), Line("99354")), null)));
    }

    [Fact]
    public void CptCodeDeletedAfterTheDateOfService_DoesNotTrip() =>
        AssertClean(edit, WithLines(Line("99241")) with { DateOfService = new DateOnly(2022, 12, 30) });
}
