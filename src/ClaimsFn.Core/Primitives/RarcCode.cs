using System.Text.Json.Serialization;

namespace ClaimsFn.Core.Primitives;

/// <summary>
/// A Remittance Advice Remark Code (RARC): the detail behind a CARC, e.g. <em>which</em> field was missing
/// for a CARC 16. Sent in <c>MOA</c>/<c>MIA</c> (claim level) and <c>LQ*HE</c> (line level). An open list,
/// so a value type over a string: a letter prefix (M, MA, N) and digits, compared case-insensitively.
/// The default value is the empty code.
/// </summary>
[JsonConverter(typeof(RarcCodeJsonConverter))]
public readonly struct RarcCode : IEquatable<RarcCode>
{
    private readonly string? value;

    /// <summary>Creates a code. Throws <see cref="ArgumentException"/> when <paramref name="value"/> is not 2–5 letters or digits starting with a letter.</summary>
    public RarcCode(string value)
    {
        if (!IsWellFormed(value)) throw new ArgumentException("A RARC is 2 to 5 letters or digits, starting with a letter.", nameof(value));
        this.value = value.Trim().ToUpperInvariant();
    }

    /// <summary>N382: the patient identifier is missing, incomplete or invalid.</summary>
    public static RarcCode PatientIdentifierInvalid { get; } = new("N382");

    /// <summary>N290: the rendering provider's primary identifier is missing, incomplete or invalid.</summary>
    public static RarcCode RenderingProviderIdInvalid { get; } = new("N290");

    /// <summary>M77: the place of service is missing, incomplete or invalid.</summary>
    public static RarcCode PlaceOfServiceInvalid { get; } = new("M77");

    /// <summary>M62: the treatment authorization code is missing, incomplete or invalid.</summary>
    public static RarcCode AuthorizationCodeInvalid { get; } = new("M62");

    /// <summary>M15: separately billed services were bundled as parts of one procedure.</summary>
    public static RarcCode ComponentsBundled { get; } = new("M15");

    public bool IsEmpty => string.IsNullOrEmpty(value);

    public static bool IsWellFormed(string? text)
    {
        var t = text?.Trim();
        return t is { Length: >= 2 and <= 5 } && char.IsAsciiLetter(t[0]) && t.All(char.IsAsciiLetterOrDigit);
    }

    public static bool TryParse(string? text, out RarcCode code)
    {
        code = IsWellFormed(text) ? new RarcCode(text!) : default;
        return !code.IsEmpty;
    }

    public static implicit operator RarcCode(string value) => new(value);

    public static bool operator ==(RarcCode left, RarcCode right) => left.Equals(right);

    public static bool operator !=(RarcCode left, RarcCode right) => !left.Equals(right);

    public bool Equals(RarcCode other) => string.Equals(value ?? "", other.value ?? "", StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is RarcCode other && Equals(other);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(value ?? "");

    public override string ToString() => value ?? "";
}
