using ClaimsFn.Core.Storage;
using ClaimsFn.Core.Submission;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ClaimsFn.Tests.Storage;

/// <summary>ISA13/GS06/ST02 allocation on a real Azurite: two instances at once never hand out the same number; a restart never goes back.</summary>
public sealed class ControlNumberAllocatorTests : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync(settings: new() { ["ClaimsFn:X12:ControlNumberBlockSize"] = "7" });

    public async Task DisposeAsync() => await core.DisposeAsync();

    [Fact]
    public async Task TwoInstancesAtOnce_NoDuplicates_AndARestartContinuesAbove()
    {
        var first = core.Get<ControlNumberAllocator>();
        var second = core.StartAnotherInstance().GetRequiredService<ControlNumberAllocator>();
        foreach (var kind in Enum.GetValues<ControlNumberKind>())
        {
            async Task<List<long>> DrawAsync(ControlNumberAllocator a)
            {
                var numbers = new List<long>();
                for (var i = 0; i < 60; i++) numbers.AddRange(await a.NextAsync(kind, 1 + i % 3));
                return numbers;
            }
            var drawn = await Task.WhenAll(Task.Run(() => DrawAsync(first)), Task.Run(() => DrawAsync(second)), Task.Run(() => DrawAsync(first)), Task.Run(() => DrawAsync(second)));
            var all = drawn.SelectMany(d => d).ToList();
            Assert.Equal(4 * 120, all.Count);
            Assert.Equal(all.Count, all.Distinct().Count());
            Assert.All(all, n => Assert.InRange(n, 1, ControlNumberCounters.MaxControlNumber));

            var restarted = core.StartAnotherInstance().GetRequiredService<ControlNumberAllocator>();
            Assert.True(await restarted.NextAsync(kind) > all.Max());
        }
    }

    [Fact]
    public async Task Counter_AtTheNineDigitLimit_RefusesInsteadOfWrapping()
    {
        var table = core.Get<ClaimsStorageClients>().Table(StorageNames.Tables.ControlNumbers);
        await table.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("NEARLY-FULL", nameof(ControlNumberKind.Interchange)) { ["Next"] = ControlNumberCounters.MaxControlNumber });
        var counters = new ControlNumberCounters(table);
        Assert.Equal(new ControlNumberBlock(ControlNumberCounters.MaxControlNumber, ControlNumberCounters.MaxControlNumber), await counters.ReserveAsync("NEARLY-FULL", ControlNumberKind.Interchange, 10));
        await Assert.ThrowsAsync<InvalidOperationException>(() => counters.ReserveAsync("NEARLY-FULL", ControlNumberKind.Interchange, 10));
    }
}
