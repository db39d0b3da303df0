namespace ClaimsFn.Tests.Architecture;

/// <summary>One reference from a file of one Core folder to a type or member declared in another.</summary>
public sealed record FolderDependency(string From, string To, string File, string Symbol);
