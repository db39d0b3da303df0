using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Scrubbing.Diagnoses;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing.Reference;

/// <summary>The age, sex and first-listed lists checked against the full FY2026 ICD-10-CM order file (shared data).</summary>
public sealed class DiagnosisListsTests
{
    public static readonly Lazy<IcdCodeSet> Fy2026 = new(() =>
        new IcdCodeSet(2026, IcdOrderFileReader.ReadFile(ScrubTestPaths.SharedData("icd10cm", "fy2026-order", "icd10cm-order-2026.txt.gz")), "FY2026 order file"));

    public static TheoryData<string> Lists => [.. All().Select(l => l.Name)];

    private static IEnumerable<DiagnosisCodeList> All() =>
    [
        DiagnosisLists.ExternalCause, DiagnosisLists.SecondaryOnly, DiagnosisLists.Newborn, DiagnosisLists.Pediatric,
        DiagnosisLists.Maternity, DiagnosisLists.Adult, DiagnosisLists.MaleOnly, DiagnosisLists.FemaleOnly,
    ];

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryRangeBound_IsACodeOrHeaderOfFy2026(string name)
    {
        var list = All().Single(l => l.Name == name);
        foreach (var range in list.Ranges)
            foreach (var bound in new[] { range.First, range.Last })
                Assert.True(Fy2026.Value.TryGet(IcdCode.Parse(bound), out _), $"{name}: {bound} is not in the FY2026 order file.");
    }

    [Theory]
    [InlineData("A33", "newborn")]
    [InlineData("Z00.110", "newborn")]
    [InlineData("G93.7", "pediatric")]
    [InlineData("Z00.129", "pediatric")]
    [InlineData("O24.410", "maternity")]
    [InlineData("O9A.211", "maternity")]
    [InlineData("Z00.00", "adult")]
    [InlineData("N40.0", "adult")]
    public void MceExamples_AreInTheirAgeCategory(string code, string category) =>
        Assert.Equal(category, DiagnosisLists.ByAge.Single(c => c.List.Contains(IcdCode.Parse(code))).List.Name);

    [Theory]
    [InlineData("E11.9")]
    [InlineData("P07.30")]   // perinatal conditions may be reported throughout life (guideline I.C.16.a.4)
    [InlineData("Z68.53")]   // pediatric BMI is 2-19 years, not an MCE category
    public void OtherCodes_HaveNoAgeCategory(string code) =>
        Assert.DoesNotContain(DiagnosisLists.ByAge, c => c.List.Contains(IcdCode.Parse(code)));

    [Fact]
    public void MaleAndFemaleLists_DoNotOverlapOnAnyFy2026Code()
    {
        var both = FyCodes().Where(c => DiagnosisLists.MaleOnly.Contains(c) && DiagnosisLists.FemaleOnly.Contains(c)).ToList();
        Assert.Empty(both);
    }

    [Fact]
    public void SexLists_MatchTheTitlesTheyAreTakenFrom()
    {
        // Every billable code of the male list whose title names a sex names "male", never "female", and vice versa.
        foreach (var code in FyCodes())
        {
            if (!Fy2026.Value.TryGet(code, out var entry) || !entry.Billable) continue;
            var title = entry.Title.ToLowerInvariant();
            if (DiagnosisLists.MaleOnly.Contains(code)) Assert.DoesNotContain("female", title, StringComparison.Ordinal);
            if (DiagnosisLists.FemaleOnly.Contains(code)) Assert.DoesNotContain(" male", title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ManifestationCodes_FromFy2026Titles()
    {
        var set = Fy2026.Value;
        Assert.True(ManifestationCodes.IsManifestation(set, IcdCode.Parse("G63")));
        Assert.True(ManifestationCodes.IsManifestation(set, IcdCode.Parse("F02.80")));
        Assert.True(ManifestationCodes.IsManifestation(set, IcdCode.Parse("M14.611")));   // under M14 "Arthropathies in other diseases classified elsewhere"
        Assert.False(ManifestationCodes.IsManifestation(set, IcdCode.Parse("B95.62")));   // an agent "as the cause of", a supplementary code
        Assert.False(ManifestationCodes.IsManifestation(set, IcdCode.Parse("E11.42")));
        Assert.False(ManifestationCodes.IsManifestation(set, IcdCode.Parse("N99.89")));   // "not elsewhere classified" is not the phrase
        var count = FyCodes().Count(c => Fy2026.Value.TryGet(c, out var e) && e.Billable && ManifestationCodes.IsManifestation(set, c));
        Assert.InRange(count, 300, 1500);
    }

    // IcdCode does not parse FY2026's new QA0 codes (letter, letter, digit): they are skipped here.
    private static IEnumerable<IcdCode> FyCodes() =>
        IcdOrderFileReader.ReadFile(ScrubTestPaths.SharedData("icd10cm", "fy2026-order", "icd10cm-order-2026.txt.gz"))
            .Select(e => IcdCode.TryParse(e.Code, out var c) ? c : (IcdCode?)null).OfType<IcdCode>();
}
