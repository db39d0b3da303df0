using Xunit;

namespace ClaimsFn.Tests.Faults;

/// <summary>
/// Runs its tests alone, after the parallel ones: the hostile corpus pushes 48 files (some of 10 MB) through one
/// host's blob trigger, and under the full suite's load on two cores one of them was not reached in 8 minutes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialFaultsCollection
{
    public const string Name = "Faults run alone";
}
