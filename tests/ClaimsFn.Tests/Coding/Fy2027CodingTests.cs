using ClaimsFn.Cli;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Text;
using ClaimsFn.Core.Encounters;
using Xunit;

namespace ClaimsFn.Tests.Coding;

/// <summary>Dates of service from 2026-10-01 are coded with FY2027 (CDC order file); its new codes are reached through their
/// titles, since the Alphabetic Index here is FY2025's.</summary>
public sealed class Fy2027CodingTests
{
    private static readonly Lazy<ClaimCoder> Coder = new(() =>
    {
        var catalog = new CodeSetCatalog([SharedData.CodeSet2026, SharedData.CodeSet2027]);
        return new ClaimCoder(catalog, new DiagnosisTextCoders(catalog, AlphabeticIndexReader.ReadFile(SharedData.IndexCsv)));
    });

    [Theory]
    [InlineData("2026-09-30", 2026, "M72.2", "M67.A0")]    // FY2026: plantar fasciitis has no laterality, M67.A does not exist
    [InlineData("2026-10-01", 2027, "M67.A0", "M72.2 ")]   // FY2027: M67.A0- by side
    public void TheDateOfService_PicksTheFiscalYearsCodes(string date, int year, string expected, string absent)
    {
        var outcome = Coder.Value.Code(new Encounter { DateOfService = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Diagnoses = ["Plantar fasciitis of the foot"] });
        Assert.Equal(year, outcome.CodeSetYear);
        var proposed = outcome.NeedsCoderReview ? outcome.Reason! : string.Join(" ", outcome.DiagnosisCodes.Select(c => ClaimsFn.Core.Primitives.IcdCode.Parse(c).Dotted)) + " ";
        Assert.Contains(expected, proposed, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, proposed, StringComparison.Ordinal);
    }

    [Fact]
    public void ACodeThatBecameAHeaderInFy2027_IsNoLongerAccepted()
    {
        var outcome = Coder.Value.Code(new Encounter { DateOfService = new DateOnly(2026, 11, 2), Diagnoses = ["I42.0"] });
        Assert.True(outcome.NeedsCoderReview);
        Assert.Equal("DX-HEADER-CODE", Assert.Single(outcome.Issues).Code);
    }

    [Fact]
    public void NewFy2027Codes_AreReachedByTheirTitles()
    {
        var coder = new DiagnosisTextCoders(new CodeSetCatalog([SharedData.CodeSet2027]), AlphabeticIndexReader.ReadFile(SharedData.IndexCsv)).ForFiscalYear(2027)!;
        Assert.Equal("Z77013", coder.Code("Exposure to gadolinium").Best?.Code);
        Assert.Equal(["R636", "Z6818"], coder.Code("Underweight, BMI 18").AssignedCodes);   // FY2027 splits BMI 19.9 or less
        // The index still leads "Fasciitis, plantar" to M72.2- "Plantar fascial fibromatosis": a runner-up that states what the
        // statement does not (fibromatosis) and explains nothing more does not keep the FY2027 title from being assigned.
        Assert.Equal(["M67A01"], coder.Code("Plantar fasciitis, right").AssignedCodes);
        // "Cardiomyopathy (familial)" is the FY2025 index's modifier, older than I42.01 "Familial-genetic dilated cardiomyopathy":
        // it does not settle I42.00 beside the newer code that states the word.
        Assert.NotEqual(["I4200"], coder.Code("Dilated cardiomyopathy, familial").AssignedCodes);
    }

    [Fact]
    public async Task ClaimsCode_LoadsTheFy2027OrderFileFromAFolder()
    {
        // The CDC files as a user saves them: .txt.gz order files and the index CSV in one folder.
        var folder = Directory.CreateTempSubdirectory("claimsfn-fy2027-").FullName;
        try
        {
            File.Copy(SharedData.OrderFile(2027), Path.Combine(folder, "icd10cm-order-2027.txt.gz"));
            File.Copy(SharedData.IndexCsv, Path.Combine(folder, "icd10cm-index.csv"));
            var output = new StringWriter();
            await CodeCommand.RunAsync(new() { ["date-of-service"] = "2026-10-01", ["code-sets"] = folder }, new StringReader("Underweight, BMI 18\n"), output);
            Assert.Equal("R63.6,Z68.18", output.ToString().Split('\t')[1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
