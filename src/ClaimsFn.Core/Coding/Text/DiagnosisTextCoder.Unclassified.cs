namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// Words the classification has no axis for in the best code's category. "Rosacea of face", "Impetigo on chin", "Rash on arms",
/// "Thrombocytopenia, mild": a body site where no code of the category names any site (L71, L01, R21), a severity where none names
/// a severity (D69), cannot choose between the category's codes; a coder assigns the code and the word stays in the record. Such
/// words are set aside and the statement is coded again: when that gives the same code confidently, it is the code. A category
/// that names sites ("Lipoma of back": D17.1 trunk beside D17.9) or severities ("Asthma, mild") keeps the word and the question.
/// </summary>
public sealed partial class DiagnosisTextCoder
{
    private static readonly string[] SeverityStems = [.. ((string[])["mild", "moderate", "severe"]).Select(ClinicalText.Stem)];

    /// <summary>The statement without the site and severity words that no code of the best code's category can say, or null when
    /// it has none (or nothing else).</summary>
    private string? WithoutUnclassifiedWords(Candidate best, string text)
    {
        if (Guideline(best)) return null;
        bool? siteAxis = null, severityAxis = null;
        var kept = new System.Text.StringBuilder(text.Length);
        var removed = false;
        var last = 0;
        foreach (System.Text.RegularExpressions.Match word in Word().Matches(text))
        {
            var tokens = ClinicalText.Normalize(word.Value, index.Vocabulary);
            if (tokens.Count == 0 || !tokens.TrueForAll(t => !t.Negated && Unclassified(best, t.Stem, ref siteAxis, ref severityAxis))) continue;
            kept.Append(text, last, word.Index - last).Append(' ');
            last = word.Index + word.Length;
            removed = true;
        }
        if (!removed) return null;
        kept.Append(text, last, text.Length - last);
        var result = kept.ToString().Trim(' ', ',', ';', '-');
        return Word().IsMatch(result) ? result : null;
    }

    private bool Unclassified(Candidate best, string stem, ref bool? siteAxis, ref bool? severityAxis)
    {
        if (!index.TryGetToken(stem, out var id) || States(best, id)) return false;
        if (Array.IndexOf(SeverityStems, stem) >= 0)
            return !(severityAxis ??= CategoryStates(best.Code, t => Array.IndexOf(SeverityStems, index.TokenKey(t)) >= 0));
        if (!index.SiteWord[id]) return false;
        var own = index.TitleTokens(best.Code);
        return !(siteAxis ??= CategoryStates(best.Code, t => index.SiteWord[t] && Array.IndexOf(own, t) < 0));
    }

    /// <summary>Some billable code of the code's category has a title word of the kind.</summary>
    private bool CategoryStates(string code, Func<int, bool> kind) =>
        CodeSet.BillableDescendants(code[..3], MaxDescendants).Any(e => Array.Exists(index.TitleTokens(e.Code), t => kind(t)));

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z][A-Za-z']*")]
    private static partial System.Text.RegularExpressions.Regex Word();
}
