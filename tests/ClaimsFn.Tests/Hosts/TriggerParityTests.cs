using System.Reflection;
using System.Text.Json;
using ClaimsFn.Core;
using ClaimsFn.Core.Pipeline;
using ClaimsFn.Functions;
using ClaimsFn.LocalHost;
using ClaimsFn.Tests.Support;
using Xunit;
using Fn = Microsoft.Azure.Functions.Worker;
using Wj = Microsoft.Azure.WebJobs;

namespace ClaimsFn.Tests.Hosts;

/// <summary>
/// ClaimsFn.Functions (Azure) and ClaimsFn.LocalHost (WebJobs) must declare the same triggers: names,
/// containers, queues, schedule and routes. Read from the attributes each host actually runs on.
/// </summary>
public sealed class TriggerParityTests
{
    [Fact]
    public void BothHosts_DeclareTheSameTriggers()
    {
        var azure = FunctionsTriggers();
        var local = LocalTriggers();
        Assert.Equal(azure.Order(), local.Order());
        Assert.Equal(20, azure.Count);
        Assert.Contains("SubmitWindow timer %SubmitWindowSchedule%", azure);
        Assert.Contains("IngestPayerResponse blob payer-inbound/{name}", azure);
        Assert.Contains("IngestEncounterBatch blob encounters/{name}", azure);
        Assert.Contains("ResubmitDenials timer %ResubmitSchedule%", azure);
        Assert.Contains("GetClaim http GET claims/{claimId}", azure);
        Assert.Contains("CorrectClaim http POST claims/{claimId}/corrections", azure);
        Assert.Contains("ListDenials http GET denials", azure);
        Assert.Contains("GetDenialSummary http GET denials/summary", azure);
        Assert.Contains("GetRemittance http GET remittances/{remittanceId}", azure);
        Assert.Contains("ListRemittanceExceptions http GET remittance-exceptions", azure);
    }

    [Fact]
    public void AzureBlobTrigger_UsesEventGrid_AsFlexConsumptionRequires()
    {
        var blobs = typeof(PipelineFunctions).GetMethods().SelectMany(m => m.GetParameters()).Select(p => p.GetCustomAttribute<Fn.BlobTriggerAttribute>()).Where(a => a is not null).ToList();
        Assert.Equal(2, blobs.Count);
        Assert.All(blobs, b => Assert.Equal(Fn.BlobTriggerSource.EventGrid, b!.Source));
    }

    [Fact]
    public void AzureHttpFunctions_RequireAFunctionKey()
    {
        // The dashboard's static files are the exception (ApiRouteParityTests): the page asks for the key itself.
        var levels = typeof(PipelineFunctions).Assembly.GetTypes().SelectMany(t => t.GetMethods()).Where(m => m.GetCustomAttribute<Fn.FunctionAttribute>()?.Name is not (FunctionNames.GetDashboard or FunctionNames.GetDashboardAsset))
            .SelectMany(m => m.GetParameters()).Select(p => p.GetCustomAttribute<Fn.HttpTriggerAttribute>()).Where(a => a is not null).Select(a => a!.AuthLevel).ToList();
        Assert.NotEmpty(levels);
        Assert.All(levels, l => Assert.Equal(Fn.AuthorizationLevel.Function, l));
    }

    [Fact]
    public void MaxDequeueCount_IsTheSameForTheQueueTriggerAndTheCore()
    {
        using var hostJson = JsonDocument.Parse(File.ReadAllText(RepoPaths.File("src", "ClaimsFn.Functions", "host.json")));
        var hostValue = hostJson.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();
        using var settings = JsonDocument.Parse(File.ReadAllText(RepoPaths.File("local.settings.sample.json")));
        var settingValue = int.Parse(settings.RootElement.GetProperty("Values").GetProperty("ClaimsFn__MaxDequeueCount").GetString()!);
        Assert.Equal(hostValue, settingValue);
        Assert.Equal(hostValue, new ClaimsFnOptions().MaxDequeueCount);
    }

