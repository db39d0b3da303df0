using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Ack277CA;
using ClaimsFn.Core.X12.Ack999;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.X12;

/// <summary>The 999 and 277CA readers on the shared samples and the hand-typed 277CA fixture.</summary>
public sealed class AckReaderTests
{
    private static string Shared(string path) => File.ReadAllText(Path.Combine(RepoPaths.SharedData, "x12-samples", path));

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "tests", "ClaimsFn.Tests", "X12", "Fixtures", name));

    [Fact]
    public void Ack999_RejectedSample_GivesTheSetTheSegmentAndTheCodes()
    {
        var read = Ack999Reader.Read(Shared("validated/999_ims_x12_999_rejected.x12"));
        Assert.True(read.Success, string.Join("; ", read.Issues));
        var ack = read.Value!;
        Assert.Equal(("HC", "28", "005010X223A2"), (ack.FunctionalIdentifier, ack.GroupControlNumber, ack.Version));
        Assert.Equal("R", ack.GroupStatusCode);
        Assert.True(ack.GroupRejected);
        Assert.Equal((1, 1, 0), (ack.TransactionSetsIncluded, ack.TransactionSetsReceived, ack.TransactionSetsAccepted));
        var set = Assert.Single(ack.TransactionSets);
        Assert.Equal(("837", "0028"), (set.TransactionSetId, set.ControlNumber));
        Assert.False(set.Accepted);
        Assert.Equal(["5"], set.SyntaxErrorCodes);
        var error = Assert.Single(set.Errors);
        Assert.Equal(("NM", 17, "1"), (error.SegmentId, error.SegmentPosition, error.SegmentErrorCode));
        Assert.Equal("IK5 R (rejected); 5: one or more segments in error; segment NM at position 17: 1 unrecognized segment id", set.Describe());
    }

    [Fact]
    public void Ack999_WithElementErrors_AndAnAcceptedSet()
    {
        const string text =
            "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*CLAIMSFN       *260911*1200*^*00501*000000077*0*T*:~" +
            "GS*FA*CLEARINGHOUSE*CLAIMSFN*20260911*1200*77*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*45*005010X222A1~" +
            "AK2*837*6789*005010X222A1~IK3*NM1*17*2010BA*8~IK4*9*67*7*SECRETDATA~IK4*3*1035*1~IK3*DMG*19*2010BA*8~IK4*3:1*1251*8~IK5*R*5~" +
            "AK2*837*6790*005010X222A1~IK5*A~AK9*P*2*2*1~SE*13*0001~GE*1*77~IEA*1*000000077~";
        var ack = Ack999Reader.Read(text).Value!;
        Assert.Equal("P", ack.GroupStatusCode);
        Assert.False(ack.GroupRejected);
        var rejected = ack.TransactionSets[0];
        Assert.False(rejected.Accepted);
        Assert.Equal(3, rejected.Errors.Count);
        Assert.Equal(new Ack999Error("NM1", 17, "2010BA", "8", 9, null, "67", "7"), rejected.Errors[0]);
        Assert.Equal(new Ack999Error("DMG", 19, "2010BA", "8", 3, 1, "1251", "8"), rejected.Errors[2]);
        Assert.DoesNotContain("SECRETDATA", rejected.Describe()); // IK404 (a copy of the bad data) is never kept
        Assert.Contains("element NM109: 7 invalid code value", rejected.Describe());
        Assert.True(ack.TransactionSets[1].Accepted);
    }

    [Fact]
    public void Ack999_Truncated_IsAResult()
    {
        var text = Shared("validated/999_ims_x12_999_rejected.x12");
        Assert.False(Ack999Reader.Read(text[..(text.IndexOf("AK9", StringComparison.Ordinal))]).Success);
    }

    [Fact]
    public void Ack277CA_AcceptedAndRejectedClaims_WithStatusesAndPayerClaimControlNumber()
    {
        var read = Ack277CAReader.Read(Fixture("277ca-one-accepted-one-rejected.x12"));
        Assert.True(read.Success, string.Join("; ", read.Issues));
        var claims = read.Value!.Claims;
        Assert.Equal(2, claims.Count);

        var accepted = claims[0];
        Assert.Equal("c0123456789abcdef0123-v1", accepted.PatientControlNumber);
        Assert.True(accepted.Accepted);
        Assert.Equal("PAYERICN0001", accepted.PayerClaimControlNumber);
        Assert.Equal("TRACE0001", accepted.ClearinghouseTraceNumber);
        Assert.Equal(165m, accepted.ChargeAmount);

        var rejected = claims[1];
        Assert.True(rejected.Rejected);
        Assert.Equal([new Ack277CAStatus("A7", "562", "85")], rejected.Statuses);
        Assert.Equal([new Ack277CAStatus("A7", "453", null)], rejected.LineStatuses);
        Assert.Equal("A7:562:85 (rejected for invalid information); line A7:453 (rejected for invalid information)", rejected.Describe());
    }

    [Theory]
    [InlineData("linuxforhealth/277_005010X212/claim-level-status.277")]
    [InlineData("linuxforhealth/277_005010X212/provider-level-status.277")]
    public void Ack277CA_Refuses277ClaimStatusResponses_WhichAreAnotherGuide(string sample)
    {
        var read = Ack277CAReader.Read(Shared(sample));
        Assert.False(read.Success);
        Assert.Equal("ACK-NOT-277CA", Assert.Single(read.Issues).Code);
    }

    [Fact]
    public void Readers_OnTheWrongTransaction_SayWhat()
    {
        var x837 = X12Reader.Parse(Shared("validated/837p_lfh_demo.example1.derived.x12")).Value!;
        Assert.Equal("ACK-NOT-999", Assert.Single(Ack999Reader.Read(x837).Issues).Code);
        Assert.Equal("ACK-NOT-277CA", Assert.Single(Ack277CAReader.Read(x837).Issues).Code);
    }
}
