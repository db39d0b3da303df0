using ClaimsFn.Core.Api;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Text;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Encounters.Fhir;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Remittances;
using ClaimsFn.Core.Responses;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.History;
using ClaimsFn.Core.Scrubbing.PayerRules;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.Submission;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core;

/// <summary>Registers the core once for both hosts, so they cannot drift apart.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddClaimsFnCore(this IServiceCollection services, IConfiguration configuration)
    {
        if (RemovedSettings.FoundIn(configuration) is { Count: > 0 } removed)
            throw new InvalidOperationException("Settings no longer read (payer rules replaced them; docs/payer-rules.md): " + string.Join("; ", removed) + ". Move their values into the payer rules and remove the settings.");
        services.AddOptions<ClaimsFnOptions>().Bind(configuration.GetSection(ClaimsFnOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ClaimsStorageClients.FromConfiguration(configuration));
        services.AddSingleton(sp => new ClaimIndexStore(sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.ClaimIndex)));
        services.AddSingleton(sp => new ClaimStore(sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.Claims), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ClaimIndexStore>()));
        services.AddSingleton(sp => new BatchStore(sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.Batches), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ClaimQueues>();
        // Code sets load once per process, on first use.
        services.AddSingleton(sp => CodeSetCatalog.Load(sp.GetRequiredService<IOptions<ClaimsFnOptions>>().Value.CodeSetsPath));
        // The index is read once; each year's text coder is built on its first text diagnosis.
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<ClaimsFnOptions>>().Value;
            return DiagnosisTextCoders.Load(sp.GetRequiredService<CodeSetCatalog>(), o.IcdIndexPath, o.AutoCodeThreshold);
        });
        services.AddSingleton(sp => new ClaimCoder(sp.GetRequiredService<CodeSetCatalog>(), sp.GetRequiredService<DiagnosisTextCoders>()));
        // The HCPCS and CPT lists the scrubber loaded: one reader, one copy in memory.
        services.AddSingleton(sp => sp.GetRequiredService<ScrubReferenceData>().Procedures);
        // Scrub reference data loads once per process, on first use, through the one factory the dry run and the bench use too;
        // payer rules re-read their file when it changes.
        services.AddSingleton(sp => new ClaimScrubberFactory(sp.GetRequiredService<IOptions<ClaimsFnOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>(), sp.GetRequiredService<CodeSetCatalog>(),
            // A blob: PayerRulesPath is read from the app's storage account (the one payer configuration source in Azure).
            BlobPayerRuleSource.TryParseReference(sp.GetRequiredService<IOptions<ClaimsFnOptions>>().Value.PayerRulesPath, out _, out _) ? sp.GetRequiredService<ClaimsStorageClients>().Blobs : null));
        services.AddSingleton(sp => sp.GetRequiredService<ClaimScrubberFactory>().ReferenceData);
        services.AddSingleton(sp => sp.GetRequiredService<ClaimScrubberFactory>().PayerRules);
        // Durable and shared by every instance: the duplicate-claim edit must see claims other instances sent.
        services.TryAddSingleton<ISubmittedClaimIndex>(sp => new TableSubmittedClaimIndex(sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.ClaimFingerprints)));
        services.AddSingleton(sp => sp.GetRequiredService<ClaimScrubberFactory>().Create(sp.GetRequiredService<ISubmittedClaimIndex>()));
        services.AddSingleton<JsonLinesEncounterReader>();
        services.AddSingleton<CsvEncounterReader>();
        services.AddSingleton<FhirEncounterReader>();
        services.AddSingleton<EncounterBatchReader>();
        services.AddOptions<X12Options>().Bind(configuration.GetSection(X12Options.SectionName)).ValidateDataAnnotations()
            .Validate(o => TryDelimiters(o), "ClaimsFn:X12:Separators must be four different characters that are not letters, digits or spaces.").ValidateOnStart();
        services.AddOptions<ClearinghouseOptions>().Bind(configuration.GetSection(ClearinghouseOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new Claim837PWriter(sp.GetRequiredService<IOptions<X12Options>>().Value, sp.GetRequiredService<IPayerRuleSource>()));
        services.AddSingleton(sp => new OutboxStore(sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.Outbox)));
        services.AddSingleton(sp => new InterchangeStore(sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.Interchanges)));
        services.AddSingleton(sp => new InterchangeArchive(sp.GetRequiredService<ClaimsStorageClients>().Container(StorageNames.Containers.X12Submissions)));
        services.AddSingleton(sp => new ControlNumberCounters(sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.ControlNumbers)));
        services.AddSingleton<ControlNumberAllocator>();
        services.AddSingleton<ISubmissionConnector>(sp => sp.GetRequiredService<IOptions<ClaimsFnOptions>>().Value.SubmissionConnector switch
        {
            HttpClearinghouseConnector.ConnectorName => new HttpClearinghouseConnector(
                // One client for the process; the Polly timeout cancels attempts, so the client's own is off.
                new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan },
                sp.GetRequiredService<IOptions<ClearinghouseOptions>>(), sp.GetRequiredService<TimeProvider>()),
            _ => new BlobDropConnector(sp.GetRequiredService<ClaimsStorageClients>().Container(StorageNames.Containers.X12Outbound)),
        });
        services.AddSingleton(sp => SubmissionResilience.Create(sp.GetRequiredService<IOptions<ClearinghouseOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IngestBatchHandler>();
        services.AddSingleton<CodeStage>();
        services.AddSingleton<ScrubStage>();
        services.AddSingleton<QueueForSubmissionStage>();
        services.AddSingleton<ResubmitDenialsHandler>();
        services.AddSingleton<SubmitInterchangesHandler>();
        services.AddSingleton<ClaimAcknowledgments>();
        // Payer response kinds: one handler each; the 835 reader registers here too.
        services.AddSingleton<IPayerResponseHandler, Ack999ResponseHandler>();
        services.AddSingleton<IPayerResponseHandler, Ack277CAResponseHandler>();
        services.AddSingleton<IPayerResponseHandler, Remittance835ResponseHandler>();
        services.AddSingleton<PayerResponseDispatcher>();
        services.AddSingleton<IngestPayerResponseHandler>();
        services.AddSingleton(DenialCatalog.Default);
        services.AddSingleton<DenialClassifier>();
        services.AddSingleton(sp => new RemittanceStore(
            sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.Remittances),
            sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.RemittanceExceptions)));
        services.AddSingleton<PostRemittanceHandler>();
        services.AddSingleton<TimelyFiling>();
        services.AddSingleton<CorrectClaimHandler>();
        // The HTTP API reads through clients of its own, so the pipeline's transaction count (the cost per claim) excludes status polling.
        services.AddSingleton(sp =>
        {
            var api = ClaimsStorageClients.FromConfiguration(configuration);
            var time = sp.GetRequiredService<TimeProvider>();
            var claimIndex = new ClaimIndexStore(api.Table(StorageNames.Tables.ClaimIndex));
            return new ApiStores(new ClaimStore(api.Table(StorageNames.Tables.Claims), time, claimIndex), new BatchStore(api.Table(StorageNames.Tables.Batches), time),
                new RemittanceStore(api.Table(StorageNames.Tables.Remittances), api.Table(StorageNames.Tables.RemittanceExceptions)), claimIndex);
        });
        services.AddSingleton<StatusQueries>();
        services.AddSingleton<ClaimListQueries>();
        services.AddSingleton<KpiQueries>();
        services.AddSingleton<DashboardAssets>();
        services.AddSingleton<DenialQueries>();
        services.AddSingleton<RemittanceQueries>();
        services.AddSingleton<CorrectionCommands>();
        return services;
    }

    private static bool TryDelimiters(X12Options options)
    {
        try
        {
            options.GetDelimiters();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
