using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using ClaimsFn.Core;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing.History;

/// <summary>ClaimsFn__FingerprintKey: parsed and validated, passed by the factory to the scrubber, so the index holds HMAC fingerprints.</summary>
public sealed class FingerprintKeyTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Parse_EmptyIsUnkeyed_ShortOrNotBase64IsRefused_WithoutEchoingTheValue()
    {
        Assert.Null(FingerprintKeys.Parse(null));
        Assert.Null(FingerprintKeys.Parse("  "));
        Assert.Equal(32, FingerprintKeys.Parse(Key)!.Length);
        var shortKey = Convert.ToBase64String(new byte[31]);
        var ex = Assert.Throws<FormatException>(() => FingerprintKeys.Parse(shortKey));
        Assert.DoesNotContain(shortKey, ex.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => FingerprintKeys.Parse("not base64 at all!"));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", true)] // 32 bytes
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", false)] // 31 bytes
    [InlineData("@Microsoft.KeyVault(SecretUri=https://v.vault.azure.net/secrets/claim-fingerprint-key)", false)] // an unresolved reference
    public void Options_ValidateTheKey(string? key, bool valid)
    {
        var options = new ClaimsFnOptions { FingerprintKey = key };
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        Assert.Equal(valid, FingerprintKeys.IsValid(key));
    }

    [Fact]
    public async Task Factory_WithAKey_TheIndexHoldsTheHmacFingerprint()
    {
        var factory = new ClaimScrubberFactory(new ClaimsFnOptions { FingerprintKey = Key }, new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero)));
        Assert.True(factory.IsFingerprintKeyed);
        var index = new InMemorySubmittedClaimIndex();
        var claim = TestClaims.Clean("FP-1") with { Encounter = TestEncounters.Clean("FP-1") with { DateOfService = new DateOnly(2026, 10, 15) } };
        var issues = await factory.Create(index).ScrubAsync(claim);
        Assert.True(ClaimScrubber.IsClean(issues), string.Join(", ", issues.Select(i => i.Code)));

        Assert.Equal(claim.ClaimId, await index.FindClaimIdAsync(ClaimFingerprint.Of(claim.Encounter, Convert.FromBase64String(Key))));
        Assert.Null(await index.FindClaimIdAsync(ClaimFingerprint.Of(claim.Encounter)));
        // The same visit under another claim id is still caught as a duplicate with the keyed index.
        var twin = TestClaims.Clean("FP-2") with { Encounter = claim.Encounter with { EncounterId = "FP-2" } };
        Assert.Contains(await factory.Create(index).ScrubAsync(twin), i => i.Code == "DUPLICATE-CLAIM");
    }

    [Fact]
    public void Factory_WithoutAKey_WarnsAtStartup()
    {
        var logs = new LogCapture();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var factory = new ClaimScrubberFactory(new ClaimsFnOptions(), TimeProvider.System, loggers);
        Assert.False(factory.IsFingerprintKeyed);
        Assert.Contains(logs.Lines, l => l.Contains("ClaimsFn:FingerprintKey is not set", StringComparison.Ordinal));
        using var keyedLoggers = LoggerFactory.Create(b => b.AddProvider(logs = new LogCapture()));
        _ = new ClaimScrubberFactory(new ClaimsFnOptions { FingerprintKey = Key }, TimeProvider.System, keyedLoggers);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("not keyed", StringComparison.Ordinal));
    }
}
