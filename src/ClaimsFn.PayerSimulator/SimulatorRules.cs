using System.Collections.Frozen;

namespace ClaimsFn.PayerSimulator;

/// <summary>
/// The simulated payer's rules, as data (docs/payer-simulator.md explains each). The figures are made up for
/// the demo and tests: not a fee schedule, not the CMS NCCI table, not any payer's policy.
/// </summary>
public sealed record SimulatorRules
{
    /// <summary>Allowed amount per unit by procedure. Unlisted procedures are allowed at <see cref="UnlistedAllowedRate"/> of the charge.</summary>
    public IReadOnlyDictionary<string, decimal> FeeSchedule { get; init; } = FrozenDictionary<string, decimal>.Empty;

    public decimal UnlistedAllowedRate { get; init; } = 0.60m;

    /// <summary>Plans by payer id; an unknown payer id uses <see cref="DefaultPlan"/>.</summary>
    public IReadOnlyDictionary<string, PayerPlan> Plans { get; init; } = FrozenDictionary<string, PayerPlan>.Empty;

    public PayerPlan DefaultPlan { get; init; } = new("SIM", "SIMULATED PAYER", "1999999999", "CI", 0m, 0.20m, FrozenSet<string>.Empty);

    /// <summary>Procedure pairs billed together where the second (an E/M) is bundled into the first unless it carries modifier 25.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> BundledWith { get; init; } = FrozenDictionary<string, IReadOnlySet<string>>.Empty;

    /// <summary>Procedures whose fee was revised after payment: a paid claim with one gets a reversal and a corrected payment later.</summary>
    public IReadOnlyDictionary<string, decimal> RevisedFees { get; init; } = FrozenDictionary<string, decimal>.Empty;

    public PayerPlan PlanFor(string payerId) => Plans.TryGetValue(payerId, out var plan) ? plan : DefaultPlan with { PayerId = payerId };

    /// <summary>The rules the demo and the tests use.</summary>
    public static SimulatorRules Demo { get; } = new()
    {
        FeeSchedule = new Dictionary<string, decimal>
        {
            ["99212"] = 58.00m, ["99213"] = 92.00m, ["99214"] = 130.00m, ["99215"] = 182.00m,
            ["99397"] = 150.00m, ["90686"] = 24.00m, ["G0008"] = 20.00m, ["80061"] = 18.00m,
            ["20610"] = 68.00m, ["94640"] = 22.00m, ["81003"] = 4.00m,
        }.ToFrozenDictionary(),
        Plans = new Dictionary<string, PayerPlan>
        {
            ["MCR01"] = new("MCR01", "SIMULATED MEDICARE PART B", "1999999991", "MB", 0m, 0.20m, FrozenSet<string>.Empty),
            ["ACME1"] = new("ACME1", "SIMULATED ACME HEALTH PLAN", "1999999992", "CI", 20.00m, 0.10m, new[] { "94640", "72148", "70553" }.ToFrozenSet()),
        }.ToFrozenDictionary(),
        BundledWith = new Dictionary<string, IReadOnlySet<string>>
        {
            ["20610"] = new[] { "99211", "99212", "99213", "99214", "99215" }.ToFrozenSet(),
            ["17110"] = new[] { "99211", "99212", "99213", "99214", "99215" }.ToFrozenSet(),
        }.ToFrozenDictionary(),
        RevisedFees = new Dictionary<string, decimal> { ["99214"] = 134.00m }.ToFrozenDictionary(),
    };
}
