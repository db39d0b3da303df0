using ClaimsFn.Core.Primitives;
using Xunit;

namespace ClaimsFn.Tests.Primitives;

public sealed class ProcedureCodeTests
{
    [Theory]
    [InlineData("99213", ProcedureCodeKind.CptCategoryI)]
    [InlineData("3074F", ProcedureCodeKind.CptCategoryII)]
    [InlineData("0042T", ProcedureCodeKind.CptCategoryIII)]
    [InlineData("g0008", ProcedureCodeKind.HcpcsLevelII)]
    [InlineData("J3420", ProcedureCodeKind.HcpcsLevelII)]
    public void Parse_Valid(string input, ProcedureCodeKind kind) => Assert.Equal(kind, ProcedureCode.Parse(input).Kind);

    [Theory]
    [InlineData("9921")]
    [InlineData("992134")]
    [InlineData("W1234")]
    [InlineData("G00A8")]
    [InlineData("1234X")]
    [InlineData("")]
    public void TryParse_Invalid(string input) => Assert.False(ProcedureCode.TryParse(input, out _));

    [Theory]
    [InlineData("99202", true)]
    [InlineData("99215", true)]
    [InlineData("99201", false)]
    [InlineData("99221", false)]
    [InlineData("G0008", false)]
    public void IsOfficeEvaluationAndManagement(string code, bool expected) => Assert.Equal(expected, ProcedureCode.Parse(code).IsOfficeEvaluationAndManagement);
}
