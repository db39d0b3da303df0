using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing;

public sealed class ClaimScrubberTests
{
    private readonly ClaimScrubber scrubber = new(CodeSetCatalog.LoadStarterSubset());

    [Fact]
    public void EditIds_AreUnique() =>
        Assert.Equal(EditCatalog.All.Count, EditCatalog.All.Select(e => e.Id).Distinct().Count());

    [Fact]
    public void Scrub_CleanClaim_HasNoFindings() => Assert.Empty(scrubber.Scrub(TestEncounters.Clean()));

    [Fact]
    public void Scrub_ReportsEveryEditThatTrips_NotJustTheFirst()
    {
        var claim = TestEncounters.Clean() with
        {
            Payer = new Payer(),
            Subscriber = new Subscriber(),
            Diagnoses = ["E11"],
            TotalCharge = 1m,
            ServiceLines = [new ServiceLine { Procedure = "99214", Units = 1, Charge = 165m, DiagnosisPointers = [3] }],
        };
        var ids = scrubber.Scrub(claim).Select(i => i.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { "PAYER-ID-MISSING", "SUBSCRIBER-ID-MISSING", "DX-NOT-BILLABLE", "CLAIM-TOTAL-MISMATCH", "DX-POINTER-INVALID" }, ids);
        Assert.False(ClaimScrubber.IsClean(scrubber.Scrub(claim)));
    }

    [Fact]
    public void Scrub_NoServiceLines_Trips() =>
        Assert.Contains(scrubber.Scrub(TestEncounters.Clean() with { ServiceLines = [], TotalCharge = 0 }), i => i.Code == "SERVICE-LINES-COUNT");

    [Fact]
    public void Scrub_BadNpi_Trips() =>
        Assert.Contains(scrubber.Scrub(TestEncounters.Clean() with { BillingProvider = TestEncounters.Clean().BillingProvider with { Npi = "1234567890" } }), i => i.Code == "BILLING-NPI-INVALID");
}
