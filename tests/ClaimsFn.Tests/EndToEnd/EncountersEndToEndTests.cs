using System.IO.Compression;
using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Api;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using ClaimsFn.Tests.Encounters;
using ClaimsFn.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace ClaimsFn.Tests.EndToEnd;

/// <summary>
/// Every supported format through the ingest handler on a real Azurite: the Synthea FHIR R4 bundles of the shared
/// data, FHIR Bundle files, the CSV superbill, and bad files, each with counts that add up and located reasons.
/// </summary>
public sealed class EncountersEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private CoreServices core = null!;

    public async Task InitializeAsync() => core = await CoreServices.StartAsync();

    public async Task DisposeAsync() => await core.DisposeAsync();

    private Task<(Batch Batch, IReadOnlyList<BatchRecord> Records)> IngestAsync(string path, string blobName) => IngestAsync(core, path, blobName);

    private static async Task<(Batch Batch, IReadOnlyList<BatchRecord> Records)> IngestAsync(CoreServices core, string path, string blobName)
    {
        var blob = core.Get<ClaimsStorageClients>().Container(StorageNames.Containers.Encounters).GetBlobClient(blobName);
        await blob.UploadAsync(path, overwrite: true);
        var batch = await core.Get<IngestBatchHandler>().HandleAsync(blob);
        var records = await core.Get<BatchStore>().GetRecordsAsync(batch.BatchId);
        var p = batch.Progress;
        Assert.Equal(p.Received, p.NewClaims + p.Duplicates + p.Rejected);
        Assert.Equal(p.Received, records.Count);
        return (batch, records);
    }

    [Theory]
    [InlineData("bdcat-covid-juvenile", 139)]
    [InlineData("fhir-data-pipes-synthea-hiv", 3927)]
    public async Task SyntheaBundles_EveryEncounterBecomesAClaimOrALocatedRejection_AndAgainChangesNothing(string dataSet, int encounters)
    {
        var dir = Directory.CreateTempSubdirectory("synthea-").FullName;
        var path = SyntheaBatches.WriteNdjsonGz(dataSet, dir);
        Assert.Equal(encounters, CountEncounters(dataSet));

        var (batch, records) = await IngestAsync(path, $"synthea/{dataSet}.ndjson.gz");
        Assert.Equal(BatchState.Ingested, batch.State);
        Assert.Equal(encounters, batch.Progress.Received);
        Assert.Equal(0, batch.Progress.Duplicates);
        Assert.All(records, r => Assert.Matches(@"^line \d+, entry \d+$", r.Location));
        var rejected = records.Where(r => r.Outcome == RecordOutcome.Rejected).ToList();
        output.WriteLine($"{dataSet}: {SyntheaBatches.Bundles(dataSet).Count} bundles, {batch.Progress.Received} encounters = {batch.Progress.NewClaims} claims + {batch.Progress.Rejected} rejected");
        foreach (var g in rejected.GroupBy(r => r.Reason)) output.WriteLine($"  {g.Count()} x {g.Key}");
        Assert.All(rejected, r => Assert.Contains("NO_INSURANCE", r.Reason));
        Assert.True(batch.Progress.NewClaims > encounters / 2);
        AssertNoPatientData(dataSet, rejected.Select(r => r.Reason ?? ""));

        // The rejection report is written, with the locations.
        var report = await core.Get<ClaimsStorageClients>().Container(StorageNames.Containers.BatchReports).GetBlobClient(IngestBatchHandler.RejectionReportName(batch.BatchId)).DownloadContentAsync();
        var views = JsonSerializer.Deserialize(report.Value.Content.ToString(), ClaimsJson.Default.ListBatchRejectionView)!;
        Assert.Equal(rejected.Count, views.Count);
        Assert.All(views, v => Assert.NotNull(v.Location));

        // The same bundles uploaded again: nothing new.
        var (again, _) = await IngestAsync(path, $"synthea/{dataSet}-again.ndjson.gz");
        Assert.Equal((encounters, 0L, batch.Progress.NewClaims, batch.Progress.Rejected), (again.Progress.Received, again.Progress.NewClaims, again.Progress.Duplicates, again.Progress.Rejected));
    }

    [Fact]
    public async Task SyntheaBundle_AloneWithoutItsProviderDirectory_RejectsEachEncounterWithTheReason()
    {
        var file = SyntheaBatches.Bundles("fhir-data-pipes-synthea-hiv").First(f => !Path.GetFileName(f).Contains("Information", StringComparison.Ordinal));
        var (batch, records) = await IngestAsync(file, "synthea/one-patient.json.gz");
        Assert.Equal(BatchState.Ingested, batch.State);
        Assert.Equal(0, batch.Progress.NewClaims);
        foreach (var g in records.GroupBy(r => r.Reason)) output.WriteLine($"  {g.Count()} x {g.Key}");
        Assert.All(records, r => Assert.Matches(@"^entry \d+$", r.Location));
        Assert.All(records, r => Assert.Contains("billing provider (Claim.provider) is not in the file", r.Reason));
    }

    [Fact]
    public async Task FhirBundle_UploadedTwice_SecondTimeIsADuplicate()
    {
        var first = await IngestAsync(EncounterBatchReaderTests.Corpus("fhir-good.json"), "clinic-f/visit.json");
        Assert.Equal((1L, 1L), (first.Batch.Progress.Received, first.Batch.Progress.NewClaims));
        var second = await IngestAsync(EncounterBatchReaderTests.Corpus("fhir-bom.json"), "clinic-f/visit-again.json");
        Assert.Equal((1L, 0L, 1L), (second.Batch.Progress.Received, second.Batch.Progress.NewClaims, second.Batch.Progress.Duplicates));
        Assert.Contains("nothing was changed", Assert.Single(second.Records).Reason);
    }

    [Fact]
    public async Task CsvBatch_RaggedRow_IsALocatedRejection_InStatusAndReport()
    {
        var (batch, records) = await IngestAsync(EncounterBatchReaderTests.Corpus("csv-ragged-row.csv"), "clinic-c/day.csv");
        Assert.Equal((3L, 2L, 1L), (batch.Progress.Received, batch.Progress.NewClaims, batch.Progress.Rejected));
        var rejection = records.Single(r => r.Outcome == RecordOutcome.Rejected);
        Assert.Equal(("row 3", 3L), (rejection.Location, rejection.RecordNumber));
        var status = await core.Get<StatusQueries>().GetBatchAsync(batch.BatchId);
        var view = JsonSerializer.Deserialize(status.Json, ClaimsJson.Default.BatchStatusView)!;
        Assert.True(view.CountsAddUp);
        Assert.Equal("row 3", Assert.Single(view.Rejections).Location);
    }

    [Theory]
    [InlineData("fhir-not-a-bundle.json", "a FHIR Patient, not a Bundle")]
    [InlineData("fhir-malformed.json", "not a readable FHIR Bundle")]
    [InlineData("csv-missing-header.csv", "header row is missing")]
    [InlineData("csv-empty.csv", "The file is empty.")]
    [InlineData("unknown-format.txt", "format is not recognized")]
    [InlineData("jsonl-damaged.jsonl.gz", "not valid gzip data")]
    [InlineData("jsonl-named-gz-but-plain.jsonl.gz", "not gzip-compressed")]
    public async Task BadFile_EndsTheBatchRejected_WithTheReason(string file, string reason)
    {
        var (batch, records) = await IngestAsync(EncounterBatchReaderTests.Corpus(file), $"clinic-x/{file}");
        Assert.Equal(BatchState.Rejected, batch.State);
        Assert.Contains(reason, batch.Reason);
        Assert.Empty(records);
    }

    [Fact]
    public async Task OverTheSizeLimits_TheBatchIsRejected()
    {
        await using var limited = await CoreServices.StartAsync(settings: new()
        {
            ["ClaimsFn:MaxBatchBytes"] = "200000",
            ["ClaimsFn:MaxDecompressedBytes"] = "50000000",
        });
        var big = Path.Combine(Directory.CreateTempSubdirectory().FullName, "big.jsonl");
        await File.WriteAllTextAsync(big, new string(' ', 200_001));
        var (tooBig, _) = await IngestAsync(limited, big, "clinic-x/big.jsonl");
        Assert.Equal(BatchState.Rejected, tooBig.State);
        Assert.Contains("ClaimsFn__MaxBatchBytes", tooBig.Reason);

        // 60 MB of blank lines compress to a few KB: over MaxDecompressedBytes (50 MB), rejected before any record.
        var bomb = Path.Combine(Directory.CreateTempSubdirectory().FullName, "bomb.jsonl.gz");
        await using (var gz = new GZipStream(File.Create(bomb), CompressionLevel.SmallestSize))
        {
            var blank = new byte[1024 * 1024];
            Array.Fill(blank, (byte)'\n');
            for (var i = 0; i < 60; i++) await gz.WriteAsync(blank);
        }
        var (bombed, records) = await IngestAsync(limited, bomb, "clinic-x/bomb.jsonl.gz");
        Assert.Equal(BatchState.Rejected, bombed.State);
        Assert.Contains("ClaimsFn__MaxDecompressedBytes", bombed.Reason);
        Assert.Empty(records);
    }

    private static int CountEncounters(string dataSet)
    {
        var count = 0;
        foreach (var file in SyntheaBatches.Bundles(dataSet))
        {
            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var doc = JsonDocument.Parse(gz);
            count += doc.RootElement.GetProperty("entry").EnumerateArray().Count(e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "Encounter");
        }
        return count;
    }

    /// <summary>No rejection reason may carry a name or birth date of the data set's patients.</summary>
    private static void AssertNoPatientData(string dataSet, IEnumerable<string> reasons)
    {
        var phi = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SyntheaBatches.Bundles(dataSet))
        {
            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var doc = JsonDocument.Parse(gz);
            foreach (var e in doc.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).Where(r => r.GetProperty("resourceType").GetString() == "Patient"))
            {
                phi.Add(e.GetProperty("birthDate").GetString()!);
                foreach (var n in e.GetProperty("name").EnumerateArray()) phi.Add(n.GetProperty("family").GetString()!);
            }
        }
        var all = reasons.ToList();
        foreach (var value in phi) Assert.DoesNotContain(all, r => r.Contains(value, StringComparison.Ordinal));
    }
}
