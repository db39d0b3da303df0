namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// The plain reading. A coder verifies an index lead in the tabular list: a code whose title states a qualifier the
/// documentation does not ("due to intrinsic factor deficiency", "of transplanted heart", "rheumatic", "with myocarditis",
/// "due to renal impairment", "fibromatosis") is not the reading of a statement that says only the rest. Between codes that
/// score about the same, the one that explains every word the other states and states fewer undocumented qualifiers leads;
/// and a runner-up that explains no documented word the best leaves open, and states a qualifier the best does not, is no
/// competitor: the documentation has already chosen between them.
/// </summary>
public sealed partial class DiagnosisTextCoder
{
    /// <summary>The ids of the words the statement documents (not negated, known to some description, not a default such as "unspecified").</summary>
    private HashSet<int> DocumentedWords(List<StatementToken> tokens)
    {
        var documented = new HashSet<int>();
        foreach (var t in tokens)
            if (!t.Negated && t.Id >= 0 && !index.Free[t.Id]) documented.Add(t.Id);
        return documented;
    }

    /// <summary>
    /// What the candidate states beyond the documentation: (as the index reads it, as its title reads it), each the set of
    /// non-default words of the code's title that the statement does not document. An index path that names the code outright
    /// with nothing undocumented but defaults ("Influenza, due to, identified influenza virus NEC" → J10.1) is the index's own
    /// choice for those words: its title's extra words (the default "with other respiratory manifestations") are what the
    /// index means by them, so the first set holds only the defaults its path adds.
    /// </summary>
    private (int[] Index, int[] Title) Plainness(Candidate c, HashSet<int> documented)
    {
        var title = Array.FindAll(index.TitleTokens(c.Code), t => !index.Free[t] && !documented.Contains(t));
        // A subterm without words of its own ("due to") says nothing the statement could document.
        var unnamed = index.TryGetToken(DiagnosisTextIndex.UnnamedQualifier, out var u) ? u : -1;
        if (c.Source is { Kind: DiagnosisTextIndex.DocumentKind.Index } d && d.Code == c.Code
            && Array.TrueForAll(d.Required, t => index.Free[t] || documented.Contains(t) || t == unnamed))
        {
            // Named by the index: what its path adds beyond the documentation, defaults included ("Constipation, chronic,
            // idiopathic" K59.04 says more than "Constipation, chronic" K59.09), "unspecified"/"NEC" not.
            return (Array.FindAll(d.Required, t => !documented.Contains(t) && t != unnamed && !NotElsewhere.Contains(index.TokenKey(t))), title);
        }
        return (title, title);
    }

    /// <summary>Words an index path adds that say only "nothing more specific" ("NEC", "NOS", "unspecified").</summary>
    private static readonly HashSet<string> NotElsewhere = new(((string[])["nec", "nos", "unspecified", "unsp"]).Select(ClinicalText.Stem), StringComparer.Ordinal);

    /// <summary>A states a strict subset of what B states beyond the documentation (as the index reads it, then as the titles do).
    /// Sets, not weights: "left eye" and "right eye" are equally far from a statement that says neither.</summary>
    private static bool Plainer((int[] Index, int[] Title) a, (int[] Index, int[] Title) b)
    {
        static bool StrictSubset(int[] x, int[] y) => x.Length < y.Length && Array.TrueForAll(x, t => Array.IndexOf(y, t) >= 0);
        static bool Same(int[] x, int[] y) => x.Length == y.Length && Array.TrueForAll(x, t => Array.IndexOf(y, t) >= 0);
        return StrictSubset(a.Index, b.Index) || (Same(a.Index, b.Index) && StrictSubset(a.Title, b.Title));
    }

    /// <summary>Every documented word that <paramref name="other"/> states (its title or the required words of the description
    /// that led to it) is one <paramref name="c"/> states too: in its own title, a title above it, or the description that led to
    /// it. A nonessential modifier does not count: "Failure, heart (acute)" does not say "acute" the way I50.31 "Acute diastolic
    /// heart failure" does, since the index lists acute diastolic failure beneath it.</summary>
    private bool ExplainsWhatItStates(Candidate c, Candidate other, HashSet<int> documented)
    {
        var theirs = index.TitleTokens(other.Code);
        foreach (var t in documented)
        {
            var stated = Array.IndexOf(theirs, t) >= 0 || (other.Source is { } o && Array.IndexOf(o.Required, t) >= 0);
            if (stated && !States(c, t)) return false;
        }
        return true;
    }

    private bool States(Candidate c, int token)
    {
        if (c.Source is { } s && Array.IndexOf(s.Required, token) >= 0) return true;
        for (var length = c.Code.Length; length >= 3; length--)
            if (Array.IndexOf(index.TitleTokens(c.Code[..length]), token) >= 0) return true;
        return false;
    }

    /// <summary>Among the candidates within the lead that full confidence needs, the plainest that explains every documented
    /// word the best states leads ("Vitamin B12 deficiency anemia": D51.9, not D51.0 "... due to intrinsic factor deficiency").</summary>
    private void PlainestFirst(List<Candidate> ranked, List<StatementToken> tokens)
    {
        if (ranked.Count < 2 || Guideline(ranked[0])) return;
        var best = ranked[0];
        var documented = DocumentedWords(tokens);
        var leadPlainness = Plainness(best, documented);
        var lead = 0;
        for (var i = 1; i < ranked.Count && ranked[i].Score >= best.Score - MarginForFullConfidence; i++)
        {
            var c = ranked[i];
            if (Guideline(c)) continue;
            var p = Plainness(c, documented);
            if (Plainer(p, leadPlainness) && ExplainsWhatItStates(c, best, documented))
            {
                lead = i;
                leadPlainness = p;
            }
        }
        if (lead == 0) return;
        var plain = ranked[lead];
        ranked.RemoveAt(lead);
        ranked.Insert(0, plain);
    }

    /// <summary>The best explains every documented word the other states, and the other states more undocumented qualifiers:
    /// not a reading the documentation leaves open (M72.22 "plantar fascial fibromatosis" beside M67.A02 "plantar fasciitis").</summary>
    private bool Outranked(Candidate other, Candidate best, HashSet<int> documented) =>
        !Guideline(other) && Plainer(Plainness(best, documented), Plainness(other, documented)) && ExplainsWhatItStates(best, other, documented);
}
