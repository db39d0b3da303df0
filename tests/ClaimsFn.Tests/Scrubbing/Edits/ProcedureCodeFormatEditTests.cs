using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class ProcedureCodeFormatEditTests
{
    private readonly ProcedureCodeFormatEdit edit = new();

    [Theory]
    [InlineData("99214")]
    [InlineData("0001F")]
    [InlineData("0042T")]
    [InlineData("G0008")]
    public void CptAndHcpcsFormats_DoNotTrip(string code) => AssertClean(edit, WithLines(Line(code)));

    [Theory]
    [InlineData("9921")]
    [InlineData("Z1234")]
    [InlineData("")]
    public void OtherFormats_Trip(string code) => AssertTrips(edit, WithLines(Line("99214"), Line(code)), location: "2400[2].SV101-2");
}
