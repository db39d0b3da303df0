namespace ClaimsFn.Core.X12.Claim837P;

/// <summary>Fixed values of the 005010X222A1 guide that the writer uses, named as the guide names them.</summary>
public static class Claim837PGuide
{
    /// <summary>GS08 and ST03.</summary>
    public const string Version = "005010X222A1";

    /// <summary>GS01: health care claim.</summary>
    public const string FunctionalIdentifier = "HC";

    /// <summary>Most diagnosis codes in HI (ABK + 11 ABF).</summary>
    public const int MaxDiagnoses = 12;

    /// <summary>Most service lines (2400 loops) per claim.</summary>
    public const int MaxServiceLines = 50;

    /// <summary>Most diagnosis pointers per line (SV107-1..4).</summary>
    public const int MaxPointersPerLine = 4;

    /// <summary>Most procedure modifiers per line (SV101-3..6).</summary>
    public const int MaxModifiers = 4;

    /// <summary>CLM01 (patient control number): at most 38 characters.</summary>
    public const int MaxPatientControlNumberLength = 38;

    /// <summary>CLM05-3 claim frequency type codes the writer sends.</summary>
    public const string FrequencyOriginal = "1", FrequencyReplacement = "7", FrequencyVoid = "8";

    /// <summary>The patient control number (CLM01) of a claim version: the submission key <c>{claimId}-v{version}</c>.
    /// It comes back in 277CA TRN02 and 835 CLP01, so responses map to a claim version without a lookup.</summary>
    public static string PatientControlNumber(string claimId, int version) => $"{claimId}-v{version}";

    /// <summary>Reads a patient control number back into claim id and version; false for one this system did not write.</summary>
    public static bool TryParsePatientControlNumber(string? value, out string claimId, out int version)
    {
        claimId = "";
        version = 0;
        if (value is null) return false;
        var at = value.LastIndexOf("-v", StringComparison.Ordinal);
        if (at <= 0 || !int.TryParse(value.AsSpan(at + 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out version) || version < 1) return false;
        claimId = value[..at];
        return ClaimsFn.Core.Claims.ClaimId.IsWellFormed(claimId) && claimId[0] == 'c';
    }

    /// <summary>PAT01 / SBR02 individual relationship codes for the encounter's relationship words.</summary>
    public static string? RelationshipCode(string? relationship) => relationship?.Trim().ToLowerInvariant() switch
    {
        null or "" or "self" or "18" => "18",
        "spouse" or "01" => "01",
        "child" or "19" => "19",
        "employee" or "20" => "20",
        "unknown" or "21" => "21",
        "organ donor" or "39" => "39",
        "cadaver donor" or "40" => "40",
        "life partner" or "53" => "53",
        "other" or "g8" => "G8",
        _ => null,
    };
}
