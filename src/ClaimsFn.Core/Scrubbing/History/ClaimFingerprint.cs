using System.Security.Cryptography;
using System.Text;
using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Core.Scrubbing.History;

/// <summary>
/// What makes two claims duplicates, hashed: the same patient (payer id, member id, patient name and date
/// of birth), the same billing and rendering provider NPIs, the same date of service and the same procedure
/// codes with their modifiers (as a sorted multiset; units, charges and diagnoses do not count). The value is
/// 64 lower-case hex characters of SHA-256, or of HMAC-SHA-256 when a key is given, so an index keyed on it
/// holds no patient data. With no key, a hash of low-entropy inputs can be matched by anyone who guesses
/// them: pass a secret key when the index leaves the process.
/// </summary>
public readonly record struct ClaimFingerprint
{
    private const string Version = "claimsfn-fingerprint/1";

    private ClaimFingerprint(string value) => Value = value;

    public string Value { get; }

    public static ClaimFingerprint Of(Encounter encounter, ReadOnlySpan<byte> key = default)
    {
        var patient = ScrubContext.ResolvePatient(encounter);
        var lines = (encounter.ServiceLines ?? [])
            .Select(l => string.Join(':', [Normalize(l?.Procedure), .. (l?.Modifiers ?? []).Select(Normalize).Order(StringComparer.Ordinal)]))
            .Order(StringComparer.Ordinal);
        var text = new StringBuilder(256)
            .Append(Version).Append('\n')
            .Append(Normalize(encounter.Payer?.Id)).Append('\n')
            .Append(Normalize(encounter.Subscriber?.MemberId)).Append('\n')
            .Append(Normalize(patient?.LastName)).Append('\n')
            .Append(Normalize(patient?.FirstName)).Append('\n')
            .Append(patient?.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .Append(Normalize(encounter.BillingProvider?.Npi)).Append('\n')
            .Append(Normalize(encounter.RenderingProvider?.Npi)).Append('\n')
            .Append(encounter.DateOfService.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .AppendJoin('|', lines)
            .ToString();
        var bytes = Encoding.UTF8.GetBytes(text);
        var hash = key.IsEmpty ? SHA256.HashData(bytes) : HMACSHA256.HashData(key, bytes);
        return new ClaimFingerprint(Convert.ToHexStringLower(hash));
    }

    /// <summary>Rebuilds a fingerprint read back from an index; false unless 64 lower-case hex characters.</summary>
    public static bool TryParse(string? value, out ClaimFingerprint fingerprint)
    {
        fingerprint = default;
        if (value is not { Length: 64 } || value.AsSpan().ContainsAnyExcept("0123456789abcdef")) return false;
        fingerprint = new ClaimFingerprint(value);
        return true;
    }

    public override string ToString() => Value;

    private static string Normalize(string? s) => (s ?? "").Trim().ToUpperInvariant();
}
