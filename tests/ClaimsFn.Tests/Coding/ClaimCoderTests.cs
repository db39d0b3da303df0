using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Text;
using ClaimsFn.Core.Encounters;
using Xunit;

namespace ClaimsFn.Tests.Coding;

/// <summary>The coding stage's contract: codes are validated, text is coded by the engine, doubt goes to a coder.</summary>
public sealed class ClaimCoderTests
{
    private static readonly Lazy<ClaimCoder> Coder = new(() =>
    {
        var catalog = new CodeSetCatalog([SharedData.CodeSet2025, SharedData.CodeSet2026]);
        var index = AlphabeticIndexReader.ReadFile(SharedData.IndexCsv);
        return new ClaimCoder(catalog, new DiagnosisTextCoders(catalog, index));
    });

    private static Encounter Visit(DateOnly date, params string[] diagnoses) => new() { DateOfService = date, Diagnoses = diagnoses };

    private static readonly DateOnly Fy2026Date = new(2026, 2, 3);

    [Fact]
    public void BillableCodes_AreAccepted()
    {
        var outcome = Coder.Value.Code(Visit(Fy2026Date, "E11.9", "I10"));
        Assert.False(outcome.NeedsCoderReview);
        Assert.Equal(2026, outcome.CodeSetYear);
        Assert.Equal(["E119", "I10"], outcome.DiagnosisCodes);
        Assert.Null(outcome.Reason);
    }

