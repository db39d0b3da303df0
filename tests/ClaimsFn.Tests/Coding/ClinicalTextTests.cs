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

    [Theory]
    [InlineData("Gallstones seen on ultrasound", "gallstones")]
    [InlineData("Thyroid nodule, 1.5 cm", "thyroid nodule")]
    [InlineData("Psoriasis, about 5% BSA", "psoriasis")]
    [InlineData("Cough, culture pending, CXR ordered", "cough")]
    [InlineData("Otitis media, amoxicillin tabs", "otitis media")]
    [InlineData("Hospital course: pneumonia", "pneumonia")]
    public void Read_DropsEvidenceTestsAndTreatment(string statement, string text) =>
        Assert.Equal(text, DocumentedStatement.Read(statement, ClinicalVocabulary.Default.UncertainPhrases).Text.Trim());

    // s19-t5: a lobe written after a comma is no axis of J18 either; "on <qualified> therapy" is treatment; "aftercare" of an injury
    // is its subsequent encounter like "follow-up".
    [Theory]
    [InlineData("Community-acquired pneumonia, right lower lobe", "lobe")]
    [InlineData("Bipolar disorder, on maintenance therapy", "therapy")]
    public void Read_DropsALobeAndAQualifiedTherapy(string statement, string word) =>
        Assert.DoesNotContain(word, DocumentedStatement.Read(statement, ClinicalVocabulary.Default.UncertainPhrases).Text, StringComparison.Ordinal);

    [Fact]
    public void Read_AftercareOfAnInjury_IsTheSubsequentEncounter() =>
        Assert.EndsWith("subsequent encounter", DocumentedStatement.Read("Wrist fracture, left, aftercare", ClinicalVocabulary.Default.UncertainPhrases).Text, StringComparison.Ordinal);

    [Fact]
    public void Read_KeepsABurnsExtent_AndATestThatNamesAnOrganism()
    {
        Assert.Contains("10%", DocumentedStatement.Read("Burn of chest, 10% TBSA", ClinicalVocabulary.Default.UncertainPhrases).Text, StringComparison.Ordinal);
        Assert.Contains("strep", DocumentedStatement.Read("Pharyngitis, rapid strep positive", ClinicalVocabulary.Default.UncertainPhrases).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AQueryMarkIsUncertain() =>
        Assert.True(DocumentedStatement.Read("?pneumonia", ClinicalVocabulary.Default.UncertainPhrases).UncertainOnly);

    [Fact]
    public void Qualifiers_AreFoundByKind()
    {
        var text = "Graves disease without thyrotoxic crisis, mild, of face";
        var found = DocumentedStatement.Qualifiers(text).ToDictionary(q => text.Substring(q.Index, q.Length).Trim(), q => q.Kind);
        Assert.Equal(QualifierKind.Negated, found["without thyrotoxic crisis"]);
        Assert.Equal(QualifierKind.Context, found["mild"]);
        Assert.Equal(QualifierKind.Site, found["of face"]);
    }

    [Theory]
    [InlineData("Principal diagnosis: NSTEMI. Secondary: CAD, HTN", "Principal diagnosis: NSTEMI|CAD, HTN")]
    [InlineData("Migraine; GERD", "Migraine|GERD")]
    [InlineData("Sepsis, UTI", null)]
    public void SeparateDiagnoses_SplitsListedDiagnosesOnly(string statement, string? parts) =>
        Assert.Equal(parts, DocumentedStatement.SeparateDiagnoses(statement) is { } p ? string.Join("|", p) : null);

    [Fact]
    public void Normalize_ReadsVertebralAsTheVertebra() =>
        Assert.Equal(ClinicalText.Normalize("vertebra", ClinicalVocabulary.Default, expandAbbreviations: false).Single().Stem,
            ClinicalText.Normalize("vertebral", ClinicalVocabulary.Default).Single().Stem);
}
