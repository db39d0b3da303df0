namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// "Family history of colon cancer": the index leads only to the unspecified family history codes (History, family, malignant
/// neoplasm → Z80.9), while ICD-10-CM classifies a family history by the relative's condition. When the statement is a family
/// history alone and no code was confident, the condition is coded on its own and its chapter gives the category
/// (<see cref="FamilyHistoryCodes"/>); a condition coded without confidence leaves the question as it was.
/// </summary>
public sealed partial class DiagnosisTextCoder
{
    private TextCodingResult? FamilyHistoryOfCondition(string text, int maxSuggestions)
    {
        var m = FamilyHistoryFraming().Match(text);
        if (!m.Success) return null;
        var condition = m.Groups["condition"].Value.Trim(' ', ',', '.');
        if (condition.Length == 0) return null;
        var coded = CodeWithin(condition, null, maxSuggestions, inParts: false);
        if (!coded.AutoAssigned || coded.AssignedCodes.Count != 1 || coded.Best!.Code[0] == 'Z') return null;
        if (FamilyHistoryCodes.For(coded.Best.Code) is not { } code || !CodeSet.TryGet(code, out var entry) || !entry.Billable) return null;
        var evidence = $"{coded.Best.Evidence}; family history of {IcdCodeText(coded.Best.Code)} → {IcdCodeText(code)} (Z80–Z84 by the condition's chapter)";
        return new TextCodingResult(text, [new CodeSuggestion(code, entry.Title, coded.Best.Confidence, evidence)], true, null);
    }

    /// <summary>A statement that is a family history and nothing else: "Family history of X", "FHx X", "Fam hx of X", "FH: X".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:family\s+(?:history|hx)|fam\.?\s+hx|fhx|fh)\s*(?:of|:|-)?\s+(?<condition>[^;]+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FamilyHistoryFraming();
}
