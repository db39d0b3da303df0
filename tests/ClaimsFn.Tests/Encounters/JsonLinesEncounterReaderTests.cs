using System.Text;
using ClaimsFn.Core.Encounters;
using Xunit;

namespace ClaimsFn.Tests.Encounters;

public sealed class JsonLinesEncounterReaderTests
{
    private const string Valid = """{"encounterId":"E1","dateOfService":"2026-09-02","payer":{"id":"P"},"subscriber":{"memberId":"M","firstName":"Secret","lastName":"Name"},"billingProvider":{"npi":"1234567893"},"diagnoses":["I10"],"serviceLines":[{"procedure":"99213","units":1,"charge":100,"diagnosisPointers":[1]}],"totalCharge":100}""";

    private static async Task<List<EncounterRecord>> ReadAsync(byte[] bytes)
    {
        var list = new List<EncounterRecord>();
        await foreach (var r in new JsonLinesEncounterReader().ReadAsync(new MemoryStream(bytes), "src")) list.Add(r);
        return list;
    }

    private static Task<List<EncounterRecord>> ReadAsync(string text) => ReadAsync(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Read_ValidLines_WithCrlfAndBlankLines()
    {
        var records = await ReadAsync(Valid + "\r\n\r\n" + Valid.Replace("E1", "E2") + "\r\n");
        Assert.Equal([1L, 3L], records.Select(r => r.RecordNumber));
        Assert.All(records, r => Assert.NotNull(r.Encounter));
        Assert.Equal("src", records[0].Encounter!.Source);
        Assert.Equal(new DateOnly(2026, 9, 2), records[0].Encounter!.DateOfService);
    }

    [Fact]
    public async Task Read_Bom_IsIgnored()
    {
        var records = await ReadAsync([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Valid)]);
        Assert.NotNull(Assert.Single(records).Encounter);
    }

    [Fact]
    public async Task Read_MalformedJson_IsRejectedWithLineNumber_AndReadingGoesOn()
    {
        var records = await ReadAsync("{\"encounterId\": \"E0\", \"subscriber\": {\"lastName\": \"Secret\"\n" + Valid);
        Assert.Equal(2, records.Count);
        Assert.Equal(1, records[0].RecordNumber);
        Assert.StartsWith("Not a valid encounter JSON object", records[0].RejectionReason);
        Assert.DoesNotContain("Secret", records[0].RejectionReason);
        Assert.NotNull(records[1].Encounter);
    }

    [Fact]
    public async Task Read_NonUtf8Line_IsRejectedAlone()
    {
        byte[] bad = [.. Encoding.UTF8.GetBytes("{\"encounterId\":\"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"}\n")];
        var records = await ReadAsync([.. bad, .. Encoding.UTF8.GetBytes(Valid)]);
        Assert.Contains("not valid UTF-8", records[0].RejectionReason);
        Assert.NotNull(records[1].Encounter);
    }

    [Fact]
    public async Task Read_MissingRequiredFields_NamesThem()
    {
        var record = Assert.Single(await ReadAsync("""{"payer":{"id":"P"},"subscriber":{"memberId":"M"},"billingProvider":{"npi":"1"}}"""));
        Assert.Equal("Missing required field(s): encounterId, dateOfService.", record.RejectionReason);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("""{"dateOfService":"2026-13-45"}""")]
    public async Task Read_WrongShapes_AreRejected(string line) => Assert.NotNull(Assert.Single(await ReadAsync(line)).RejectionReason);

    [Fact]
    public async Task Read_EmptyStream_YieldsNothing() => Assert.Empty(await ReadAsync(""));
}
