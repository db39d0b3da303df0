using Microsoft.Azure.WebJobs;

namespace ClaimsFn.LocalHost;

/// <summary>Tells the WebJobs indexer exactly which class holds functions (the default scan finds nothing in this host).</summary>
public sealed class LocalTypeLocator : ITypeLocator
{
    public IReadOnlyList<Type> GetTypes() => [typeof(LocalPipelineFunctions)];
}
