namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>
/// SBR09, the claim filing indicator (X12 837P 2000B; code list of the 005010X222A1 guide), as the payer rules
/// give it: the payer's own <c>claimFilingIndicator</c> (or the file's defaults'), else one read from the payer's name,
/// else <see cref="Commercial"/> (CI). Reading the name is a fallback for payers
/// without an entry: a plan called "Medicare …" is Medicare Part B on a professional claim (MB) unless it says
/// Medicare Advantage (16, HMO Medicare risk); "Medicaid …"/"Medi-Cal" is MC; "TRICARE"/"CHAMPUS" is CH; a
/// Blue Cross or Blue Shield plan is BL.
/// </summary>
public static class ClaimFilingIndicators
{
    /// <summary>The SBR09 codes of the 837P guide.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI", "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ",
    };

    /// <summary>CI, commercial insurance: SBR09 when neither the payer rules nor the payer's name give another.</summary>
    public const string Commercial = "CI";

    /// <summary>MB, Medicare Part B: the payer's member id is a Medicare Beneficiary Identifier.</summary>
    public const string MedicarePartB = "MB";

    /// <summary>The indicator a payer's name implies, or null when it implies none.</summary>
    public static string? FromPayerName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        bool Has(string word) => name.Contains(word, StringComparison.OrdinalIgnoreCase);
        if (Has("Medicare Advantage")) return "16";
        if (Has("Medicare")) return MedicarePartB;
        if (Has("Medicaid") || Has("Medi-Cal")) return "MC";
        if (Has("TRICARE") || Has("CHAMPUS")) return "CH";
        if (Has("Blue Cross") || Has("Blue Shield") || Has("BCBS")) return "BL";
        return null;
    }
}
