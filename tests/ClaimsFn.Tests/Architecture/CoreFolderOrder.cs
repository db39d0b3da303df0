namespace ClaimsFn.Tests.Architecture;

/// <summary>
/// The documented dependency order of src/ClaimsFn.Core (docs/architecture.md), lowest first: a folder may use only
/// folders before it. The stages follow the claim's path; Storage is the persistence every stage writes through.
/// </summary>
public static class CoreFolderOrder
{
    public static IReadOnlyList<string> Nodes { get; } =
    [
        "ClaimsFnOptions",
        "Primitives",
        "Encounters",
        "Claims",
        "Storage",
        "Coding",
        "Scrubbing",
        "X12",
        "Submission",
        "Denials",
        "Remittances",
        "Responses",
        "Pipeline",
        "Api",
        "ClaimsJson",
        "RemovedSettings",
        "ServiceCollectionExtensions",
    ];

    /// <summary>How docs/architecture.md writes the order; the test keeps the two in step.</summary>
    public static string AsText => string.Join(" → ", Nodes);
}
