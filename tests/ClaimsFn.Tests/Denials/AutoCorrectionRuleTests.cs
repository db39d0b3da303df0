using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Denials.AutoCorrections;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.Denials;

public sealed class AutoCorrectionRuleTests
{
    private static readonly DenialCatalog Catalog = DenialCatalog.Default;

    private static Claim ClaimWith(string memberId = "1EG4TE5MK72", params string[] modifiers)
    {
        var e = TestEncounters.Clean();
        e = e with
        {
            Subscriber = e.Subscriber with { MemberId = memberId },
            ServiceLines = [e.ServiceLines[0] with { Modifiers = modifiers }],
        };
        return new Claim { ClaimId = ClaimId.ForEncounter("t", "E-1"), BatchId = ClaimId.ForBatch("b", "1"), Encounter = e, State = ClaimState.Denied };
    }

    private static Denial DenialOf(string[] reasons, params string[] remarks) => new()
    {
        Category = DenialCategory.MissingInformation,
        Action = DenialAction.CorrectAndResubmit,
        PrimaryReason = reasons[0],
        Reasons = [.. reasons.Select(r => new CarcCode(r))],
        Remarks = [.. remarks.Select(r => new RarcCode(r))],
        AllowsResubmission = true,
    };

    [Fact]
    public void RuleIds_AreUnique_AndDescribed()
    {
        Assert.Equal(AutoCorrectionCatalog.All.Count, AutoCorrectionCatalog.All.Select(r => r.Id).Distinct().Count());
        Assert.All(AutoCorrectionCatalog.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
    }

    [Theory]
    [InlineData("1eg4-te5-mk72", new[] { "16" }, new[] { "N382" }, "1EG4TE5MK72")]
    [InlineData(" ACM 889120 ", new[] { "31" }, new string[0], "ACM889120")]
    [InlineData("1EG4TE5MK72", new[] { "16" }, new[] { "N382" }, null)]          // already clean: a person looks
    [InlineData("1eg4-te5-mk72", new[] { "16" }, new[] { "M77" }, null)]         // the remark points elsewhere
    [InlineData("1eg4-te5-mk72", new[] { "197" }, new string[0], null)]          // not an identification problem
    public void MemberIdFormat(string memberId, string[] reasons, string[] remarks, string? fixedId)
    {
        var proposal = new MemberIdFormatRule().Propose(ClaimWith(memberId), DenialOf(reasons, remarks), Catalog);
        Assert.Equal(fixedId, proposal?.SubscriberMemberId);
        if (proposal is not null) Assert.Equal("auto:AC-MEMBER-ID-FORMAT", proposal.By);
    }

    [Fact]
    public void ModifierFormat_NormalizesOnlyWhenTheModifierWasDenied()
    {
        var claim = ClaimWith("1EG4TE5MK72", "rt", " 59", "RT", "");
        var proposal = new ModifierFormatRule().Propose(claim, DenialOf(["4"]), Catalog);
        var line = Assert.Single(proposal!.Lines!);
        Assert.Equal(1, line.Line);
        Assert.Equal(["RT", "59"], line.Modifiers!);
        Assert.Null(new ModifierFormatRule().Propose(claim, DenialOf(["16"]), Catalog));
        Assert.Null(new ModifierFormatRule().Propose(ClaimWith("1EG4TE5MK72", "25"), DenialOf(["4"]), Catalog));
    }

    [Fact]
    public void NoAutomaticCorrection_WhenTheDenialForbidsResubmission()
    {
        var denial = DenialOf(["16"], "N382") with { AllowsResubmission = false };
        Assert.Null(AutoCorrectionCatalog.FirstApplicable(ClaimWith("1eg4-te5-mk72"), denial, Catalog));
        Assert.Equal("AC-MEMBER-ID-FORMAT", AutoCorrectionCatalog.FirstApplicable(ClaimWith("1eg4-te5-mk72"), denial with { AllowsResubmission = true }, Catalog)?.Rule.Id);
    }
}
