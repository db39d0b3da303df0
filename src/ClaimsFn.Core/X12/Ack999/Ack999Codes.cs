namespace ClaimsFn.Core.X12.Ack999;

/// <summary>Descriptions of the 999 code lists (X12 element dictionary, 5010), for reasons shown to people.</summary>
public static class Ack999Codes
{
    /// <summary>IK501 / AK901.</summary>
    public static IReadOnlyDictionary<string, string> TransactionSetStatus { get; } = new Dictionary<string, string>
    {
        ["A"] = "accepted",
        ["E"] = "accepted but errors were noted",
        ["M"] = "rejected, message authentication code failed",
        ["P"] = "partially accepted, at least one transaction set was rejected",
        ["R"] = "rejected",
        ["W"] = "rejected, assurance failed validity tests",
        ["X"] = "rejected, content after decryption could not be analyzed",
    };

    /// <summary>IK502–IK506 / AK905–AK909.</summary>
    public static IReadOnlyDictionary<string, string> TransactionSetErrors { get; } = new Dictionary<string, string>
    {
        ["1"] = "transaction set not supported",
        ["2"] = "transaction set trailer missing",
        ["3"] = "transaction set control number in header and trailer do not match",
        ["4"] = "number of included segments does not match actual count",
        ["5"] = "one or more segments in error",
        ["6"] = "missing or invalid transaction set identifier",
        ["7"] = "missing or invalid transaction set control number",
        ["23"] = "transaction set control number not unique within the functional group",
        ["I5"] = "implementation one or more segments in error",
        ["I6"] = "implementation convention not supported",
    };

    /// <summary>IK304.</summary>
    public static IReadOnlyDictionary<string, string> SegmentErrors { get; } = new Dictionary<string, string>
    {
        ["1"] = "unrecognized segment id",
        ["2"] = "unexpected segment",
        ["3"] = "required segment missing",
        ["4"] = "loop occurs over maximum times",
        ["5"] = "segment exceeds maximum use",
        ["6"] = "segment not in defined transaction set",
        ["7"] = "segment not in proper sequence",
        ["8"] = "segment has data element errors",
        ["I4"] = "implementation \"not used\" segment present",
        ["I6"] = "implementation dependent segment missing",
        ["I7"] = "implementation loop occurs under minimum times",
        ["I8"] = "implementation segment below minimum use",
        ["I9"] = "implementation dependent \"not used\" segment present",
    };

    /// <summary>IK403.</summary>
    public static IReadOnlyDictionary<string, string> ElementErrors { get; } = new Dictionary<string, string>
    {
        ["1"] = "required data element missing",
        ["2"] = "conditional required data element missing",
        ["3"] = "too many data elements",
        ["4"] = "data element too short",
        ["5"] = "data element too long",
        ["6"] = "invalid character in data element",
        ["7"] = "invalid code value",
        ["8"] = "invalid date",
        ["9"] = "invalid time",
        ["10"] = "exclusion condition violated",
        ["12"] = "too many repetitions",
        ["13"] = "too many components",
        ["I6"] = "code value not used in implementation",
        ["I9"] = "implementation dependent data element missing",
        ["I10"] = "implementation \"not used\" data element present",
        ["I11"] = "implementation too few repetitions",
        ["I12"] = "implementation pattern match failure",
        ["I13"] = "implementation dependent \"not used\" data element present",
    };

    public static string Describe(IReadOnlyDictionary<string, string> codes, string? code) =>
        code is not null && codes.TryGetValue(code, out var text) ? text : "unlisted code";
}
