using System.Globalization;
using System.Text;

namespace ClaimsFn.Tests.Faults;

/// <summary>
/// What the fault suite does and when, drawn from one seed so that a failing run can be replayed:
/// <c>CLAIMSFN_FAULTS=long</c> selects the long form (2,000 claims, 20 kills of hosts that run every trigger), otherwise the
/// short form runs (CI: 600 claims, 3 kills); <c>CLAIMSFN_FAULT_SEED=N</c> replays a schedule. The plan is printed before the run.
/// </summary>
public sealed record FaultPlan(
    bool Long,
    int Seed,
    int Claims,
    IReadOnlyList<double> KillAfterSeconds,
    IReadOnlyList<int> KillTargets,
    int AzuriteRestartAfterKill,
    int SecondHostFromKill,
    int SecondHostUntilKill,
    double ClearinghouseFailureRate,
    TimeSpan SettleTimeout)
{
    public static FaultPlan FromEnvironment()
    {
        var isLong = string.Equals(Environment.GetEnvironmentVariable("CLAIMSFN_FAULTS"), "long", StringComparison.OrdinalIgnoreCase);
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CLAIMSFN_FAULT_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : Random.Shared.Next(1, 1_000_000);
        return Create(isLong, seed);
    }

    public static FaultPlan Create(bool isLong, int seed)
    {
        var random = new Random(seed);
        var kills = isLong ? 20 : 3;
        // Long form: a kill every 3-9 s while the batch flows. Short form: kills spread over the ingest and the windows.
        var (low, high) = isLong ? (3.0, 9.0) : (4.0, 12.0);
        var at = new List<double>();
        var t = 0.0;
        for (var i = 0; i < kills; i++) at.Add(Math.Round(t += low + random.NextDouble() * (high - low), 1));
        // Which of the live hosts dies (index into the live list, modulo its length at the time).
        var targets = Enumerable.Range(0, kills).Select(_ => random.Next(0, 1000)).ToList();
        return new FaultPlan(isLong, seed, isLong ? 2000 : 600, at, targets,
            AzuriteRestartAfterKill: kills / 2,
            SecondHostFromKill: isLong ? 4 : 0,
            SecondHostUntilKill: isLong ? 14 : kills,
            ClearinghouseFailureRate: 0.30,
            // A killed host's received queue messages stay invisible for the WebJobs queue listener's fixed 10 minutes.
            SettleTimeout: isLong ? TimeSpan.FromMinutes(14) : TimeSpan.FromMinutes(2.5));
    }

    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"fault plan: {(Long ? "long" : "short")} form, seed {Seed} (replay: CLAIMSFN_FAULT_SEED={Seed}{(Long ? " CLAIMSFN_FAULTS=long" : "")})");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {Claims} encounters in one batch; {KillAfterSeconds.Count} kill -9 at t+ (the gaps counted from each restart) {string.Join(", ", KillAfterSeconds.Select(k => k.ToString("0.0", CultureInfo.InvariantCulture)))} s (targets {string.Join(",", KillTargets)})");
        text.AppendLine(CultureInfo.InvariantCulture, $"  Azurite restarted (disk persistence) after kill {AzuriteRestartAfterKill}; two hosts at once from kill {SecondHostFromKill} until kill {SecondHostUntilKill}");
        text.Append(CultureInfo.InvariantCulture, $"  clearinghouse fails {ClearinghouseFailureRate:P0} of requests (500, 429, timeout); settle timeout {SettleTimeout}");
        return text.ToString();
    }
}
