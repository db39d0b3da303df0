using ClaimsFn.Core.Primitives;
using Xunit;

namespace ClaimsFn.Tests.Primitives;

public sealed class IcdCodeTests
{
    [Theory]
    [InlineData("E11.9", "E119", "E11.9")]
    [InlineData("e119", "E119", "E11.9")]
    [InlineData("I10", "I10", "I10")]
    [InlineData(" S72.001A ", "S72001A", "S72.001A")]
    [InlineData("QA0.0101", "QA00101", "QA0.0101")]
    public void Parse_Valid(string input, string value, string dotted)
    {
        var code = IcdCode.Parse(input);
        Assert.Equal(value, code.Value);
        Assert.Equal(dotted, code.Dotted);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("HTN")]
    [InlineData("CHF")]
    [InlineData("E1")]
    [InlineData("E11.90000")]
    [InlineData("11.9")]
    [InlineData("E1.19")]
    [InlineData("E11.")]
    [InlineData("E11-9")]
    public void TryParse_Invalid(string? input) => Assert.False(IcdCode.TryParse(input, out _));
}