    [Fact]
    public void HeaderCode_IsNeverPassedOn_AndListsCandidatesWithAQuestion()
    {
        var outcome = Coder.Value.Code(Visit(Fy2026Date, "E11"));
        Assert.True(outcome.NeedsCoderReview);
        Assert.Empty(outcome.DiagnosisCodes);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal("DX-HEADER-CODE", issue.Code);
        Assert.Contains("E11.00", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Ask the provider", issue.FixHint, StringComparison.Ordinal);
        Assert.NotNull(outcome.Reason);
    }

    [Fact]
    public void HeaderCodeWithDocumentation_ResolvesToTheBillableDescendant()
    {
        var outcome = Coder.Value.Code(Visit(Fy2026Date, "M25.56 left"));
        Assert.False(outcome.NeedsCoderReview);
        Assert.Equal(["M25562"], outcome.DiagnosisCodes);
        Assert.Single(outcome.TextCoding);
    }

    [Fact]
    public void HeaderCodeWithoutTheDeciding_Word_GoesToACoder()
    {
        var outcome = Coder.Value.Code(Visit(Fy2026Date, "M25.56 pain"));
        Assert.True(outcome.NeedsCoderReview);
        Assert.Contains("Which side", outcome.Issues.Single().FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_IsCoded_WhenConfident()
    {
        var outcome = Coder.Value.Code(Visit(Fy2026Date, "T2DM with hyperglycemia", "left knee pain", "HTN"));
        Assert.False(outcome.NeedsCoderReview, outcome.Reason);
        Assert.Equal(["E1165", "M25562", "I10"], outcome.DiagnosisCodes);
        Assert.All(outcome.TextCoding, t => Assert.InRange(t.Confidence, 0.75, 1.0));
        Assert.Equal([1, 2, 3], outcome.TextCoding.Select(t => t.Position));
    }

    [Fact]
    public void MultiCodeText_KeepsItsFirstCodeAtItsPosition_AndAppendsTheOthers()
    {
        // Service lines point at diagnosis 1 and 2: DiagnosisCodes[0] and [1] must still be those diagnoses' codes.
        var outcome = Coder.Value.Code(Visit(Fy2026Date, "Obesity class 3 with BMI 52", "I10", "ESRD, on peritoneal dialysis"));
        Assert.False(outcome.NeedsCoderReview, outcome.Reason);
        Assert.Equal(["E66813", "I10", "N186", "Z6843", "Z992"], outcome.DiagnosisCodes);
        Assert.Equal(["Z6843"], outcome.TextCoding[0].AdditionalCodes);
        Assert.Equal(["Z992"], outcome.TextCoding[1].AdditionalCodes);
        Assert.Equal(3, outcome.TextCoding[1].Position);
    }

    [Fact]
    public void AdditionalCodes_AreNotRepeated_WhenTwoStatementsNeedTheSame()
    {
        var outcome = Coder.Value.Code(Visit(Fy2026Date, "Hypertension with CKD stage 3b", "Type 2 diabetes with CKD stage 3b"));
        Assert.False(outcome.NeedsCoderReview, outcome.Reason);
        Assert.Equal(["I129", "E1122", "N1832"], outcome.DiagnosisCodes);
    }

    [Fact]
    public void AbbreviationShapedLikeACode_IsCodedAsText()
    {
        var outcome = Coder.Value.Code(Visit(Fy2026Date, "T2DM"));
        Assert.Equal(["E119"], outcome.DiagnosisCodes);
    }

    [Fact]
    public void UncertainText_GoesToACoder_WithCandidatesAndTheQuestion()
    {
        var outcome = Coder.Value.Code(Visit(Fy2026Date, "E11.9", "ankle sprain, right"));
        Assert.True(outcome.NeedsCoderReview);
        Assert.Equal(["E119"], outcome.DiagnosisCodes);
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal("DX-TEXT-REVIEW", issue.Code);
        Assert.Equal("2300.HI[2]", issue.Location);
        Assert.Contains("S93.401", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Which encounter", issue.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeOfTheWrongYear_IsUnknownForTheDateOfService()
    {
        // B88.0 was billable in FY2025 and became a header on 2025-10-01.
        Assert.False(Coder.Value.Code(Visit(new DateOnly(2025, 9, 30), "B88.0")).NeedsCoderReview);
        var after = Coder.Value.Code(Visit(new DateOnly(2025, 10, 1), "B88.0"));
        Assert.True(after.NeedsCoderReview);
        Assert.Equal("DX-HEADER-CODE", after.Issues.Single().Code);
    }

    [Fact]
    public void WithoutTextCoder_TextIsMalformed()
    {
        var coder = new ClaimCoder(CodeSetCatalog.LoadStarterSubset());
        var outcome = coder.Code(Visit(Fy2026Date, "left knee pain"));
        Assert.True(outcome.NeedsCoderReview);
        Assert.Equal("DX-MALFORMED", outcome.Issues.Single().Code);
    }

    [Theory]
    [InlineData("2026-09-30", "I42.0", 2026)]
    [InlineData("2026-10-01", "I42.00", 2027)]
    public void Fy2027Claim_CodesWithTheFy2027Set(string dateOfService, string diagnosis, int year)
    {
        var coder = new ClaimCoder(new CodeSetCatalog([SharedData.CodeSet2026, SharedData.CodeSet2027]));
        var outcome = coder.Code(Visit(DateOnly.Parse(dateOfService, System.Globalization.CultureInfo.InvariantCulture), diagnosis, "I10"));
        Assert.False(outcome.NeedsCoderReview, outcome.Reason);
        Assert.Equal(year, outcome.CodeSetYear);
    }

    [Theory]
    [InlineData("2026-09-30", "I42.00")] // added in FY2027: not a code yet
    [InlineData("2026-10-01", "I42.0")] // a header from FY2027
    public void AcrossTheFy2027Boundary_TheOtherYearsCodeGoesToACoder(string dateOfService, string diagnosis)
    {
        var coder = new ClaimCoder(new CodeSetCatalog([SharedData.CodeSet2026, SharedData.CodeSet2027]));
        Assert.True(coder.Code(Visit(DateOnly.Parse(dateOfService, System.Globalization.CultureInfo.InvariantCulture), diagnosis)).NeedsCoderReview);
    }

    [Fact]
    public void NoCodeSetForTheYear_GoesToACoder()
    {
        var outcome = Coder.Value.Code(Visit(new DateOnly(2027, 1, 5), "E11.9"));
        Assert.True(outcome.NeedsCoderReview);
        Assert.Equal("CODESET-NOT-LOADED", outcome.Issues.Single().Code);
    }
}
