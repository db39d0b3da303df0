using Azure.Storage.Blobs;
using Azure.Storage.Queues.Models;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Storage;
using Microsoft.Azure.Functions.Worker;

namespace ClaimsFn.Functions;

/// <summary>
/// The pipeline's triggers in Azure. Each function is a one-line adapter over a core handler; the
/// local WebJobs host declares the same triggers (a test keeps them identical). On Flex Consumption
/// the blob trigger must use the Event Grid source.
/// </summary>
public sealed class PipelineFunctions(IngestBatchHandler ingest, CodeStage code, ScrubStage scrub, QueueForSubmissionStage submit, ResubmitDenialsHandler resubmit,
    SubmitInterchangesHandler window, IngestPayerResponseHandler responses)
{
    [Function(FunctionNames.IngestEncounterBatch)]
    public Task IngestEncounterBatch(
        [BlobTrigger(StorageNames.Containers.Encounters + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = ClaimsStorageClients.ConnectionName)] BlobClient blob,
        CancellationToken cancellationToken) => ingest.HandleAsync(blob, cancellationToken);

    [Function(FunctionNames.CodeClaim)]
    public Task CodeClaim([QueueTrigger(StorageNames.Queues.Code, Connection = ClaimsStorageClients.ConnectionName)] QueueMessage message, CancellationToken cancellationToken) =>
        code.HandleAsync(message.MessageText, message.DequeueCount, cancellationToken);

    [Function(FunctionNames.ScrubClaim)]
    public Task ScrubClaim([QueueTrigger(StorageNames.Queues.Scrub, Connection = ClaimsStorageClients.ConnectionName)] QueueMessage message, CancellationToken cancellationToken) =>
        scrub.HandleAsync(message.MessageText, message.DequeueCount, cancellationToken);

    [Function(FunctionNames.SubmitClaim)]
    public Task SubmitClaim([QueueTrigger(StorageNames.Queues.Submit, Connection = ClaimsStorageClients.ConnectionName)] QueueMessage message, CancellationToken cancellationToken) =>
        submit.HandleAsync(message.MessageText, message.DequeueCount, cancellationToken);

    [Function(FunctionNames.ResubmitDenials)]
    public Task ResubmitDenials([TimerTrigger(FunctionNames.ResubmitSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        resubmit.HandleAsync(cancellationToken);

    [Function(FunctionNames.SubmitWindow)]
    public Task SubmitWindow([TimerTrigger(FunctionNames.SubmitWindowSchedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        window.HandleAsync(cancellationToken);

    [Function(FunctionNames.IngestPayerResponse)]
    public Task IngestPayerResponse(
        [BlobTrigger(StorageNames.Containers.PayerInbound + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = ClaimsStorageClients.ConnectionName)] BlobClient blob,
        CancellationToken cancellationToken) => responses.HandleAsync(blob, cancellationToken);
}
