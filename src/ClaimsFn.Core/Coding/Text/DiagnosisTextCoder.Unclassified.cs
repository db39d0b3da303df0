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

    /// <summary>"Shingles, right flank": the best code (R10.A1 "Flank pain, right side") explains only the site and side and leaves
    /// the condition open. The statement without its site and side words, and the site words set aside (token ids); null when
    /// the best explains a documented word other than a site or side, or explains nothing.</summary>
    private (string Text, HashSet<int> Sites)? WithoutTheSiteTheBestIsAbout(Candidate best, List<Candidate> ranked, string text, List<StatementToken> tokens)
    {
        if (Guideline(best)) return null;
        var siteIds = new List<int>();
        var open = new List<int>();
        foreach (var t in tokens)
        {
            if (t.Negated || t.Id < 0 || index.Free[t.Id] || t.Weight <= 0) continue;
            var side = Array.IndexOf(SideStems, t.Stem) >= 0;
            if (!States(best, t.Id)) { if (!side && !index.SiteWord[t.Id]) open.Add(t.Id); continue; }
            if (!side && !index.SiteWord[t.Id]) return null;
            if (!side) siteIds.Add(t.Id);
        }
        if (siteIds.Count == 0 || open.Count == 0) return null;
        // A candidate that states the site with the open condition ("left calf pain": M79.662 beside I70.242 "ulceration of calf")
        // shows the site belongs to the condition: a coder weighs it.
        foreach (var c in ranked.Take(DocumentsRefined))
            if (c != best && siteIds.Exists(id => States(c, id)) && open.Exists(id => States(c, id))) return null;
        // So does a title or index path that names the site with the condition ("Pain, ..., calf").
        foreach (var id in siteIds)
            foreach (var p in index.Postings(id))
                if (open.Exists(o => Array.IndexOf(index[p >> 1].Required, o) >= 0 || Array.IndexOf(index[p >> 1].Optional, o) >= 0)) return null;
        var sites = new HashSet<int>();
        var kept = new System.Text.StringBuilder(text.Length);
        var last = 0;
        foreach (System.Text.RegularExpressions.Match word in Word().Matches(text))
        {
            var words = ClinicalText.Normalize(word.Value, index.Vocabulary);
            if (words.Count == 0) continue;
            var ids = words.Select(w => index.TryGetToken(w.Key, out var id) ? id : -1).ToList();
            if (!words.TrueForAll(w => !w.Negated) || !ids.TrueForAll(id => id >= 0 && (index.SiteWord[id] || Array.IndexOf(SideStems, index.TokenKey(id)) >= 0))) continue;
            foreach (var id in ids) if (index.SiteWord[id]) sites.Add(id);
            kept.Append(text, last, word.Index - last).Append(' ');
            last = word.Index + word.Length;
        }
        kept.Append(text, last, text.Length - last);
        var result = kept.ToString().Trim(' ', ',', ';', '-');
        return sites.Count > 0 && Word().IsMatch(result) ? (result, sites) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z][A-Za-z']*")]
    private static partial System.Text.RegularExpressions.Regex Word();
}
