using ClaimsFn.Core.Coding.Text;
using Xunit;

namespace ClaimsFn.Tests.Coding;

public sealed class AlphabeticIndexReaderTests
{
    [Fact]
    public void Csv_ReadsEveryRowWithLevelsAndCodes()
    {
        var index = AlphabeticIndexReader.ReadFile(SharedData.IndexCsv);
        Assert.Equal(81024, index.Count);
        var diabetes = index.First(e => e.Level == 0 && e.Term == "Diabetes, diabetic");
        Assert.Equal("E11.9", diabetes.Code);
        Assert.Equal("(mellitus) (sugar)", diabetes.NonEssentialModifiers);
    }

    [Fact]
    public void Xml_GivesTheSameRowsAsTheFlattenedCsv()
    {
        // The external cause index XML and its flattened CSV are the same CDC release in two layouts.
        var folder = Path.Combine(SharedData.Folder, "icd10cm");
        var fromXml = AlphabeticIndexReader.ReadFile(Path.Combine(folder, "fy2025-cdc-xml", "icd-10-cm-eindex-2025.xml"));
        var fromCsv = AlphabeticIndexReader.ReadFile(Path.Combine(folder, "fy2025-derived-csv", "ICD10CM_2025_ExternalIndex.csv"));

        Assert.Equal(fromCsv.Count, fromXml.Count);
        var mismatches = fromXml.Zip(fromCsv).Count(p => p.First.Level != p.Second.Level || p.First.Code != p.Second.Code);
        Assert.True(mismatches == 0, $"{mismatches} rows differ in level or code");
        Assert.Equal("X58", fromXml[0].Code);
        Assert.Equal("Abandonment NEC", fromXml[0].Term);
    }

    [Fact]
    public void Csv_WithoutTheIndexColumns_IsRejected() =>
        Assert.Throws<InvalidDataException>(() => AlphabeticIndexReader.Read(new StringReader("a,b\n1,2\n")));
}
