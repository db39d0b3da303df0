using System.IO.Compression;
using System.Text;
using ClaimsFn.Tests.Encounters;
using Xunit;

namespace ClaimsFn.Tests.Faults;

/// <summary>Two defects the hostile corpus found, pinned at the reader: a cut-off gzip read as if whole, and NUL bytes in a CSV value.</summary>
public sealed class HostileReaderTests
{
    [Fact]
    public async Task TruncatedGzip_IsRejectedWhole_ButAWholeOneIsRead()
    {
        var lines = string.Concat(Enumerable.Range(0, 300).Select(i => $"{{\"encounterId\":\"T-{i}\",\"padding\":\"{Guid.NewGuid()}\"}}\n"));
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(Encoding.UTF8.GetBytes(lines));
        var whole = output.ToArray();

        var cut = Assert.Single(await EncounterBatchReaderTests.ReadAsync(new MemoryStream(whole[..(whole.Length / 2)]), "t.jsonl.gz"));
        Assert.True(cut.RejectsFile);
        Assert.Contains("not complete gzip data", cut.RejectionReason);

        var read = await EncounterBatchReaderTests.ReadAsync(new MemoryStream(whole), "t.jsonl.gz");
        Assert.Equal(300, read.Count);
        Assert.DoesNotContain(read, r => r.RejectsFile);
    }

    [Fact]
    public async Task NulBytesInACsvValue_RejectTheEncounter_NamingRowAndColumn()
    {
        const string csv = "encounter_id,date_of_service,place_of_service,payer_id,payer_name,member_id,subscriber_first_name,subscriber_last_name,subscriber_dob,billing_npi,billing_tax_id,billing_name,diagnosis_1,diagnosis_2,procedure,modifiers,units,charge,diagnosis_pointers\r\n" +
            "Z-1,2026-09-02,11,MCR\0\0,Medicare,M1,Pat,Doe,1950-01-01,1234567893,741234567,Clinic,E11.9,I10,99214,,1,165.00,1\r\n";
        var record = Assert.Single(await EncounterBatchReaderTests.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "z.csv"));
        Assert.Null(record.Encounter);
        Assert.Contains("row 2, column payer_id: contains a control character", record.RejectionReason);
    }
}
