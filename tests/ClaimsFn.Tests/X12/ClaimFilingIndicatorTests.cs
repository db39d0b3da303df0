using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing.PayerRules;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.X12;

/// <summary>SBR09 (claim filing indicator) comes from the payer rules: the payer's entry, else its name, else the default.</summary>
public sealed class ClaimFilingIndicatorTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    /// <summary>SBR09 of the one claim, as written in the 837P.</summary>
    private static string Sbr09(Claim837PWriter writer, string payerId, string payerName)
    {
        var claim = TestClaims.From(TestEncounters.Clean() with { Payer = new Payer { Id = payerId, Name = payerName } });
        Assert.Empty(writer.Validate(claim));
        var x12 = writer.Write(new Claim837PInterchange(1, 1, Created, [new Claim837PTransactionSet(1, [claim])]));
        var sbr = x12.Split('~').Single(s => s.StartsWith("SBR*", StringComparison.Ordinal));
        return sbr.Split('*')[9];
    }

    [Theory]
    [InlineData("MCR01", "Medicare Part B (demo)", "MB")] // the entry's claimFilingIndicator
    [InlineData("ACME1", "Acme Health Plan (demo)", "CI")]
    [InlineData("04412", "Medicare Part B - Novitas JL", "MB")] // no entry: the name says Medicare
    [InlineData("SKMD0", "State Medicaid of Kansas", "MC")]
    [InlineData("MAHMO", "Sunrise Medicare Advantage HMO", "16")]
    [InlineData("BCBSI", "Blue Cross Blue Shield of Illinois", "BL")]
    [InlineData("TRI01", "TRICARE East", "CH")]
    [InlineData("UHC01", "United Healthcare", "CI")] // nothing to go on: the default
    public void EmbeddedRules_EveryMedicarePayerGetsMb(string payerId, string payerName, string expected) =>
        Assert.Equal(expected, Sbr09(new Claim837PWriter(new X12Options()), payerId, payerName));

    [Fact]
    public void PayerEntry_WinsOverTheNameOnTheClaim_AndTheEntryNameCounts()
    {
        var book = PayerRuleBook.Parse("""
            { "payers": {
                "MCD01": { "name": "Illinois Medicaid", "claimFilingIndicator": "mc" },
                "MCR77": { "name": "Medicare Part B (Noridian)" },
                "HMO01": { "name": "Medicare Plus", "claimFilingIndicator": "HM" } } }
            """, "test rules");
        var writer = new Claim837PWriter(new X12Options(), new StaticPayerRuleSource(book));
        Assert.Equal("MC", Sbr09(writer, "MCD01", "Some Commercial Name"));
        Assert.Equal("MB", Sbr09(writer, "MCR77", "Plan 77")); // the entry's name, when the claim's says nothing
        Assert.Equal("HM", Sbr09(writer, "HMO01", "Medicare Plus"));
    }

    [Fact]
    public void PerPayerSbr09_IsAPayerRule_AndCiWhenNothingSaysOtherwise()
    {
        var book = PayerRuleBook.Parse("""{ "payers": { "MCR01": { "name": "Medicare Part B", "claimFilingIndicator": "MA" } } }""", "test rules");
        Assert.Equal("MA", Sbr09(new Claim837PWriter(new X12Options(), new StaticPayerRuleSource(book)), "MCR01", "Medicare Part B (demo)"));
        Assert.Equal("CI", PayerRule.BuiltIn.ClaimFilingIndicatorFor(null));
        Assert.Equal("CI", book.For("OTHER").ClaimFilingIndicatorFor("Plan 9"));
    }

    [Fact]
    public void DefaultsEntry_AppliesToPayersWithoutTheirOwn()
    {
        var book = PayerRuleBook.Parse("""{ "defaults": { "claimFilingIndicator": "HM" }, "payers": { "X1": { "name": "Medicare Part B" } } }""", "test rules");
        var writer = new Claim837PWriter(new X12Options(), new StaticPayerRuleSource(book));
        Assert.Equal("HM", Sbr09(writer, "ANY01", "Anything"));
        Assert.Equal("HM", Sbr09(writer, "X1", "Plan X")); // inherited from the defaults, which the file set explicitly
    }

    [Fact]
    public void UnknownIndicatorInTheRulesFile_IsAnError()
    {
        var ex = Assert.Throws<InvalidDataException>(() => PayerRuleBook.Parse("""{ "payers": { "P1": { "claimFilingIndicator": "XX" } } }""", "bad rules"));
        Assert.Contains("payers.P1.claimFilingIndicator", ex.Message, StringComparison.Ordinal);
    }
}
