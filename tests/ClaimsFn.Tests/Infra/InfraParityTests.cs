using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimsFn.Core.Storage;
using Xunit;

namespace ClaimsFn.Tests.Infra;

/// <summary>
/// Keeps infra/ (Bicep) in step with the code: every app setting the code reads (the "Values" of
/// local.settings.sample.json) is set on the function app, and every container, queue (with its poison
/// queue) and table of <see cref="StorageNames"/> is created.
/// <para>Conventions the Bicep follows so that plain text matching is enough:</para>
/// <list type="bullet">
/// <item>App settings are written in the array form <c>{ name: 'KEY', value: ... }</c>, so a setting
/// counts as set when <c>name: 'KEY'</c> appears in a .bicep file under infra/ (comments are ignored).</item>
/// <item>infra/app/storage.bicep lists the names in <c>var containerNames = [...]</c>,
/// <c>var queueNames = [...]</c> (poison queues spelled out) and <c>var tableNames = [...]</c>, each
/// consumed by a resource loop <c>for x in &lt;list&gt;:</c>. The lists must equal the code's names.</item>
/// </list>
/// </summary>
public sealed class InfraParityTests
{
    /// <summary>On Flex Consumption the worker runtime is set in functionAppConfig, not as an app setting.</summary>
    private const string WorkerRuntimeSetting = "FUNCTIONS_WORKER_RUNTIME";

    /// <summary>Replaced in Azure by identity-based settings: there is no connection string.</summary>
    private const string StorageConnectionSetting = "AzureWebJobsStorage";

    private static readonly string[] IdentityStorageSettings =
    [
        "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri",
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
    ];

    private static readonly Lazy<string> RepoRoot = new(FindRepoRoot);
    private static readonly Lazy<string> AllBicep = new(ReadAllBicepWithoutComments);
    private static readonly Lazy<string> StorageBicep = new(() =>
        StripComments(File.ReadAllText(Path.Combine(RepoRoot.Value, "infra", "app", "storage.bicep"))));

    [Fact]
    public void Every_local_setting_is_an_app_setting_in_the_bicep()
    {
        var keys = ReadLocalSettingKeys();
        Assert.Contains(WorkerRuntimeSetting, keys);
        Assert.Contains(StorageConnectionSetting, keys);

        var missing = keys
            .Where(k => k != WorkerRuntimeSetting && k != StorageConnectionSetting)
            .Where(k => !IsAppSetting(k))
            .ToList();

        Assert.True(missing.Count == 0,
            $"local.settings.sample.json sets {string.Join(", ", missing)} but no infra/**/*.bicep has `name: '<key>'` for it.");
    }

    [Fact]
    public void Storage_connection_is_identity_based()
    {
        var missing = IdentityStorageSettings.Where(k => !IsAppSetting(k)).ToList();
        Assert.True(missing.Count == 0, $"Identity-based storage settings missing from infra/: {string.Join(", ", missing)}.");

        Assert.False(IsAppSetting(StorageConnectionSetting),
            $"infra/ sets {StorageConnectionSetting} itself: use the {StorageConnectionSetting}__* identity settings, not a connection string.");
        Assert.Matches(new Regex(@"name:\s*'AzureWebJobsStorage__credential'\s*value:\s*'managedidentity'"), AllBicep.Value);
    }

    [Fact]
    public void Worker_runtime_is_set_in_functionAppConfig_not_as_an_app_setting()
    {
        var runtime = ReadLocalSettings()[WorkerRuntimeSetting];
        Assert.False(IsAppSetting(WorkerRuntimeSetting),
            $"{WorkerRuntimeSetting} is not allowed as an app setting on Flex Consumption; it belongs in functionAppConfig.runtime.");
        Assert.Matches(new Regex(@"runtime:\s*\{\s*name:\s*'" + Regex.Escape(runtime) + "'"), AllBicep.Value);
    }

    [Fact]
    public void Every_container_is_created()
    {
        AssertBicepListEquals("containerNames", StorageNames.Containers.All);
    }

