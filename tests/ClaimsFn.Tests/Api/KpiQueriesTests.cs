using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Storage;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace ClaimsFn.Tests.Api;

/// <summary>The KPI definitions (docs/api.md) over hand-made index entries.</summary>
public sealed class KpiQueriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static ClaimIndexEntry Entry(string id, ClaimState state, DateOnly dos, decimal charge = 100m, decimal paid = 0m, decimal denied = 0m, bool? clean = true,
        int? submittedDaysAfterDos = null, bool? accepted = null, string[]? initialDenials = null, bool adjudicated = false) =>
        new(id, "b1", state, 3, 1, "MCR01", dos, charge, paid, denied, initialDenials ?? [], [], Now.AddDays(-100), Now, clean,
            submittedDaysAfterDos is { } d ? new DateTimeOffset(dos.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(d) : null, accepted,
            adjudicated ? Now.AddDays(-1) : null, initialDenials ?? []);

    [Fact]
    public void Kpis_FollowTheirDefinitions()
    {
        var dos = new DateOnly(2026, 11, 1); // 30 days before Now
        var entries = new[]
        {
            Entry("c1", ClaimState.Paid, dos, paid: 80m, submittedDaysAfterDos: 2, accepted: true, adjudicated: true),
            Entry("c2", ClaimState.Denied, new DateOnly(2026, 7, 1), denied: 100m, submittedDaysAfterDos: 4, accepted: true, initialDenials: ["16"], adjudicated: true),
            Entry("c3", ClaimState.Accepted, new DateOnly(2026, 9, 15), clean: false, submittedDaysAfterDos: 6, accepted: false),
            Entry("c4", ClaimState.ScrubFailed, dos, clean: false),
            Entry("c5", ClaimState.Received, dos, clean: null),
        };
        var kpis = new KpiQueries(null!, DenialCatalog.Default, new FakeTimeProvider(Now)).Compute("all", entries, Now);

        Assert.Equal(5, kpis.Claims);
        Assert.Equal(new KpiRate(2, 4, 0.5m), kpis.CleanClaimRate);             // c1, c2 clean of c1..c4 scrubbed
        Assert.Equal(new KpiRate(2, 3, 0.6667m), kpis.FirstPassAcceptanceRate); // c1, c2 of c1..c3 acknowledged
        Assert.Equal(new KpiRate(1, 2, 0.5m), kpis.InitialDenialRate);          // c2 of c1, c2 adjudicated
        var carc = Assert.Single(kpis.DenialRateByCarc);
        Assert.Equal(("16", 1, 0.5m), (carc.Carc, carc.Claims, carc.Rate));
        Assert.NotEmpty(carc.Meaning);
        Assert.Equal(4.0m, kpis.AverageDaysToSubmission);                        // (2 + 4 + 6) / 3
        // A/R: c2 denied 100 (153 days: 121+), c3 billed 100 unpaid (77 days: 61-90); c1 paid and c4, c5 unbilled owe nothing.
        Assert.Equal(200m, kpis.OutstandingAr);
        Assert.Equal([0m, 0m, 100m, 0m, 100m], kpis.ArAging.Select(b => b.Outstanding));
        Assert.Equal(KpiQueries.TimelinePoints, kpis.ClaimsOverTime.At.Count);
        Assert.Equal(2, kpis.ClaimsOverTime.Adjudicated[^1]);                    // c1, c2 adjudicated by now
    }

    [Fact]
    public void IndexEntry_RoundTrips()
    {
        var e = Entry("c9", ClaimState.PartiallyPaid, new DateOnly(2026, 9, 2), paid: 43.2m, denied: 24.8m, submittedDaysAfterDos: 3, accepted: true, initialDenials: ["97", "45"], adjudicated: true);
        var back = ClaimIndexEntry.Parse(e.Format())!;
        Assert.Equal(e.Format(), back.Format());
        Assert.Equal((e.State, e.Paid, e.DeniedAmount, e.FirstAcknowledgmentAccepted), (back.State, back.Paid, back.DeniedAmount, back.FirstAcknowledgmentAccepted));
        Assert.Equal(["97", "45"], back.InitialDenialCarcs);
        Assert.Null(ClaimIndexEntry.Parse("garbage|x"));
    }
}
