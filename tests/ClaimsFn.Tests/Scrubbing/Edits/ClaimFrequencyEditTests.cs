using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.Edits;
using ClaimsFn.Core.Scrubbing.PayerRules;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class ClaimFrequencyEditTests
{
    private readonly ClaimFrequencyEdit edit = new();

    private static readonly PayerRule OriginalsOnly = PayerRuleBook.Parse("""{ "payers": { "P1": { "name": "Originals Only", "acceptedClaimFrequencyCodes": ["1"] } } }""", "test").For("P1");

    [Fact]
    public void ReplacementToADefaultPayer_DoesNotTrip() => AssertClean(edit, Context(Clean(), frequency: ScrubContext.ReplacementClaim));

    [Fact]
    public void OriginalToAPayerTakingOriginalsOnly_DoesNotTrip() => AssertClean(edit, Context(Clean(), OriginalsOnly));

    [Fact]
    public void CodeThatIsNotAProfessionalFrequency_Trips() =>
        AssertTrips(edit, Context(Clean(), frequency: "5"), messageContains: "not a professional claim frequency code");

    [Fact]
    public void ReplacementToAPayerTakingOriginalsOnly_Trips() =>
        AssertTrips(edit, Context(Clean(), OriginalsOnly, ScrubContext.ReplacementClaim), location: "2300.CLM05-3", messageContains: "frequency code 7 (replacement)");
}