    [Fact]
    public void FunctionsMetadata_ListsBlobQueueTimerAndHttpFunctions()
    {
        var metadata = Path.Combine(Path.GetDirectoryName(typeof(PipelineFunctions).Assembly.Location)!, "functions.metadata");
        Assert.True(File.Exists(metadata), "dotnet build of ClaimsFn.Functions produces functions.metadata");
        using var doc = JsonDocument.Parse(File.ReadAllText(metadata));
        var triggerTypes = doc.RootElement.EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Select(b => b.GetProperty("type").GetString())
            .Where(t => t!.EndsWith("Trigger", StringComparison.Ordinal))
            .ToHashSet();
        Assert.Superset(new HashSet<string?> { "blobTrigger", "queueTrigger", "timerTrigger", "httpTrigger" }, triggerTypes);
    }

    [Fact]
    public void EventGridSubscriptions_PointAtBlobTriggersThatExist()
    {
        var bicep = File.ReadAllText(RepoPaths.File("infra", "app", "eventgrid-subscriptions.bicep"));
        var names = System.Text.RegularExpressions.Regex.Matches(bicep, @"functionName: '(\w+)'\s+containerName: '([\w-]+)'")
            .Select(m => $"{m.Groups[1].Value} blob {m.Groups[2].Value}/{{name}}").ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains(n, FunctionsTriggers()));
        // And the other way round: every Event Grid-sourced blob trigger has its subscription.
        Assert.All(FunctionsTriggers().Where(t => t.Contains(" blob ", StringComparison.Ordinal)), t => Assert.Contains(t, names));
    }

    private static List<string> FunctionsTriggers()
    {
        var result = new List<string>();
        // Every function class of the Azure app, so a new one cannot escape the comparison.
        foreach (var method in typeof(PipelineFunctions).Assembly.GetTypes().Where(t => t.IsPublic).SelectMany(t => t.GetMethods()))
        {
            if (method.GetCustomAttribute<Fn.FunctionAttribute>() is not { } function) continue;
            foreach (var p in method.GetParameters())
            {
                if (p.GetCustomAttribute<Fn.BlobTriggerAttribute>() is { } blob) result.Add($"{function.Name} blob {blob.BlobPath}");
                if (p.GetCustomAttribute<Fn.QueueTriggerAttribute>() is { } queue) result.Add($"{function.Name} queue {queue.QueueName}");
                if (p.GetCustomAttribute<Fn.TimerTriggerAttribute>() is { } timer) result.Add($"{function.Name} timer {timer.Schedule}");
                if (p.GetCustomAttribute<Fn.HttpTriggerAttribute>() is { } http)
                    foreach (var verb in http.Methods ?? []) result.Add($"{function.Name} http {verb.ToUpperInvariant()} {http.Route}");
            }
        }
        return result;
    }

    private static List<string> LocalTriggers()
    {
        var result = new List<string>();
        foreach (var method in typeof(LocalPipelineFunctions).GetMethods())
        {
            if (method.GetCustomAttribute<Wj.FunctionNameAttribute>() is not { } function) continue;
            foreach (var p in method.GetParameters())
            {
                if (p.GetCustomAttribute<Wj.BlobTriggerAttribute>() is { } blob) result.Add($"{function.Name} blob {blob.BlobPath}");
                if (p.GetCustomAttribute<Wj.QueueTriggerAttribute>() is { } queue) result.Add($"{function.Name} queue {queue.QueueName}");
                if (p.GetCustomAttribute<Wj.TimerTriggerAttribute>() is { } timer) result.Add($"{function.Name} timer {timer.ScheduleExpression}");
            }
        }
        foreach (var method in typeof(LocalHttpFunctions).GetMethods())
            if (method.GetCustomAttribute<LocalHttpFunctionAttribute>() is { } http) result.Add($"{http.Name} http {http.Method} {http.Route}");
        // Every local function class the WebJobs indexer sees is the one checked here.
        Assert.Equal([typeof(LocalPipelineFunctions)], new LocalTypeLocator().GetTypes());
        return result;
    }
}
