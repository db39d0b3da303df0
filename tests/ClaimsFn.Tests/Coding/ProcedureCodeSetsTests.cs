using ClaimsFn.Core.Coding.Hcpcs;
using ClaimsFn.Core.Coding.Procedures;
using Xunit;

namespace ClaimsFn.Tests.Coding;

public sealed class ProcedureCodeSetsTests
{
    [Fact]
    public void HcpcsFile_LoadsCodesAndModifiers()
    {
        var hcpcs = HcpcsCodeSet.Load(SharedData.HcpcsCsv);

        Assert.Equal(7125, hcpcs.CodeCount);
        Assert.Equal(375, hcpcs.ModifierCount);
        Assert.True(hcpcs.ContainsCode("G2212"));
        Assert.True(hcpcs.ContainsCode("g0439"));
        Assert.True(hcpcs.ContainsModifier("LT"));
        Assert.False(hcpcs.ContainsCode("Z9999"));
    }

    [Fact]
    public void HcpcsFile_WithoutRequiredColumns_IsRejected() =>
        Assert.Throws<InvalidDataException>(() => HcpcsCodeSet.Read(new StringReader("code,description\nG0439,x\n"), "bad"));

    [Fact]
    public void Check_UsesTheListOfTheCodesSystem()
    {
        var sets = new ProcedureCodeSets(HcpcsCodeSet.Load(SharedData.HcpcsCsv), new CptCodeList(["99213", "0001F"], "mine"));

        Assert.Equal(ProcedureCodeStatus.Valid, sets.Check("99213"));
        Assert.Equal(ProcedureCodeStatus.Valid, sets.Check("0001F"));
        Assert.Equal(ProcedureCodeStatus.Unknown, sets.Check("99214"));
        Assert.Equal(ProcedureCodeStatus.Valid, sets.Check("G2212"));
        Assert.Equal(ProcedureCodeStatus.Unknown, sets.Check("A0000"));
        Assert.Equal(ProcedureCodeStatus.Malformed, sets.Check("9921"));
        Assert.Equal(ProcedureCodeStatus.Malformed, sets.Check("W1234"));
    }

    [Fact]
    public void Check_WithoutLists_ChecksFormatOnly()
    {
        var sets = new ProcedureCodeSets(null, null);
        Assert.Equal(ProcedureCodeStatus.FormatOnly, sets.Check("99213"));
        Assert.Equal(ProcedureCodeStatus.FormatOnly, sets.Check("0521T"));
        Assert.Equal(ProcedureCodeStatus.FormatOnly, sets.Check("G0439"));
        Assert.Equal(ProcedureCodeStatus.Malformed, sets.Check("abc"));
    }

    [Fact]
    public void CptList_ReadsOneCodePerLine_AndRejectsHcpcs()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# my CPT list", "99213\tsome words", "", "0521T", "1111F,x"]);
            var list = CptCodeList.ReadFile(path);
            Assert.Equal(3, list.Count);
            Assert.True(list.Contains("0521T"));

            File.WriteAllLines(path, ["G0439"]);
            Assert.Throws<InvalidDataException>(() => CptCodeList.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
