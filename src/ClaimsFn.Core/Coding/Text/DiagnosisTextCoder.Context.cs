namespace ClaimsFn.Core.Coding.Text;

public sealed partial class DiagnosisTextCoder
{
    /// <summary>How many of the first pass's candidates, besides the best code's category, may claim a qualifier as their axis.</summary>
    private const int QualifierClaimants = 20;

    /// <summary>Words by which titles name a site: a category whose titles use any of them has a site axis.</summary>
    private static readonly string[] SiteAxisStems = [.. ((string[])["site", "region", "limb", "extremity", "trunk", "head", "face", "neck", "back", "chest",
        "abdomen", "arm", "forearm", "leg", "thigh", "hand", "finger", "foot", "toe", "shoulder", "elbow", "wrist", "knee", "ankle", "hip", "buttock", "scalp",
        "eyelid", "lip", "ear", "nose", "groin", "axilla", "plantar", "palmar", "perianal", "genital", "oral", "upper", "lower", "multiple"]).Select(ClinicalText.Stem)];

    private static readonly HashSet<string> GenericQualified = new(((string[])["symptoms", "disease", "case", "illness", "episodes"]).Select(ClinicalText.Stem), StringComparer.Ordinal);

    /// <summary>
    /// The statement without the qualifiers that document nothing the best code could say, or null when none does. A severity or
    /// course word ("mild", "flare", "recurrent") is noise when no title of the best code's category, nor of the candidates close to
    /// it, states it ("Croup, mild" → J05.0; not "Asthma, mild", where J45.2- says it; not "Depression, recurrent", where F33 does).
    /// A negated qualifier ("without thyrotoxic crisis", "no rupture") is noise or documentation of the best code itself, unless the
    /// best code states what it negates. AnotherCode: the best read only the dropped words ("gout flare": J45.901 "with (acute)
    /// exacerbation"; "Nausea without vomiting": T75.3 by "Nausea, marina"), so the statement without them may lead to another code.
    /// </summary>
    private (string Text, bool AnotherCode)? WithoutUnclaimedQualifiers(string text, string best, List<Candidate> ranked)
    {
        var qualifiers = DocumentedStatement.Qualifiers(text);
        if (qualifiers.Count == 0) return null;
        // A close candidate reads the same diagnosis: its title says one of the statement's other words ("Depression, recurrent": F33.9
        // says "depressive"; the dementia codes that say "mild" say nothing of "Croup, mild").
        var rest = text;
        foreach (var (at, length, _) in qualifiers.OrderByDescending(q => q.Index))
            if (at + length <= rest.Length && rest[at..(at + length)].Trim().Length > 0) rest = rest.Remove(at, length).Insert(at, new string(' ', length));
        var restIds = ClinicalText.Normalize(rest, index.Vocabulary).Where(t => !t.Negated)
            .Select(t => index.TryGetToken(t.Stem, out var id) ? id : -1).Where(id => id >= 0).ToHashSet();
        // The best code's category claims only when the best reads the same diagnosis: "gout flare" is first "exacerbation" J45.901,
        // whose category claims the flare that gout's does not.
        var bestReads = restIds.Count == 0 || index.TitleTokens(best).Any(restIds.Contains);
        var close = ranked.Take(QualifierClaimants).Select(c => c.Code).Where(c => index.TitleTokens(c).Any(restIds.Contains)).ToList();
        var withBest = CodeSet.BillableDescendants(best[..3], MaxDescendants).Select(e => e.Code).Append(best).Concat(close).Distinct(StringComparer.Ordinal).ToList();
        // A site stays claimed by the best's category either way ("Lipoma of back": M54 "back" keeps the site that D17.9 would drop).
        var courseClaimants = bestReads ? withBest : close;
        var anotherCode = !bestReads;
        var bestTitle = index.TitleTokens(best);
        var drop = new List<(int Index, int Length)>();
        foreach (var (at, length, kind) in qualifiers.OrderBy(q => q.Index))
        {
            if (drop.Exists(d => at < d.Index + d.Length && d.Index < at + length)) continue;
            var negated = kind == QualifierKind.Negated;
            var words = ClinicalText.Normalize(text.Substring(at, length), index.Vocabulary).Where(t => !t.Negated || negated).Select(t => t.Stem).ToList();
            // "Mild symptoms", "recurrent episodes": the qualifier is the first word; the noun after it says nothing of its own.
            if (words.Count > 1) words.RemoveAll(GenericQualified.Contains);
            // A site is the code's axis when a title of the category, or of a close candidate, names any site (D17.1 "... of trunk" for
            // "Lipoma of back"; B07.0 "Plantar wart" for "Wart of hand"), not only the site written.
            if (kind == QualifierKind.Site) words = [.. words.Concat(SiteAxisStems)];
            if (words.Count == 0) continue;
            var claimed = negated
                // The best code states the opposite only when it says every word, none negated (F03.90 "without behavioral
                // disturbance, psychotic disturbance, ..." negates "behavioral", whatever its later "disturbance" reads as).
                ? words.All(w => index.TryGetToken(w, out var id) && Array.IndexOf(bestTitle, id) >= 0) && !words.Any(w => index.TryGetToken("~" + w, out var id) && Array.IndexOf(bestTitle, id) >= 0)
                : words.Any(w => index.TryGetToken(w, out var id) && (kind == QualifierKind.Site ? withBest : courseClaimants).Exists(c => Array.IndexOf(index.TitleTokens(c), id) >= 0));
            if (!claimed) drop.Add((at, length));
            // A dropped site must lead to the same code ("Lipoma of back": M54's "back" is no reason to code D17.9).
            if (!claimed && kind == QualifierKind.Site) anotherCode = false;
        }
        if (drop.Count == 0) return null;
        var result = text;
        foreach (var (at, length) in drop.OrderByDescending(d => d.Index)) result = result.Remove(at, length).Insert(at, " ");
        return (result.Trim(' ', ',', ';'), anotherCode);
    }

