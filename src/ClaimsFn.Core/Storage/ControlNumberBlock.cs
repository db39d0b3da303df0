namespace ClaimsFn.Core.Storage;

/// <summary>A run of control numbers reserved for one instance: <see cref="First"/> to <see cref="Last"/> inclusive.</summary>
public readonly record struct ControlNumberBlock(long First, long Last)
{
    public long Count => Last - First + 1;
}
