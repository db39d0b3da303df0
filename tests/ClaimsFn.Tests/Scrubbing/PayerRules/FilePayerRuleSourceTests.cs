using ClaimsFn.Core.Scrubbing.PayerRules;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing.PayerRules;

/// <summary>Changing the rules file changes the rules within the refresh interval, without a restart.</summary>
public sealed class FilePayerRuleSourceTests : IDisposable
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);
    private readonly string path = Path.Combine(Directory.CreateTempSubdirectory("claimsfn-rules-").FullName, "payer-rules.json");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 10, 15, 12, 0, 0, TimeSpan.Zero));
    private int writes;

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

    private void Write(string json)
    {
        File.WriteAllText(path, json);
        // Each write gets its own timestamp, however coarse the file system's clock.
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(++writes));
    }

    private static string Days(int days) => $$"""{ "payers": { "P": { "timelyFilingDays": {{days}} } } }""";

    [Fact]
    public void ChangedFile_AppliesAfterTheRefreshInterval()
    {
        Write(Days(100));
        var source = new FilePayerRuleSource(path, clock, Refresh);
        Assert.Equal(100, source.Current.For("P").TimelyFilingDays);

        Write(Days(200));
        Assert.Equal(100, source.Current.For("P").TimelyFilingDays);
        clock.Advance(Refresh);
        Assert.Equal(200, source.Current.For("P").TimelyFilingDays);
        Assert.Null(source.LastError);
    }

    [Fact]
    public void BrokenChange_KeepsTheLastGoodRules_AndSaysWhy()
    {
        Write(Days(100));
        var source = new FilePayerRuleSource(path, clock, Refresh);
        Write(Days(0));
        clock.Advance(Refresh);
        Assert.Equal(100, source.Current.For("P").TimelyFilingDays);
        Assert.Contains("timelyFilingDays", source.LastError, StringComparison.Ordinal);

        Write(Days(120));
        clock.Advance(Refresh);
        Assert.Equal(120, source.Current.For("P").TimelyFilingDays);
        Assert.Null(source.LastError);
    }

    [Fact]
    public void MissingOrInvalidFileAtStart_IsRefused()
    {
        Assert.Throws<FileNotFoundException>(() => new FilePayerRuleSource(path, clock, Refresh));
        Write("{ not json");
        Assert.Throws<InvalidDataException>(() => new FilePayerRuleSource(path, clock, Refresh));
    }
}
