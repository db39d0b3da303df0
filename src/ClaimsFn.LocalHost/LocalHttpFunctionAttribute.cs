namespace ClaimsFn.LocalHost;

/// <summary>
/// Marks a local HTTP endpoint with the function name, method and route that ClaimsFn.Functions gives it.
/// Program maps endpoints from these attributes, and the parity test reads the same attributes.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LocalHttpFunctionAttribute(string name, string method, string route) : Attribute
{
    public string Name { get; } = name;
    public string Method { get; } = method;
    public string Route { get; } = route;

    /// <summary>Served without the key, like <c>AuthorizationLevel.Anonymous</c> in Azure: only the dashboard's static files.</summary>
    public bool Anonymous { get; init; }
}
