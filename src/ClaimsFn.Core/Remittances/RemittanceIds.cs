using System.Security.Cryptography;
using System.Text;

namespace ClaimsFn.Core.Remittances;

/// <summary>
/// Remittance ids: <c>r</c> + 20 hex of SHA-256 of the payer's identifier and the payment's trace number
/// (TRN03, TRN02), which together identify one payment. The same 835 delivered twice, even in another
/// envelope, gets the same id, so it posts once. A file too broken to have a trace is keyed by its bytes.
/// </summary>
public static class RemittanceIds
{
    public static string ForTrace(string payerIdentifier, string traceNumber) =>
        "r" + Hash(Encoding.UTF8.GetBytes($"{payerIdentifier.Trim()}\n{traceNumber.Trim()}"));

    public static string ForContent(ReadOnlySpan<byte> content) => "r" + Hash(content);

    public static bool IsWellFormed(string? id) =>
        id is { Length: 21 } && id[0] == 'r' && id.AsSpan(1).ContainsAnyExcept("0123456789abcdef") is false;

    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..20];
}
