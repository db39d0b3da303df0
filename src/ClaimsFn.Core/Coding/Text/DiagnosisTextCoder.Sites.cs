namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// Site words the best code is only about ("Shingles, right flank": R10.A1 "Flank pain, right side" explains the site and leaves the
/// condition open). Site and severity words a category has no axis for are read in <see cref="WithoutUnclaimedQualifiers"/>.
/// </summary>
public sealed partial class DiagnosisTextCoder
{
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
