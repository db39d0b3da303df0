using System.Text;

namespace ClaimsFn.Core.Api;

/// <summary>
/// The opaque continuation of a list: the storage continuation (partition and row keys: index keys and claim ids,
/// never PHI) with the list it belongs to, base64url-encoded. A token from another list is refused.
/// </summary>
public static class ContinuationToken
{
    public static string? Encode(string scope, string? storageToken) =>
        storageToken is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(scope + "\n" + storageToken)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The storage continuation, or false when the token is not one of this list's.</summary>
    public static bool TryDecode(string token, string scope, out string? storageToken)
    {
        storageToken = null;
        if (token.Length > 2048) return false;
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - base64.Length % 4) % 4);
        Span<byte> bytes = stackalloc byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var written)) return false;
        var text = Encoding.UTF8.GetString(bytes[..written]);
        var split = text.IndexOf('\n', StringComparison.Ordinal);
        if (split < 0 || text[..split] != scope) return false;
        storageToken = text[(split + 1)..];
        return storageToken.Length > 0;
    }
}
