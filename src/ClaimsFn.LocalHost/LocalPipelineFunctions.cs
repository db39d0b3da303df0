using Azure.Storage.Blobs;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using Microsoft.Azure.WebJobs;

namespace ClaimsFn.LocalHost;

/// <summary>
/// The pipeline's triggers on the WebJobs SDK: the same names, containers, queues and schedule as
/// ClaimsFn.Functions, over the same core handlers. Locally the blob trigger polls the container.
/// </summary>
public sealed class LocalPipelineFunctions(IngestBatchHandler ingest, CodeStage code, ScrubStage scrub, QueueForSubmissionStage submit, ResubmitDenialsHandler resubmit,
    SubmitInterchangesHandler window, IngestPayerResponseHandler responses)
{
    [FunctionName(FunctionNames.IngestEncounterBatch)]
    public Task IngestEncounterBatch([BlobTrigger(StorageNames.Containers.Encounters + "/{name}", Connection = ClaimsStorageClients.ConnectionName)] BlobClient blob, CancellationToken cancellationToken) =>
        ingest.HandleAsync(blob, cancellationToken);

    [FunctionName(FunctionNames.CodeClaim)]
    public Task CodeClaim([QueueTrigger(StorageNames.Queues.Code, Connection = ClaimsStorageClients.ConnectionName)] string message, long dequeueCount, CancellationToken cancellationToken) =>
        code.HandleAsync(message, dequeueCount, cancellationToken);

    [FunctionName(FunctionNames.ScrubClaim)]
    public Task ScrubClaim([QueueTrigger(StorageNames.Queues.Scrub, Connection = ClaimsStorageClients.ConnectionName)] string message, long dequeueCount, CancellationToken cancellationToken) =>
        scrub.HandleAsync(message, dequeueCount, cancellationToken);

    [FunctionName(FunctionNames.SubmitClaim)]
    public Task SubmitClaim([QueueTrigger(StorageNames.Queues.Submit, Connection = ClaimsStorageClients.ConnectionName)] string message, long dequeueCount, CancellationToken cancellationToken) =>
        submit.HandleAsync(message, dequeueCount, cancellationToken);

    [FunctionName(FunctionNames.ResubmitDenials)]
    public Task ResubmitDenials([TimerTrigger(FunctionNames.ResubmitSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        resubmit.HandleAsync(cancellationToken);

    [FunctionName(FunctionNames.SubmitWindow)]
    public Task SubmitWindow([TimerTrigger(FunctionNames.SubmitWindowSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        window.HandleAsync(cancellationToken);

    [FunctionName(FunctionNames.IngestPayerResponse)]
    public Task IngestPayerResponse([BlobTrigger(StorageNames.Containers.PayerInbound + "/{name}", Connection = ClaimsStorageClients.ConnectionName)] BlobClient blob, CancellationToken cancellationToken) =>
        responses.HandleAsync(blob, cancellationToken);
}