    [Fact]
    public void Every_queue_and_its_poison_queue_is_created()
    {
        var expected = StorageNames.Queues.All
            .SelectMany(q => new[] { q, q + StorageNames.Queues.PoisonSuffix })
            .ToList();
        AssertBicepListEquals("queueNames", expected);
    }

    [Fact]
    public void Every_table_is_created()
    {
        AssertBicepListEquals("tableNames", StorageNames.Tables.All);
    }

    private static bool IsAppSetting(string key) =>
        Regex.IsMatch(AllBicep.Value, @"\bname:\s*'" + Regex.Escape(key) + "'");

    /// <summary>The quoted names of <c>var {variable} = [ ... ]</c> in storage.bicep, which must feed a resource loop.</summary>
    private static void AssertBicepListEquals(string variable, IEnumerable<string> expected)
    {
        var bicep = StorageBicep.Value;
        var list = Regex.Match(bicep, @"\bvar\s+" + Regex.Escape(variable) + @"\s*=\s*\[(?<items>[^\]]*)\]");
        Assert.True(list.Success, $"infra/app/storage.bicep has no `var {variable} = [ ... ]`.");
        Assert.True(Regex.IsMatch(bicep, @"\bfor\s+\w+\s+in\s+" + Regex.Escape(variable) + @"\s*:"),
            $"infra/app/storage.bicep declares {variable} but no resource loop `for x in {variable}:` creates them.");

        var actual = Regex.Matches(list.Groups["items"].Value, "'(?<name>[^']*)'")
            .Select(m => m.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);
        var wanted = expected.ToHashSet(StringComparer.Ordinal);

        var missing = wanted.Except(actual).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var extra = actual.Except(wanted).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"infra/app/storage.bicep {variable} lacks: {string.Join(", ", missing)}.");
        Assert.True(extra.Count == 0, $"infra/app/storage.bicep {variable} has names StorageNames does not: {string.Join(", ", extra)}.");
    }

    private static List<string> ReadLocalSettingKeys() => ReadLocalSettings().Keys.ToList();

    private static Dictionary<string, string> ReadLocalSettings()
    {
        var path = Path.Combine(RepoRoot.Value, "local.settings.sample.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        Assert.True(document.RootElement.TryGetProperty("Values", out var values) && values.ValueKind == JsonValueKind.Object,
            "local.settings.sample.json has no \"Values\" object.");

        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in values.EnumerateObject())
            settings[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() ?? "" : property.Value.GetRawText();
        Assert.NotEmpty(settings);
        return settings;
    }

    private static string ReadAllBicepWithoutComments()
    {
        var infra = Path.Combine(RepoRoot.Value, "infra");
        var files = Directory.GetFiles(infra, "*.bicep", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Array.Sort(files, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var file in files) text.AppendLine(StripComments(File.ReadAllText(file)));
        return text.ToString();
    }

    /// <summary>Removes <c>// ...</c> and <c>/* ... */</c> comments outside single-quoted Bicep strings
    /// (so 'https://...' survives), so a commented-out setting or name does not count.</summary>
    private static string StripComments(string bicep)
    {
        var result = new StringBuilder(bicep.Length);
        var inString = false;
        for (var i = 0; i < bicep.Length; i++)
        {
            var c = bicep[i];
            var next = i + 1 < bicep.Length ? bicep[i + 1] : '\0';
            if (inString)
            {
                result.Append(c);
                if (c == '\\' && next != '\0')
                {
                    result.Append(next);
                    i++;
                }
                else if (c == '\'')
                {
                    inString = false;
                }
            }
            else if (c == '\'')
            {
                inString = true;
                result.Append(c);
            }
            else if (c == '/' && next == '/')
            {
                while (i < bicep.Length && bicep[i] != '\n') i++;
                result.Append('\n');
            }
            else if (c == '/' && next == '*')
            {
                var end = bicep.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? bicep.Length : end + 1;
                result.Append(' ');
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimsFn.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains ClaimsFn.sln.");
    }
}
