using ClaimsFn.Core.Api;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Denials;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Storage;
using ClaimsFn.Core.Submission;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimsFn.Core;

/// <summary>Registers the core once for both hosts, so they cannot drift apart.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddClaimsFnCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClaimsFnOptions>().Bind(configuration.GetSection(ClaimsFnOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ClaimsStorageClients.FromConfiguration(configuration));
        services.AddSingleton(sp => new ClaimStore(sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.Claims), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new BatchStore(sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.Batches), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ClaimQueues>();
        // Code sets load once per process, on first use.
        services.AddSingleton(sp => CodeSetCatalog.Load(sp.GetRequiredService<IOptions<ClaimsFnOptions>>().Value.CodeSetsPath));
        services.AddSingleton<ClaimCoder>();
        services.AddSingleton(sp => new ClaimScrubber(sp.GetRequiredService<CodeSetCatalog>()));
        services.AddSingleton<JsonLinesEncounterReader>();
        services.AddSingleton<ISubmissionConnector>(sp => new BlobDropConnector(sp.GetRequiredService<ClaimsStorageClients>().Container(StorageNames.Containers.X12Outbound)));
        services.AddSingleton(sp => SubmissionResilience.Create(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IngestBatchHandler>();
        services.AddSingleton<CodeStage>();
        services.AddSingleton<ScrubStage>();
        services.AddSingleton<SubmitStage>();
        services.AddSingleton<ResubmitDenialsHandler>();
        services.AddSingleton(DenialCatalog.Default);
        services.AddSingleton<DenialClassifier>();
        services.AddSingleton(sp => new RemittanceStore(
            sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.Remittances),
            sp.GetRequiredService<ClaimsStorageClients>().Table(StorageNames.Tables.RemittanceExceptions)));
        services.AddSingleton<PostRemittanceHandler>();
        services.AddSingleton(sp => new TimelyFiling(sp.GetRequiredService<IOptions<ClaimsFnOptions>>().Value.TimelyFilingDays, sp.GetRequiredService<IOptions<ClaimsFnOptions>>().Value.TimelyFilingDaysByPayer));
        services.AddSingleton<CorrectClaimHandler>();
        // The HTTP API reads through clients of its own, so the pipeline's transaction count (the cost per claim) excludes status polling.
        services.AddSingleton(sp =>
        {
            var api = ClaimsStorageClients.FromConfiguration(configuration);
            var time = sp.GetRequiredService<TimeProvider>();
            return new ApiStores(new ClaimStore(api.Table(StorageNames.Tables.Claims), time), new BatchStore(api.Table(StorageNames.Tables.Batches), time),
                new RemittanceStore(api.Table(StorageNames.Tables.Remittances), api.Table(StorageNames.Tables.RemittanceExceptions)));
        });
        services.AddSingleton(sp => new StatusQueries(sp.GetRequiredService<ApiStores>().Claims, sp.GetRequiredService<ApiStores>().Batches, sp.GetRequiredService<DenialCatalog>()));
        services.AddSingleton<DenialQueries>();
        services.AddSingleton<RemittanceQueries>();
        services.AddSingleton<CorrectionCommands>();
        return services;
    }
}
