using ClaimsFn.Core.Coding.Text;
using Xunit;

namespace ClaimsFn.Tests.Coding;

public sealed class ClinicalTextTests
{
    [Theory]
    [InlineData("hypertension", "hypertensive")]
    [InlineData("diabetes", "diabetic")]
    [InlineData("fractures", "fracture")]
    [InlineData("infection", "infections")]
    [InlineData("allergies", "allergy")]
    public void Stem_MergesVariants(string a, string b) => Assert.Equal(ClinicalText.Stem(a), ClinicalText.Stem(b));

    [Fact]
    public void Normalize_ExpandsAbbreviationsInStatementsOnly()
    {
        var vocabulary = ClinicalVocabulary.Default;
        var statement = ClinicalText.Normalize("T2DM w/ HTN", vocabulary).Select(t => t.Stem).ToList();
        Assert.Contains(ClinicalText.Stem("diabetes"), statement);
        Assert.Contains(ClinicalText.Stem("hypertension"), statement);
        Assert.Contains("2", statement);

        var official = ClinicalText.Normalize("Knuckle pad", vocabulary, expandAbbreviations: false).Select(t => t.Stem).ToList();
        Assert.Contains("pad", official);
    }

    [Fact]
    public void Normalize_MarksWordsAfterWithoutAsNegated()
    {
        var tokens = ClinicalText.Normalize("ketoacidosis without coma, with hyperglycemia", ClinicalVocabulary.Default);
        Assert.Contains(tokens, t => t.Stem == "coma" && t.Negated);
        Assert.Contains(tokens, t => t.Stem == ClinicalText.Stem("hyperglycemia") && !t.Negated);
    }

    [Fact]
    public void Vocabulary_HasTheCommonAbbreviations()
    {
        foreach (var abbreviation in (string[])["htn", "t2dm", "ckd", "copd", "chf", "gerd", "uri", "uti", "oa", "afib", "cad", "bph", "osa", "mdd", "lbp"])
            Assert.True(ClinicalVocabulary.Default.Abbreviations.ContainsKey(abbreviation), abbreviation);
    }
}
