using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Denials.AutoCorrections;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Denials;

public sealed class DenialCatalogTests
{
    private static readonly DenialCatalog Catalog = DenialCatalog.Default;

    [Theory]
    [InlineData("16", DenialCategory.MissingInformation, DenialAction.CorrectAndResubmit, true)]
    [InlineData("4", DenialCategory.Coding, DenialAction.CorrectAndResubmit, true)]
    [InlineData("11", DenialCategory.Coding, DenialAction.CorrectAndResubmit, true)]
    [InlineData("18", DenialCategory.Duplicate, DenialAction.Investigate, true)]
    [InlineData("29", DenialCategory.TimelyFiling, DenialAction.WriteOffOrAppeal, true)]
    [InlineData("50", DenialCategory.MedicalNecessity, DenialAction.Appeal, true)]
    [InlineData("97", DenialCategory.Bundling, DenialAction.ReviewBundling, true)]
    [InlineData("197", DenialCategory.Authorization, DenialAction.ObtainAuthorization, true)]
    [InlineData("22", DenialCategory.CoordinationOfBenefits, DenialAction.CoordinateBenefits, true)]
    [InlineData("23", DenialCategory.CoordinationOfBenefits, DenialAction.CoordinateBenefits, false)]
    [InlineData("45", DenialCategory.Contractual, DenialAction.None, false)]
    [InlineData("1", DenialCategory.PatientResponsibility, DenialAction.BillPatient, false)]
    public void TheIssueCodes_HaveTheirCategoryAndAction(string code, DenialCategory category, DenialAction action, bool isDenial)
    {
        Assert.True(Catalog.Knows(code));
        var d = Catalog.Carc(code);
        Assert.Equal((category, action, isDenial), (d.Category, d.Action, d.IsDenial));
        Assert.False(string.IsNullOrWhiteSpace(d.Meaning));
    }

    [Theory]
    [InlineData(DenialAction.CorrectAndResubmit, true)]
    [InlineData(DenialAction.ObtainAuthorization, true)]
    [InlineData(DenialAction.Investigate, false)]
    [InlineData(DenialAction.WriteOffOrAppeal, false)]
    [InlineData(DenialAction.Appeal, false)]
    [InlineData(DenialAction.None, false)]
    public void Resubmission_IsAllowedOnlyWhereACorrectedClaimCanHelp(DenialAction action, bool allowed) =>
        Assert.Equal(allowed, action.AllowsResubmission());

    [Fact]
    public void UnknownCode_IsADenialToReview_NotAnError()
    {
        var d = Catalog.Carc("Z99");
        Assert.Equal((true, DenialCategory.Other, DenialAction.Review), (d.IsDenial, d.Category, d.Action));
        Assert.False(Catalog.Knows("Z99"));
    }

    [Fact]
    public void Tables_AreWellFormed_AndNonDenialsNeverAskForWork()
    {
        Assert.True(Catalog.Carcs.Count >= 60);
        Assert.True(Catalog.Rarcs.Count >= 30);
        Assert.All(Catalog.Carcs.Where(c => !c.IsDenial), c => Assert.Contains(c.Category, new[] { DenialCategory.Contractual, DenialCategory.PatientResponsibility, DenialCategory.Informational, DenialCategory.CoordinationOfBenefits }));
        Assert.All(Catalog.Carcs.Where(c => c.IsDenial), c => Assert.DoesNotContain(c.Category, new[] { DenialCategory.Contractual, DenialCategory.PatientResponsibility, DenialCategory.Informational }));
        Assert.Equal("subscriber.memberId", Catalog.Rarc("N382").Field);
    }

    [Fact]
    public void DocsDenials_ListsEveryCarcOfTheTable_AndEveryAutoCorrectionRule()
    {
        var doc = File.ReadAllText(RepoPaths.File("docs", "denials.md"));
        foreach (var carc in Catalog.Carcs) Assert.Contains($"| {carc.Code} |", doc);
        foreach (var rule in AutoCorrectionCatalog.All) Assert.Contains(rule.Id, doc);
    }

    [Theory]
    [InlineData("16", true)]
    [InlineData("b15", true)]
    [InlineData("", false)]
    [InlineData("123456", false)]
    [InlineData("1-6", false)]
    public void CarcCode_Parse(string text, bool ok)
    {
        Assert.Equal(ok, CarcCode.TryParse(text, out var code));
        if (ok) Assert.Equal(text.ToUpperInvariant(), code.ToString());
    }

    [Fact]
    public void Codes_CompareCaseInsensitively()
    {
        Assert.Equal(new CarcCode("b7"), new CarcCode("B7"));
        Assert.Equal(new RarcCode("n382"), RarcCode.PatientIdentifierInvalid);
        Assert.False(RarcCode.TryParse("16", out _));
    }
}
