using ClaimsFn.Core.Primitives;
using Xunit;

namespace ClaimsFn.Tests.Primitives;

public sealed class ModifierTests
{
    [Theory]
    [InlineData("25", "25", true)]
    [InlineData(" rt ", "RT", false)]
    [InlineData("xs", "XS", false)]
    [InlineData("1P", "1P", false)]
    public void Parse_Valid_TrimsAndUpperCases(string input, string value, bool numeric)
    {
        var modifier = Modifier.Parse(input);
        Assert.Equal((value, numeric), (modifier.Value, modifier.IsNumeric));
        Assert.Equal(value, modifier.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("R")]
    [InlineData("RTX")]
    [InlineData("Q$")]
    [InlineData("R T")]
    [InlineData("é1")]
    public void TryParse_Invalid(string? input) => Assert.False(Modifier.TryParse(input, out _));

    [Fact]
    public void Parse_Invalid_Throws_WithoutQuotingTheValue()
    {
        var ex = Assert.Throws<FormatException>(() => Modifier.Parse("Q$"));
        Assert.DoesNotContain("Q$", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameModifierInAnyCase_IsEqual() => Assert.Equal(Modifier.Parse("lt"), Modifier.Parse("LT"));
}
