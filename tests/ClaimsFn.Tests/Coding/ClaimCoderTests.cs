using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Coding;

public sealed class ClaimCoderTests
{
    private readonly ClaimCoder coder = new(CodeSetCatalog.LoadStarterSubset());

    [Fact]
    public void Code_BillableCodes_AreAcceptedWithoutDots()
    {
        var outcome = coder.Code(TestEncounters.Clean());
        Assert.False(outcome.NeedsCoderReview);
        Assert.Equal(["E119", "I10"], outcome.DiagnosisCodes);
        Assert.Equal(2026, outcome.CodeSetYear);
    }

    [Fact]
    public void Code_HeaderCode_GoesToReviewWithCandidates()
    {
        var outcome = coder.Code(TestEncounters.Clean() with { Diagnoses = ["E11"] });
        Assert.True(outcome.NeedsCoderReview);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal("DX-HEADER-CODE", issue.Code);
        Assert.Contains("Candidates: E11.00", issue.Message);
        Assert.Equal(IssueSeverity.Reject, issue.Severity);
        Assert.NotNull(outcome.Reason);
    }

    [Fact]
    public void Code_DateOfServiceWithoutCodeSet_GoesToReview()
    {
        var outcome = coder.Code(TestEncounters.Clean() with { DateOfService = new DateOnly(2026, 10, 1) });
        Assert.True(outcome.NeedsCoderReview);
        Assert.Equal("CODESET-NOT-LOADED", Assert.Single(outcome.Issues).Code);
        Assert.Equal(2027, outcome.CodeSetYear);
    }

    [Fact]
    public void Code_UnknownAndMalformedCodes_AreEachReported()
    {
        var outcome = coder.Code(TestEncounters.Clean() with { Diagnoses = ["E11.9", "Q99.99", "11.9"] });
        Assert.True(outcome.NeedsCoderReview);
        Assert.Equal(["DX-UNKNOWN-FOR-DOS", "DX-MALFORMED"], outcome.Issues.Select(i => i.Code));
        Assert.Equal(["E119"], outcome.DiagnosisCodes);
    }

    [Fact]
    public void Code_NoDiagnoses_GoesToReview() =>
        Assert.Equal("DX-MISSING", Assert.Single(coder.Code(TestEncounters.Clean() with { Diagnoses = [] }).Issues).Code);
}
