using System.Text.Json.Serialization;

namespace ClaimsFn.Core.Primitives;

/// <summary>
/// A Claim Adjustment Reason Code (CARC): why a payer paid less than was billed, as sent in an 835
/// <c>CAS</c> segment (CAS02, CAS05, …). An open code list maintained by X12, so a value type over a
/// string rather than an enum: codes the catalog does not know still round-trip. One to five letters or
/// digits (e.g. <c>16</c>, <c>A1</c>, <c>B15</c>); compared case-insensitively. The default value is
/// the empty code, which <see cref="IsEmpty"/> reports.
/// </summary>
[JsonConverter(typeof(CarcCodeJsonConverter))]
public readonly struct CarcCode : IEquatable<CarcCode>
{
    private readonly string? value;

    /// <summary>Creates a code. Throws <see cref="ArgumentException"/> when <paramref name="value"/> is not 1–5 letters or digits.</summary>
    public CarcCode(string value)
    {
        if (!IsWellFormed(value)) throw new ArgumentException("A CARC is 1 to 5 letters or digits.", nameof(value));
        this.value = value.Trim().ToUpperInvariant();
    }

    /// <summary>1: the patient's deductible.</summary>
    public static CarcCode Deductible { get; } = new("1");

    /// <summary>2: the patient's coinsurance.</summary>
    public static CarcCode Coinsurance { get; } = new("2");

    /// <summary>4: procedure and modifier do not fit, or a required modifier is missing.</summary>
    public static CarcCode ModifierInconsistent { get; } = new("4");

    /// <summary>16: the claim lacks information or has a billing error (remark codes say which).</summary>
    public static CarcCode MissingInformation { get; } = new("16");

    /// <summary>18: an exact duplicate of a claim or service already processed.</summary>
    public static CarcCode Duplicate { get; } = new("18");

    /// <summary>29: filed after the payer's timely-filing limit.</summary>
    public static CarcCode TimelyFiling { get; } = new("29");

    /// <summary>45: charge above the fee schedule or contracted amount (a contractual write-off, not a denial).</summary>
    public static CarcCode ContractualFeeSchedule { get; } = new("45");

    /// <summary>97: paid as part of another service (bundled).</summary>
    public static CarcCode Bundled { get; } = new("97");

    /// <summary>197: precertification or authorization was required and absent.</summary>
    public static CarcCode AuthorizationAbsent { get; } = new("197");

    public bool IsEmpty => string.IsNullOrEmpty(value);

    public static bool IsWellFormed(string? text)
    {
        var t = text?.Trim();
        return t is { Length: >= 1 and <= 5 } && t.All(char.IsAsciiLetterOrDigit);
    }

    public static bool TryParse(string? text, out CarcCode code)
    {
        code = IsWellFormed(text) ? new CarcCode(text!) : default;
        return !code.IsEmpty;
    }

    public static implicit operator CarcCode(string value) => new(value);

    public static bool operator ==(CarcCode left, CarcCode right) => left.Equals(right);

    public static bool operator !=(CarcCode left, CarcCode right) => !left.Equals(right);

    public bool Equals(CarcCode other) => string.Equals(value ?? "", other.value ?? "", StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is CarcCode other && Equals(other);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(value ?? "");

    public override string ToString() => value ?? "";
}
