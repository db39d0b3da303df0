namespace ClaimsFn.PayerSimulator;

/// <summary>What one pass of the simulator wrote.</summary>
public sealed record SimulationRun(int Acknowledged, int Remitted, int Repriced, IReadOnlyList<string> Files)
{
    public bool DidAnything => Files.Count > 0;
}
