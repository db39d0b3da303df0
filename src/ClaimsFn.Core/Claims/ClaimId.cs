using System.Security.Cryptography;
using System.Text;

namespace ClaimsFn.Core.Claims;

/// <summary>
/// Claim and batch ids. A claim id is a hash of (source, encounter id), so the same encounter always
/// maps to the same claim (idempotent ingest) and the id says nothing about the patient, which
/// keeps it safe for queue messages, blob names and logs.
/// </summary>
public static class ClaimId
{
    public static string ForEncounter(string source, string encounterId) =>
        "c" + Hash($"{source.Trim().ToLowerInvariant()}\n{encounterId.Trim()}");

    /// <summary>A batch is one upload: one blob name at one ETag. Redelivery of the same upload gives the same id.</summary>
    public static string ForBatch(string blobName, string etag) => "b" + Hash($"{blobName}\n{etag}");

    /// <summary>True for ids this class makes; the HTTP API rejects anything else before touching storage.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 21 } && (id[0] is 'c' or 'b') && id.AsSpan(1).ContainsAnyExcept("0123456789abcdef") is false;

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..20];
}