    /// <summary>
    /// A statement that lists diagnoses one by one ("Principal diagnosis: COPD exacerbation. Secondary: chronic hypoxic respiratory
    /// failure", "Tobacco cessation counseling; nicotine dependence"), when it is not confident as a whole: each diagnosis is coded on
    /// its own (a secondary list that does not read as one is read item by item, "Secondary: type 2 diabetes, hypertension") and the
    /// codes are assigned in the written order at the lowest confidence. Not when a guideline links or orders them otherwise: diabetes or
    /// hypertension beside another condition they may be presumed to cause (I.C.4.a, I.C.9.a), or a code that is sequenced first
    /// (sepsis, COVID-19, HIV, pregnancy) written after another.
    /// </summary>
    private TextCodingResult? SeparatelyCoded(string statement, int maxSuggestions)
    {
        if (DocumentedStatement.SeparateDiagnoses(statement) is not { } parts) return null;
        var results = new List<TextCodingResult>();
        for (var i = 0; i < parts.Count; i++)
        {
            var whole = CodeWithin(parts[i], null, maxSuggestions, inParts: true);
            if (whole.AutoAssigned) { results.Add(whole); continue; }
            if (i == 0) return null;
            var items = parts[i].Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (items.Length < 2) return null;
            foreach (var item in items)
            {
                var one = CodeWithin(item, null, maxSuggestions, inParts: true);
                if (!one.AutoAssigned) return null;
                results.Add(one);
            }
        }
        var codes = results.SelectMany(r => r.AssignedCodes).Distinct(StringComparer.Ordinal).ToList();
        // Hypertension listed beside heart failure is hypertensive heart disease with heart failure (I.C.9.a.1): I11.0, then the I50.x.
        var heart = AdditionalCodeRules.HypertensiveHeartFailure(codes);
        if (codes.Count < 2 || !Separable(heart is null ? codes : [.. codes.Where(c => c != "I10")])) return null;
        if (heart is not null) codes = heart;
        // A manifestation code ("... in diseases classified elsewhere") follows its etiology's rules, not the written order; a cause
        // that hypertension is written with is secondary hypertension (I15), one code.
        if (codes.Exists(c => Title(c).Contains("classified elsewhere", StringComparison.OrdinalIgnoreCase))) return null;
        // A condition "secondary to" another of its own chapter is often one code (hypothyroidism secondary to thyroidectomy is E89.0,
        // hypertension secondary to a renal disorder I15.x): the coder asks.
        if (statement.Contains("secondary to", StringComparison.OrdinalIgnoreCase) && (codes.Exists(c => c[..3] is "I10" or "I15" or "I16") || codes.Select(c => c[0]).Distinct().Count() < codes.Count))
            return null;
        var confidence = results.Min(r => r.Best!.Confidence);
        var evidence = string.Join(" + ", results.Select(r => r.Best!.Evidence)) + "; each diagnosis listed is coded on its own, in the order written";
        return new TextCodingResult(statement, [new CodeSuggestion(codes[0], Title(codes[0]), confidence, evidence)], true, null)
        {
            AdditionalCodes = [.. codes.Skip(1).Select(c => new CodeSuggestion(c, Title(c), confidence, "listed on its own, after " + IcdCodeText(codes[0])))],
        };
    }

    /// <summary>Codes listed apart that no guideline links or reorders (see <see cref="SeparatelyCoded"/>).</summary>
    private static bool Separable(List<string> codes)
    {
        static bool Diabetes(string c) => c.Length >= 3 && c[..3] is "E08" or "E09" or "E10" or "E11" or "E13" or "O24";
        static bool Hypertension(string c) => c.Length >= 3 && c[..3] is "I10" or "I11" or "I12" or "I13" or "I15" or "I16" or "O10" or "O11" or "O13" or "O16";
        // Conditions diabetes is presumed to cause ("with", I.C.4.a): kidney, nerves, eye, circulation, skin, joints, bone, mouth, sugar.
        static bool DiabetesLinked(string c) => c[0] is 'N' or 'G' or 'H' or 'L' or 'M' or 'K' || c[..3] is "I70" or "I73" or "I79" or "E16" or "E87" or "R73";
        // Heart and kidney disease hypertension is presumed to cause (I.C.9.a).
        static bool HypertensionLinked(string c) => c[..3] is "I50" or "I51" or "I42" or "I43" or "N18" or "N19" or "N26" or "I09" or "I13" or "I12" or "I11";
        static bool SequencedFirst(string c) => c[..3] is "A40" or "A41" or "R65" or "B20" or "U07" || c[0] == 'O';
        if (codes.Exists(Diabetes) && codes.Exists(c => !Diabetes(c) && DiabetesLinked(c))) return false;
        if (codes.Exists(Hypertension) && codes.Exists(c => !Hypertension(c) && HypertensionLinked(c))) return false;
        for (var i = 1; i < codes.Count; i++)
            if (SequencedFirst(codes[i]) && !SequencedFirst(codes[i - 1])) return false;
        return true;
    }
}
