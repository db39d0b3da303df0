using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class PayerClaimControlNumberEditTests
{
    private readonly PayerClaimControlNumberEdit edit = new();

    [Fact]
    public void OriginalWithoutANumber_DoesNotTrip() => AssertClean(edit, Clean());

    [Theory]
    [InlineData("7")]
    [InlineData("8")]
    public void ReplacementOrVoidWithTheNumber_DoesNotTrip(string frequency) =>
        AssertClean(edit, Context(Clean() with { ClaimFrequency = frequency, PayerClaimControlNumber = "PCN-20261103-0001" }, frequency: frequency));

    [Fact]
    public void ReplacementWithTheNumberThePayerSentBack_DoesNotTrip() =>
        AssertClean(edit, new ScrubContext(Clean() with { ClaimFrequency = "7" }, null) { ClaimFrequencyCode = "7", PayerClaimControlNumber = "PCN-1" });

    [Theory]
    [InlineData("7", "replacement")]
    [InlineData("8", "void")]
    public void ReplacementOrVoidWithoutTheNumber_Trips(string frequency, string what) =>
        AssertTrips(edit, Context(Clean() with { ClaimFrequency = frequency }, frequency: frequency), location: "2300.REF*F8", messageContains: what);

    [Fact]
    public void OriginalCarryingANumber_Trips() => AssertTrips(edit, Clean() with { ClaimFrequency = "1", PayerClaimControlNumber = "PCN-1" }, messageContains: "original");

    // The frequency is the billed one (ClaimBilling), not only the sender's mark: a replacement without the number
    // trips however it came to be 7, so the 837P writer never meets one.
    [Fact]
    public void BilledReplacementWithoutTheNumber_Trips() =>
        AssertTrips(edit, Context(Clean(), frequency: ScrubContext.ReplacementClaim), location: "2300.REF*F8", messageContains: "replacement");

    [Fact]
    public void OriginalWithTheNumberThePayerSentBack_DoesNotTrip() =>
        AssertClean(edit, new ScrubContext(Clean(), null) { ClaimFrequencyCode = "1", PayerClaimControlNumber = "PCN-1" });
}
