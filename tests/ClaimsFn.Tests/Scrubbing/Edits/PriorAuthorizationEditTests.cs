using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

/// <summary>With the embedded rules: the demo payer ACME1 needs prior authorization for 70551–70553 and 72148.</summary>
public sealed class PriorAuthorizationEditTests
{
    private readonly PriorAuthorizationEdit edit = new();

    private static Encounter Acme(params ServiceLine[] lines) => WithLines(lines) with { Payer = new Payer { Id = "ACME1" } };

    [Fact]
    public void CodeWithoutARule_DoesNotTrip() => AssertClean(edit, Acme(Line("99214")));

    [Fact]
    public void RuledCodeWithAnAuthorization_DoesNotTrip() => AssertClean(edit, Acme(Line("72148")) with { PriorAuthorization = "AUTH-12345" });

    [Fact]
    public void OtherPayer_DoesNotTrip() => AssertClean(edit, WithLines(Line("72148")));

    [Theory]
    [InlineData("72148")]
    [InlineData("70552")]
    public void RuledCodeWithoutAnAuthorization_Trips(string code) =>
        AssertTrips(edit, Acme(Line("99214"), Line(code)), location: "2300.REF*G1", messageContains: $"line 2 ({code})");
}
