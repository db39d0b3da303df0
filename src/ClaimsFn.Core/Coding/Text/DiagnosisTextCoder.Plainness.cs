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
        // Guideline I.C.19.c.1: a fracture not documented as displaced or nondisplaced is coded as displaced; "displaced" is then
        // the default, not a qualifier (S92.401A "Displaced unspecified fracture of right great toe" for "Fracture of right great toe").
        var displacedDefault = DisplacedIsDefault(documented);
        var title = Array.FindAll(index.TitleTokens(c.Code), t => !index.Free[t] && !documented.Contains(t) && t != displacedDefault);
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

    private static readonly string FractureStem = ClinicalText.Stem("fracture");
    private static readonly string DisplacedStem = ClinicalText.Stem("displaced");
    private static readonly string NondisplacedStem = ClinicalText.Stem("nondisplaced");

    /// <summary>The token of "displaced" when the documentation names a fracture and neither displacement (I.C.19.c.1), else -1.</summary>
    private int DisplacedIsDefault(HashSet<int> documented)
    {
        if (!index.TryGetToken(FractureStem, out var fracture) || !documented.Contains(fracture)) return -1;
        if (!index.TryGetToken(DisplacedStem, out var displaced) || documented.Contains(displaced)) return -1;
        return index.TryGetToken(NondisplacedStem, out var nondisplaced) && documented.Contains(nondisplaced) ? -1 : displaced;
    }

    /// <summary>The best code differs from a sibling (one character apart) only by words of its own title the documentation lacks,
    /// none of them a default, while the sibling adds only defaults ("uncomplicated", "unspecified"): F17.211 "Nicotine dependence,
    /// cigarettes, in remission" beside F17.210 "..., uncomplicated" for "Tobacco use disorder, cigarettes". The documentation
    /// has not chosen the best over the sibling.</summary>
    private bool ChosenByAnUndocumentedWord(Candidate best, List<StatementToken> tokens)
    {
        // Only an index path that itself requires the undocumented word chose it; one that names the code by the documented words
        // ("Lice, head" → B85.0 "... Pediculus humanus capitis") says what the title's words mean.
        if (best.Code.Length < 4 || best.Source is not { Kind: DiagnosisTextIndex.DocumentKind.Index } path) return false;
        var documented = DocumentedWords(tokens);
        var own = index.TitleTokens(best.Code);
        foreach (var sibling in CodeSet.BillableDescendants(best.Code[..^1], MaxDescendants))
        {
            if (!DiffersInOneCharacter(sibling.Code, best.Code)) continue;
            var theirs = index.TitleTokens(sibling.Code);
            // "Other" and "specified" name the residual the index chose for the documented words (K59.09 "Other constipation"), no qualifier.
            var dropped = Array.FindAll(own, t => Array.IndexOf(theirs, t) < 0 && !Residual.Contains(index.TokenKey(t)));
            if (dropped.Length > 0 && Array.TrueForAll(dropped, t => !index.Free[t] && !documented.Contains(t) && Array.IndexOf(path.Required, t) >= 0)
                && Array.TrueForAll(theirs, t => Array.IndexOf(own, t) >= 0 || index.Free[t])) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Residual = new(((string[])["other", "specified"]).Select(ClinicalText.Stem), StringComparer.Ordinal);

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
    private bool Outranked(Candidate other, Candidate best, (int[] Index, int[] Title) bestPlainness, HashSet<int> documented) =>
        !Guideline(other) && Plainer(bestPlainness, Plainness(other, documented)) && ExplainsWhatItStates(best, other, documented);

    private const float UnknownWordShare = 0.5f;

    /// <summary>Z23: "any vaccination encounter, whatever the vaccine" (I.C.21.c.2): the vaccine's words are meant to go unexplained.</summary>
    private const string VaccinationEncounter = "Z23";

    /// <summary>
    /// Confidence that answers for the codes proposed together. A guideline rule names its code from a few words ("hypertension"
    /// and "CKD" → I12.9), so it is only as sure as the codes it leads to explain the rest of the statement: words none of them
    /// states ("type 2 diabetes" beside I12.9 + N18.31) lower it as unexplained words lower a text score (recall^1.5). The other
    /// way round, when the additional codes explain every word the first code leaves open ("Anemia in CKD stage 4" → N18.4 +
    /// D63.1), the first code's score no longer pays for those words.
    /// </summary>
    private double Calibrated(Candidate best, IReadOnlyList<string> codes, List<StatementToken> tokens, double confidence)
    {
        if (best.Code == VaccinationEncounter || (!Guideline(best) && codes.Count < 2)) return confidence;
        float total = 0, open = 0, openByBest = 0;
        foreach (var t in tokens)
        {
            if (t.Negated || (t.Id >= 0 && index.Free[t.Id])) continue;
            total += t.Id < 0 ? t.Weight * UnknownWordShare : t.Weight;
            var byBest = t.Id >= 0 && (States(best, t.Id) || (best.Source is { } d && Array.IndexOf(d.Optional, t.Id) >= 0));
            if (!byBest) openByBest += t.Weight;
            // A word no title or index knows (a strain such as "H1N1", a brand) may name no condition at all: it counts half.
            if (!byBest && t.Id < 0) open += t.Weight * UnknownWordShare;
            else if (!byBest && !codes.Any(c => Explains(c, t.Id))) open += t.Weight;
        }
        if (total <= 0) return confidence;
        if (Guideline(best))
            return open <= 0 ? confidence : Math.Min(confidence, Math.Pow(1 - open / total, RecallExponent));
        if (codes.Count > 1 && open <= 0 && openByBest > 0)
            return Math.Max(confidence, Math.Min(GuidelineConfidence, confidence / Math.Pow(1 - openByBest / total, RecallExponent)));
        return confidence;
    }

    /// <summary>The code's title or a title above it states the word, or a description that leads to the code or a header above it
    /// does ("Failure, heart, congestive" → I50.9; "Influenza, with, bronchitis" → J11.1). A rare word (a few descriptions only) is
    /// also explained by one that leads into the code's category: the index files it there ("Influenza, novel influenza A/H1N1"
    /// → J10.1, for J10.00); a common word such as "stage" or "4" is not.</summary>
    private bool Explains(string code, int token)
    {
        if (StatesCode(code, token)) return true;
        var postings = index.Postings(token);
        foreach (var p in postings)
        {
            var leadsTo = index[p >> 1].Code;
            if (code.StartsWith(leadsTo, StringComparison.Ordinal)) return true;
            if (postings.Length <= RareWordDescriptions && string.CompareOrdinal(leadsTo, 0, code, 0, 3) == 0) return true;
        }
        return false;
    }

    /// <summary>A word in at most this many descriptions is rare enough to name its category's condition.</summary>
    private const int RareWordDescriptions = 8;

    /// <summary>The code's title, or a title above it, states the word.</summary>
    private bool StatesCode(string code, int token)
    {
        for (var length = code.Length; length >= 3; length--)
            if (Array.IndexOf(index.TitleTokens(code[..length]), token) >= 0) return true;
        return false;
    }

    /// <summary>Words of acuity and course: they choose a code only where a code says them.</summary>
    private static readonly string[] AcuityStems = [.. ((string[])["acute", "chronic", "intermittent", "recurrent", "flare", "mild"]).Select(ClinicalText.Stem)];

    /// <summary>Share of its weight an acuity word keeps when the best code's category cannot say it.</summary>
    private const float UnexpressedAcuityShare = 0.3f;

    /// <summary>
    /// "Chronic low back pain", "Urticaria, acute", "Intermittent palpitations": the index gives acuity and course a subterm where
    /// they change the code; where no code of the best code's category, and no candidate, states the documented word without also
    /// stating something the statement does not document (I50.22 "chronic systolic" for a statement without "systolic"), the
    /// word cannot change the code and costs the best code only a share of its weight. Best and runner-up are rescored alike.
    /// </summary>
    private double WithUnexpressedAcuity(Candidate best, double runnerUp, List<Candidate> ranked, List<StatementToken> tokens, double confidence)
    {
        if (Guideline(best)) return confidence;
        var acuity = UnexpressedAcuity(best, ranked, tokens);
        if (acuity.Count == 0) return confidence;
        float total = 0, unexpressed = 0;
        foreach (var t in tokens)
        {
            total += t.Weight;
            if (!t.Negated && acuity.Contains(t.Id)) unexpressed += t.Weight;
        }
        if (total <= unexpressed) return confidence;
        var lift = Math.Pow(total / (total - (1 - UnexpressedAcuityShare) * unexpressed), RecallExponent);
        return Math.Max(confidence, Confidence(best with { Score = Math.Min(1.0, best.Score * lift) }, Math.Min(1.0, runnerUp * lift)));
    }

    /// <summary>The documented acuity words the best code does not state and no code of its category states plainly (see
    /// <see cref="WithUnexpressedAcuity"/>).</summary>
    private HashSet<int> UnexpressedAcuity(Candidate best, List<Candidate> ranked, List<StatementToken> tokens)
    {
        var found = new HashSet<int>();
        if (Guideline(best)) return found;
        HashSet<int>? documented = null;
        var bestTitle = index.TitleTokens(best.Code);
        foreach (var t in tokens)
        {
            if (t.Negated || t.Id < 0 || Array.IndexOf(AcuityStems, t.Stem) < 0) continue;
            if (States(best, t.Id) || (best.Source is { } d && Array.IndexOf(d.Optional, t.Id) >= 0)) continue;
            documented ??= DocumentedWords(tokens);
            bool Plainly(string code)
            {
                var title = index.TitleTokens(code);
                return Array.IndexOf(title, t.Id) >= 0
                    && Array.TrueForAll(title, w => index.Free[w] || documented.Contains(w) || Array.IndexOf(bestTitle, w) >= 0);
            }
            // A candidate of another category that says it plainly ("Depression, recurrent": F33.9 beside F32.9) decides too.
            var expressible = CodeSet.BillableDescendants(best.Code[..3], MaxDescendants).Any(e => Plainly(e.Code))
                || ranked.Take(DocumentsRefined).Any(c => !Guideline(c) && Plainly(c.Code));
            if (!expressible) found.Add(t.Id);
        }
        return found;
    }

    /// <summary>Share of its weight a documented qualifier keeps when no code can say it (see <see cref="WithUnexpressedQualifier"/>).</summary>
    private const float UnexpressedQualifierShare = 0.3f;

    /// <summary>At most this share of the statement's weight may be a qualifier no code can say: the rest must be the best code's.</summary>
    private const float UnexpressedQualifierMaxShare = 0.34f;

    /// <summary>
    /// "Rosacea of face", "Diastolic dysfunction with chronic heart failure", "Onychomycosis of toenails": a documented word that no
    /// code of the best code's category states, and no candidate states (its title, a title above it, or the index path that led
    /// to it) without also stating a qualifier the statement lacks, cannot change the code: a coder assigns the best code and the
    /// word stays in the record. One such word, a minority of the statement's weight, keeps a share of it; best and runner-up are
    /// rescored alike, so a close runner-up still asks.
    /// </summary>
    private double WithUnexpressedQualifier(Candidate best, double runnerUp, List<Candidate> ranked, List<StatementToken> tokens, double confidence)
    {
        if (Guideline(best) || best.Source is not { } source) return confidence;
        // An "unspecified" code leaves the open word to its siblings' judgement ("Wart of hand": common, B07.8; "oral"
        // contraceptives: pills, Z30.011): only a code that already names the condition's kind may leave a word open.
        if (Title(best.Code).Contains("unspecified", StringComparison.OrdinalIgnoreCase)) return confidence;
        var documented = DocumentedWords(tokens);
        // An acuity word no code can say is weighed as WithUnexpressedAcuity weighs it ("Acute diverticulitis of sigmoid colon").
        // (Computed only when an open word is one: it walks the category.)
        HashSet<int>? acuity = null;
        var open = -1;
        foreach (var t in documented)
        {
            if (States(best, t) || Array.IndexOf(source.Optional, t) >= 0) continue;
            if (Array.IndexOf(AcuityStems, index.TokenKey(t)) >= 0 && (acuity ??= UnexpressedAcuity(best, ranked, tokens)).Contains(t)) continue;
            if (open >= 0) return confidence;
            open = t;
        }
        if (open < 0) return confidence;
        acuity ??= [];
        // A number is an axis (a stage, an age, a trimester): never a word the code may leave open.
        if (index.TokenKey(open).Any(char.IsDigit)) return confidence;
        // Some title or index path leads elsewhere in the category with the word: it may choose the code there (H69.8- for
        // "dysfunction"); a path to the best code itself ("Infection, pinworm" → B80) does not. A word that is an index entry by
        // itself in another chapter ("angina" beside Z95.5) names a condition of its own, not a qualifier ("infection" beside B80
        // says what B80 is).
        foreach (var p in index.Postings(open))
        {
            var leadsTo = index[p >> 1].Code;
            if ((string.CompareOrdinal(leadsTo, 0, best.Code, 0, 3) == 0 && !best.Code.StartsWith(leadsTo, StringComparison.Ordinal))
                || (index[p >> 1] is { Kind: DiagnosisTextIndex.DocumentKind.Index, Required: [var only] } && only == open && leadsTo[0] != best.Code[0])) return confidence;
        }
        // Some candidate states it (its title, or the index path that led to it) without a qualifier the statement lacks and the
        // best code does not state: a coder weighs that reading. (One that states more, "Infection, helminth" beside B80, is no reading.)
        var bestTitle = index.TitleTokens(best.Code);
        bool Plain(int w) => index.Free[w] || documented.Contains(w) || Array.IndexOf(bestTitle, w) >= 0;
        foreach (var c in ranked.Take(DocumentsRefined))
        {
            if (c == best || Guideline(c)) continue;
            var required = c.Source is { } via ? via.Required : [];
            if ((StatesCode(c.Code, open) || Array.IndexOf(required, open) >= 0)
                && Array.TrueForAll(index.TitleTokens(c.Code), Plain) && Array.TrueForAll(required, Plain)) return confidence;
        }
        float total = 0, unexpressed = 0, unexpressedAcuity = 0;
        foreach (var t in tokens)
        {
            total += t.Weight;
            if (!t.Negated && t.Id == open) unexpressed += t.Weight;
            else if (!t.Negated && acuity.Contains(t.Id)) unexpressedAcuity += t.Weight;
        }
        if (total <= 0 || unexpressed > UnexpressedQualifierMaxShare * total) return confidence;
        var lift = Math.Pow(total / (total - (1 - UnexpressedQualifierShare) * unexpressed - (1 - UnexpressedAcuityShare) * unexpressedAcuity), RecallExponent);
        return Math.Max(confidence, Confidence(best with { Score = Math.Min(1.0, best.Score * lift) }, Math.Min(1.0, runnerUp * lift)));
    }

    private static readonly string DominantStem = ClinicalText.Stem("dominant");
    private static readonly string RightStem = ClinicalText.Stem("right");
    private static readonly string LeftStem = ClinicalText.Stem("left");

    private const string DominanceEvidence = "guideline I.C.6.a: dominance not documented → the right side is dominant, the left non-dominant";

    /// <summary>The side's default dominance (guideline I.C.6.a: "If the left side is affected, the default is non-dominant. If
    /// the right side is affected, the default is dominant"), as the title words to look for; null when the statement documents
    /// dominance or no single side.</summary>
    private static string? DefaultDominance(List<StatementToken> tokens)
    {
        bool Says(string stem) => tokens.Exists(t => !t.Negated && t.Stem == stem);
        if (Says(DominantStem)) return null;
        var right = Says(RightStem);
        var left = Says(LeftStem);
        return right == left ? null : right ? "right dominant" : "left non-dominant";
    }

    /// <summary>Hemiplegia, monoplegia and the like have a code per side and dominance: with the dominance undocumented, the
    /// guideline's default for the documented side leads its sibling (I69.351 "right dominant", not I69.353 "right non-dominant").</summary>
    private void DominanceFirst(List<Candidate> ranked, List<StatementToken> tokens)
    {
        if (ranked.Count < 2 || Guideline(ranked[0]) || DefaultDominance(tokens) is not { } wanted) return;
        var best = ranked[0];
        if (!Title(best.Code).Contains("dominant", StringComparison.OrdinalIgnoreCase)) return;
        var at = Title(best.Code).Contains(wanted, StringComparison.OrdinalIgnoreCase) ? 0
            : ranked.FindIndex(c => DiffersInOneCharacter(c.Code, best.Code) && Title(c.Code).Contains(wanted, StringComparison.OrdinalIgnoreCase));
        if (at < 0) return;
        var chosen = ranked[at];
        ranked.RemoveAt(at);
        ranked.Insert(0, chosen with { Evidence = chosen.Evidence + "; " + DominanceEvidence });
    }

    /// <summary>The best is the documented side's default dominance and the other its sibling by dominance: settled by I.C.6.a.</summary>
    private bool DominanceSettled(Candidate other, Candidate best) =>
        best.Evidence.EndsWith(DominanceEvidence, StringComparison.Ordinal) && DiffersInOneCharacter(other.Code, best.Code)
        && Title(other.Code).Contains("dominant", StringComparison.OrdinalIgnoreCase);

    private static bool DiffersInOneCharacter(string code, string other) =>
        code.Length == other.Length && code.Where((ch, i) => ch != other[i]).Count() == 1;

    private static readonly string UnilateralStem = ClinicalText.Stem("unilateral");
    private static readonly string BothSidesStem = ClinicalText.Stem("bilateral");

    /// <summary>One documented side is unilateral: "hearing loss, left ear" is H90.12 "... unilateral, left ear". Added without
    /// weight: a title that says "unilateral" explains it (its precision), and the statement asks nothing more of any code.</summary>
    private void ImplyUnilateral(List<StatementToken> tokens)
    {
        bool Says(string stem) => tokens.Exists(t => !t.Negated && t.Stem == stem);
        if (Says(RightStem) == Says(LeftStem) || Says(BothSidesStem) || Says(UnilateralStem)) return;
        if (!index.TryGetToken(UnilateralStem, out var id)) return;
        tokens.Add(new StatementToken(UnilateralStem, false, id, index.TryGetToken("~" + UnilateralStem, out var o) ? o : -1, 0f));
    }

    private static readonly string[] OrganStems = [ClinicalText.Stem("eye"), ClinicalText.Stem("ear")];

    /// <summary>Share of its weight "eye" or "ear" keeps when it only names the side ("both eyes").</summary>
    private const float OrganAsSideShare = 0.3f;

    private static void LightenOrgans(List<StatementToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (Array.IndexOf(OrganStems, tokens[i].Stem) >= 0) tokens[i] = tokens[i] with { Weight = tokens[i].Weight * OrganAsSideShare };
    }
}
