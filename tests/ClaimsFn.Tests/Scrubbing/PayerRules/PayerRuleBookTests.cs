using ClaimsFn.Core.Scrubbing.PayerRules;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing.PayerRules;

public sealed class PayerRuleBookTests
{
    [Fact]
    public void Embedded_HasMedicareDefaultsAndTheDemoPayers()
    {
        var book = PayerRuleBook.Embedded;
        Assert.Equal(365, book.Defaults.TimelyFilingDays);
        Assert.Equal(["1", "7", "8"], book.Defaults.AcceptedClaimFrequencyCodes.Order());
        Assert.Equal(365, book.For("MCR01").TimelyFilingDays);
        Assert.True(book.For("acme1").PriorAuthorizationCodes.Contains("72148"));
        Assert.Same(book.Defaults, book.For("NOBODY"));
        Assert.Same(book.Defaults, book.For(null));
    }

    [Fact]
    public void PayerEntry_InheritsWhatItLeavesOut_FromTheFilesDefaults()
    {
        var book = PayerRuleBook.Parse("""
            {
              // comments and trailing commas are allowed
              "defaults": { "timelyFilingDays": 180, "requiredFields": ["billingProviderTaxonomy"], },
              "payers": {
                "A": { "priorAuthorizationCodes": ["70551-70553", "G0008"] },
                "B": { "timelyFilingDays": 90, "requiredFields": [] },
              },
            }
            """, "test");
        var a = book.For("A");
        Assert.Equal((180, "A"), (a.TimelyFilingDays, a.Name));
        Assert.Equal([PayerRequiredField.BillingProviderTaxonomy], a.RequiredFields);
        Assert.True(a.PriorAuthorizationCodes.Contains("70552"));
        Assert.True(a.PriorAuthorizationCodes.Contains("g0008"));
        Assert.False(a.PriorAuthorizationCodes.Contains("70554"));
        Assert.False(a.PriorAuthorizationCodes.Contains("7055T"));
        var b = book.For("B");
        Assert.Equal(90, b.TimelyFilingDays);
        Assert.Empty(b.RequiredFields);
        Assert.True(b.PriorAuthorizationCodes.IsEmpty);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce_WithItsPath()
    {
        var ex = Assert.Throws<InvalidDataException>(() => PayerRuleBook.Parse("""
            {
              "defaults": { "timelyFilingDays": 0 },
              "payers": {
                "X": { "priorAuthorizationCodes": ["7055", "70553-70551"], "acceptedClaimFrequencyCodes": ["2"], "requiredFields": ["referringProvider"] }
              }
            }
            """, "test"));
        Assert.Contains("5 problem(s)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("defaults.timelyFilingDays", ex.Message, StringComparison.Ordinal);
        Assert.Contains("payers.X.priorAuthorizationCodes[0]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("payers.X.priorAuthorizationCodes[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("payers.X.acceptedClaimFrequencyCodes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"referringProvider\" is not a known field", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledProperty_IsAnError_NotASilentlyIgnoredRule() =>
        Assert.Throws<InvalidDataException>(() => PayerRuleBook.Parse("""{ "payers": { "X": { "timelyFillingDays": 90 } } }""", "test"));

    [Fact]
    public void PayerIdsThatDifferOnlyInCase_AreAnError() =>
        Assert.Contains("appears twice", Assert.Throws<InvalidDataException>(() => PayerRuleBook.Parse("""{ "payers": { "x": {}, "X": {} } }""", "test")).Message, StringComparison.Ordinal);
}
