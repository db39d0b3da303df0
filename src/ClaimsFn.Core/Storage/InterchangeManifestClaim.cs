namespace ClaimsFn.Core.Storage;

/// <summary>One claim version of an interchange and the transaction set (ST02) that carries it.</summary>
public sealed record InterchangeManifestClaim(string ClaimId, int Version, long TransactionSetControlNumber);
