using ClaimsFn.Core.Primitives;
using Xunit;

namespace ClaimsFn.Tests.Primitives;

public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893")] // the CMS check-digit example
    [InlineData("1987654328")]
    public void TryParse_Valid(string npi) => Assert.True(Npi.TryParse(npi, out _));

    [Theory]
    [InlineData("1234567890")]
    [InlineData("123456789")]
    [InlineData("12345678931")]
    [InlineData("12345A7893")]
    [InlineData(null)]
    public void TryParse_Invalid(string? npi) => Assert.False(Npi.TryParse(npi, out _));

    [Fact]
    public void ComputeCheckDigit_CmsExample() => Assert.Equal(3, Npi.ComputeCheckDigit("123456789"));
}
