using ClaimsFn.Core.Scrubbing.Edits;
using ClaimsFn.Core.Scrubbing.PayerRules;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class PayerRequiredFieldEditTests
{
    private readonly PayerRequiredFieldEdit edit = new();

    private static readonly PayerRule Strict = PayerRuleBook.Parse("""
        { "payers": { "STRICT": { "name": "Strict", "requiredFields": ["renderingProvider", "renderingProviderTaxonomy", "billingProviderTaxonomy", "subscriberAddress", "patientAddress"] } } }
        """, "test").For("STRICT");

    [Fact]
    public void DefaultRules_RequireNothingExtra() => AssertClean(edit, Clean() with { RenderingProvider = null });

    [Fact]
    public void EveryRequiredFieldPresent_DoesNotTrip() => AssertClean(edit, Context(Clean(), Strict));

    [Fact]
    public void MissingRenderingProvider_Trips() =>
        AssertTrips(edit, Context(Clean() with { RenderingProvider = null }, Strict), count: 2, location: "2310B.NM109", messageContains: "payer Strict requires a rendering provider");

    [Fact]
    public void DependentWithoutAnAddress_Trips() =>
        AssertTrips(edit, Context(WithDependent(new DateOnly(2015, 1, 1)), Strict), location: "2010CA.N3");

    [Fact]
    public void PriorAuthorizationOnEveryClaim_Trips()
    {
        var rule = PayerRuleBook.Parse("""{ "defaults": { "requiredFields": ["priorAuthorization"] } }""", "test").Defaults;
        AssertTrips(edit, Context(Clean(), rule), location: "2300.REF*G1", messageContains: "the payer (default rules)");
        AssertClean(edit, Context(Clean() with { PriorAuthorization = "A1" }, rule));
    }
}
