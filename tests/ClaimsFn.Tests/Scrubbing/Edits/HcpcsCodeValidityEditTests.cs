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
