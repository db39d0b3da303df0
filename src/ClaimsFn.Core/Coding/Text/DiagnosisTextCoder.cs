namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// Proposes billable ICD-10-CM codes for diagnosis text ("T2DM with hyperglycemia", "left knee pain") the
/// way a coder works: find the term in the Alphabetic Index or a title, follow it to a code, then take the
/// billable descendant the documentation supports (laterality, type, stage, 7th character). Guideline
/// defaults apply (diabetes without a type is type 2; hypertension with CKD or heart failure is a
/// combination code). Each candidate carries a 0–1 confidence; below <see cref="AutoCodeThreshold"/>, or
/// when the documentation leaves a required choice open, the result asks a coder instead of guessing.
/// One instance per code set; thread-safe.
/// </summary>
public sealed partial class DiagnosisTextCoder
{
    /// <summary>The default confidence needed to assign a code without a coder.</summary>
    public const double DefaultAutoCodeThreshold = ClaimsFnOptions.DefaultAutoCodeThreshold;

    private const int DocumentsRefined = 16;
    private const int MaxDescendants = 400;
    private const double GuidelineConfidence = 0.97;

    /// <summary>Above any text score (at most 1), so a guideline candidate sorts first.</summary>
    private const double GuidelineRank = 2.0;
    private const double MarginForFullConfidence = 0.06;
    private const double FullMatch = 0.95;

    /// <summary>A word matched only through a nonessential modifier explains the statement a little less than a word the
    /// description states (so "acute on chronic" prefers the code that says "acute" over one whose ancestor allows it).</summary>
    private const float OptionalMatchShare = 0.85f;

    /// <summary>A document explaining less than this share of the statement is not a candidate (its score would be under 0.09).</summary>
    private const float MinimumRecall = 0.2f;

    // Score = recall^1.5 × precision^0.75: a statement word no code explains costs more than a default the code adds;
    // set by evaluation on labelled statements (see bench coding-eval), not by the test set alone.
    private const double RecallExponent = 1.5;
    private const double PrecisionExponent = 0.75;

    private static readonly string DiabetesStem = ClinicalText.Stem("diabetes");
    private static readonly string ImmunizationStem = ClinicalText.Stem("immunization");

    /// <summary>Words that make an immunization statement something other than a vaccination encounter (Z28, T88, Z88...).</summary>
    private static readonly string[] NotAVaccinationEncounter = [.. ((string[])["delayed", "partial", "underimmunization", "complication", "reaction",
        "refused", "refusal", "allergy", "status", "history", "infection", "adverse", "contraindication", "caregiver", "exposure"]).Select(ClinicalText.Stem)];

    /// <summary>Words that make a COVID-19 statement something other than a current case (exposure, screening, history, vaccination...).</summary>
    private static readonly string[] NotACovidCase = [.. ((string[])["exposure", "contact", "screening", "history", "immunization", "vaccination", "underimmunization",
        "sequela", "post", "long", "condition", "personal", "test", "multisystem", "inflammatory", "resolved", "carrier"]).Select(ClinicalText.Stem)];

    private static readonly string UncontrolledStem = ClinicalText.Stem("uncontrolled");
    private static readonly string HyperglycemiaStem = ClinicalText.Stem("hyperglycemia");

    /// <summary>Words that give diabetes a type or another cause, so the type 2 default does not apply.</summary>
    private static readonly HashSet<string> DiabetesTypeWords = new(
        ((string[])["type", "insipidus", "gestational", "gestation", "pregnancy", "pregnant", "drug", "chemical", "underlying", "neonatal", "steroid",
            "pancreatectomy", "postpancreatectomy", "postprocedural", "secondary", "mody", "prediabetes", "bronzed", "insulin-dependent", "juvenile",
            "family", "history", "screening", "exposure", "counseling", "surveillance"])
        .Select(ClinicalText.Stem), StringComparer.Ordinal);

    private static readonly string[] EncounterStems = [.. ((string[])["initial", "subsequent", "sequela", "follow", "healing", "routine"]).Select(ClinicalText.Stem)];
    private static readonly string[] SideStems = [.. ((string[])["right", "left", "bilateral", "unilateral"]).Select(ClinicalText.Stem)];

    private readonly DiagnosisTextIndex index;
    private readonly AdditionalCodeRules rules;
    private readonly StatementSpelling spelling;
    // Scratch space is rented per call: as many exist as calls ran at once, not one per thread that ever coded.
    private readonly System.Collections.Concurrent.ConcurrentBag<Scratch> scratchPool = [];

    public DiagnosisTextCoder(IcdCodeSet codeSet, IReadOnlyList<AlphabeticIndexEntry>? alphabeticIndex = null, double autoCodeThreshold = DefaultAutoCodeThreshold, ClinicalVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(codeSet);
        ArgumentOutOfRangeException.ThrowIfLessThan(autoCodeThreshold, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(autoCodeThreshold, 1.0);
        index = new DiagnosisTextIndex(codeSet, alphabeticIndex, vocabulary ?? ClinicalVocabulary.Default);
        rules = new AdditionalCodeRules(codeSet);
        spelling = new StatementSpelling(codeSet);
        AutoCodeThreshold = autoCodeThreshold;
        HasAlphabeticIndex = alphabeticIndex is { Count: > 0 };
    }

    public IcdCodeSet CodeSet => index.CodeSet;

    public double AutoCodeThreshold { get; }

    public bool HasAlphabeticIndex { get; }

    /// <summary>Descriptions indexed (titles plus index paths).</summary>
    public int DocumentCount => index.DocumentCount;

    /// <summary>Codes one statement of diagnosis text.</summary>
    public TextCodingResult Code(string statement, int maxSuggestions = 5) => CodeWithin(statement, null, maxSuggestions);

    /// <summary>
    /// Picks the billable code under a header that the documentation supports (e.g. M25.56 + "left" →
    /// M25.562), or says what is missing.
    /// </summary>
    public TextCodingResult ResolveHeader(string header, string documentation, int maxSuggestions = 5) =>
        CodeWithin(documentation, header.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant(), maxSuggestions);

    private TextCodingResult CodeWithin(string statement, string? within, int maxSuggestions, string? organismText = null, bool inParts = true, bool trimesterWords = true, bool bilateralIsWord = false, bool qualifiersRead = false)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var lowered = statement.ToLowerInvariant();
        var text = WithoutSemanticTag(statement);
        var text0 = text;
        DocumentedStatement? documented = null;
        if (within is null)
        {
            // Problem-list and discharge phrasing, ruled-out and uncertain clauses, treatment and BMI set aside (see DocumentedStatement).
            documented = DocumentedStatement.Read(text, index.Vocabulary.UncertainPhrases,
                IsDiagnosisWord, trimesterWords);
            if (documented.UncertainOnly)
                return new TextCodingResult(statement, [], false, UncertainQuestion);
            // "Hypertention", "pnuemonia": a slip of the pen is read as the word it is nearest to (see StatementSpelling).
            text = spelling.Correct(documented.Text, IsDiagnosisWord);
            // "s/p right TKA", "Aftercare following left THA", "Coronary stent in place": a status the guidelines code outright.
            if (rules.Status(text) is { } status) return Assigned(statement, status.Codes, GuidelineConfidence, status.Evidence);
            // "Supervision of normal first pregnancy", "On long-term prednisone", "Accidental overdose of acetaminophen": a class one rule codes (see AdditionalCodeRules.RoutineReading).
            if (rules.RoutineReading(text, documented, text0) is { } routine) return Assigned(statement, routine.Codes, GuidelineConfidence, routine.Evidence);
        }
        else if (IsUncertain(lowered))
            return new TextCodingResult(statement, [], false, UncertainQuestion);

        var tokens = Statement(text, documented?.Bilateral == true && !bilateralIsWord);
        // "Both eyes", "both ears" name the side of an eye or ear code: "bilateral" says it (H52.13 "Myopia, bilateral"), and the
        // organ word weighs little (it still leads "Pain in both eyes" to H57.13 "Ocular pain, bilateral").
        if (documented?.Bilateral == true && BilateralOrgan().IsMatch(documented.Text)) LightenOrgans(tokens);
        if (tokens.Count == 0)
            return new TextCodingResult(statement, [], false, "The statement holds no diagnosis words; enter the diagnosis or its code.");

        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var s = scratchPool.TryTake(out var rented) ? rented : new Scratch(index);
        try
        {
            Score(tokens, within, candidates, s);
            if (within is not null && CodeSet.TryGet(within, out var header))
            {
                // The header's words are given by the code itself: they count for the statement, never against the descendants.
                var doc = new DiagnosisTextIndex.Document(within, [], index.TitleTokens(within), 0, DiagnosisTextIndex.DocumentKind.Index, $"{IcdCodeText(within)} {header.Title}");
                Refine(doc, RequiredWeightOf(doc), MatchedOf(doc, tokens), MatchedRequiredOf(doc, tokens), 0f, tokens, candidates, s);
            }
        }
        finally
        {
            scratchPool.Add(s);
        }
        // A guideline rule names the code outright: it leads whatever the text matched.
        if (within is null && GuidelineCombination(tokens, text, lowered) is { } rule && CodeSet.TryGet(rule.Code, out var ruleEntry) && ruleEntry.Billable)
            candidates[rule.Code] = new Candidate(rule.Code, GuidelineRank, 1, 1, rule.Evidence);

        var ranked = candidates.Values.Where(c => Related(c.Code, text)).OrderByDescending(c => c.Score).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        // "Both eyes" where the best code has a bilateral sibling (H40.1131 beside H40.1121): "bilateral" is then a documented word
        // like any other, not one that a code per side answers as well (that reading is for codes without one: AdditionalCodeRules).
        if (documented?.Bilateral == true && !bilateralIsWord && ranked.Count > 0 && !Guideline(ranked[0])
            && CodeWithin(statement, within, maxSuggestions, organismText, bilateralIsWord: true) is { Best: { } both } bilateral
            && IsBilateralSibling(both.Code, ranked[0].Code))
            return bilateral;
        // "Hx DVT", "h/o C diff": a personal history is coded as history (Z85–Z87, I25.2 old MI), not as the condition itself, when the
        // index offers a history code; the condition's own code explains more words ("deep") but says the patient has it now.
        if (within is null && PersonalHistory().IsMatch(text) && !FamilyHistory().IsMatch(text) && ranked.Any(IsHistory))
            ranked = ranked.Where(IsHistory).ToList();
        if (ranked.Count == 0)
            return new TextCodingResult(statement, [], false, "No ICD-10-CM title or index term matches the statement; a coder codes it from the documentation.");
        // The plain reading leads a near tie: a code whose title states a qualifier the documentation lacks is not its reading.
        PlainestFirst(ranked, tokens);
        DominanceFirst(ranked, tokens);

        var best = ranked[0];
        var runnerUp = ranked.Count > 1 ? RunnerUp(best, ranked, text, tokens) : 0;
        var confidence = Guideline(best) ? GuidelineConfidence : Confidence(best, runnerUp);
        if (confidence < AutoCodeThreshold) confidence = WithUnexpressedAcuity(best, runnerUp, ranked, tokens, confidence);
        if (confidence < AutoCodeThreshold) confidence = WithUnexpressedQualifier(best, runnerUp, ranked, tokens, confidence);
        // An "unspecified" code while a code of the same category explains a documented word it leaves unexplained ("familial
        // dilated cardiomyopathy" → I42.00 beside I42.01): the documentation says more than the code; a coder decides.
        if (!Guideline(best) && confidence >= AutoCodeThreshold && SiblingExplainsMore(best, ranked, tokens)) confidence = Math.Min(confidence, UnexplainedWordConfidence);
        // "Tobacco use disorder, cigarettes" → F17.211 "... in remission" by the only index path under "cigarettes": the code differs
        // from its sibling F17.210 "..., uncomplicated" by a word the documentation lacks; a coder decides.
        if (!Guideline(best) && confidence >= AutoCodeThreshold && ChosenByAnUndocumentedWord(best, tokens)) confidence = Math.Min(confidence, UnexplainedWordConfidence);
        // "Both eyes" answered by a code without a side while its category has codes per side: the documentation says more than
        // the code ("bilateral" weighs little only so that a code per side can answer it); a coder decides.
        // (A code whose siblings differ from it by the side alone, M67.A09 "unspecified foot", is answered per side by the rules.)
        if (documented?.Bilateral == true && !Guideline(best) && confidence >= AutoCodeThreshold && !SideWords().IsMatch(Title(best.Code)) && HasSides(best.Code)
            && !CodeSet.BillableDescendants(best.Code[..^1], MaxDescendants).Any(e => DiffersInOneCharacter(e.Code, best.Code) && RightOrLeft().IsMatch(e.Title)))
            confidence = Math.Min(confidence, UnexplainedWordConfidence);
        var question = AxisQuestion(best.Code, tokens, sideDefaults: within is null, out var unspecifiedSide);
        if (question is not null) confidence = Math.Min(confidence, 0.5);

        var suggestions = new List<CodeSuggestion>(Math.Min(maxSuggestions, ranked.Count));
        foreach (var c in ranked.Take(maxSuggestions))
        {
            var conf = c == best ? confidence : Math.Min(Confidence(c, Math.Min(1.0, best.Score)), confidence);
            var evidence = c == best && unspecifiedSide ? c.Evidence + "; " + UnspecifiedSideEvidence : c.Evidence;
            suggestions.Add(new CodeSuggestion(c.Code, Title(c.Code), Math.Round(conf, 3), evidence));
        }
        IReadOnlyList<CodeSuggestion> additional = [];
        if (documented is not null)
        {
            var (codes, why) = rules.Apply(best.Code, documented, organismText ?? documented.Text);
            if (documented.Bilateral && codes.Count > 0 && (codes[0] != best.Code || codes.Count > 1) && codes[0][..^1] == best.Code[..^1])
            {
                // "Bilateral" settles the side: siblings that differ only by side no longer compete.
                var other = ranked.FirstOrDefault(c => c.Code.Length != best.Code.Length || c.Code[..^1] != best.Code[..^1]);
                confidence = Math.Max(confidence, Confidence(best, other?.Score ?? 0));
                if (question is not null && question.StartsWith("Which side", StringComparison.Ordinal)) question = null;
            }
            if (codes[0] != best.Code)
                suggestions.Insert(0, new CodeSuggestion(codes[0], Title(codes[0]), Math.Round(confidence, 3), $"{best.Evidence}; {IcdCodeText(best.Code)} → {IcdCodeText(codes[0])} by guideline"));
            if (codes.Count == 1 && IsDiabeticFootUlcer(codes[0]) && UlcerSite(documented.Text) is { } site)
            {
                codes = [codes[0], site];
                why = [.. why, $"{IcdCodeText(site)}: use additional code to identify the site of the ulcer (L97.4-, L97.5-)"];
            }
            if (AdditionalCodeRules.PreExistingDiabetesInPregnancy(codes[0]) && DiabetesInPregnancy(documented.Text, codes[0]) is { } diabetes)
            {
                codes = [codes[0], diabetes, .. codes.Skip(1)];
                why = [.. why, $"{IcdCodeText(diabetes)}: pre-existing diabetes in pregnancy: O24 first, then the diabetes code (I.C.15.g)"];
            }
            // The codes proposed together answer for the statement (see Calibrated).
            if (question is null) confidence = Calibrated(best, codes, tokens, confidence);
            suggestions[0] = suggestions[0] with { Confidence = Math.Round(confidence, 3) };
            var evidence = string.Join("; ", why);
            additional = [.. codes.Skip(1).Select(c => new CodeSuggestion(c, Title(c), Math.Round(confidence, 3), evidence))];
            if (codes[0] != best.Code && suggestions.Count > maxSuggestions) suggestions.RemoveAt(suggestions.Count - 1);
        }
        var auto = question is null && confidence >= AutoCodeThreshold;
        if (!auto && question is null)
        {
            question = ranked.Count > 1 && best.Score - runnerUp < 0.15
                ? $"Which fits the documentation: {string.Join(" or ", suggestions.Take(3).Select(s => $"{s.Dotted} ({s.Title})"))}?"
                : $"The closest code, {suggestions[0].Dotted} ({suggestions[0].Title}), does not match the statement fully; confirm it or document the diagnosis more specifically.";
        }
        if (!auto && organismText is null && documented is not null && FamilyHistoryOfCondition(documented.Text, maxSuggestions) is { } family)
            return family with { Statement = statement };
        if (!auto && organismText is null && documented is not null && OrganismPhrase().Match(documented.Text) is { Success: true } organism)
        {
            // "Cystitis due to E. coli": when the organism keeps the condition from a confident code, code the condition and
            // add the organism (B95–B96, "use additional code"); a combination code that names it (J15.212) wins the first pass.
            var condition = documented.Text.Remove(organism.Index, organism.Length).Trim(' ', ',');
            if (condition.Length > 0)
            {
                var second = CodeWithin(condition, null, maxSuggestions, documented.Text);
                // A documented organism contradicts a code for a noninfective condition ("E. coli enteritis" is not K52.9).
                // Nor one for an unspecified organism ("Sepsis due to E. coli" is not A41.9).
                if (second.AutoAssigned && !Title(second.Best!.Code).Contains("noninfective", StringComparison.OrdinalIgnoreCase)
                    && !Title(second.Best!.Code).Contains("unspecified organism", StringComparison.OrdinalIgnoreCase))
                    return second with { Statement = statement };
            }
        }
        if (!auto && organismText is null && documented is not null && SideWords().IsMatch(documented.Text) && !HasSides(best.Code))
        {
            // Guideline I.B.13: a side is coded where the classification provides one. When the best code's category has no side
            // ("right ureteral stone", "lymphedema of left arm"), the documented side is no evidence against it: code without it.
            var withoutSide = SideWords().Replace(documented.Text, " ").Trim(' ', ',');
            if (withoutSide.Length > 0)
            {
                var second = CodeWithin(withoutSide, null, maxSuggestions, documented.Text);
                if (second.AutoAssigned && second.Best!.Code == best.Code && second.ProposedCodes.All(c => !HasSides(c)))
                    return second with { Statement = statement };
            }
        }
        if (!auto && organismText is null && documented is not null && WithoutTheSiteTheBestIsAbout(best, ranked, documented.Text, tokens) is { } siteless)
        {
            // The condition coded without the site: its code stands when its category has no side and names none of those sites.
            var second = CodeWithin(siteless.Text, null, maxSuggestions, documented.Text);
            if (second.AutoAssigned && second.AdditionalCodes.Count == 0 && !HasSides(second.Best!.Code)
                && !CategoryStates(second.Best.Code, t => siteless.Sites.Contains(t)))
                return second with { Statement = statement };
        }
        if (!auto && trimesterWords && organismText is null && documented?.TrimesterFromWeeks is not null)
        {
            // "Hyperemesis gravidarum, mild, 10 weeks": the trimester the weeks give is no word of a code without trimesters; code without it.
            var second = CodeWithin(statement, null, maxSuggestions, inParts: inParts, trimesterWords: false);
            if (second.AutoAssigned) return second;
        }
        // "Croup, mild", "Graves disease without thyrotoxic crisis": qualifiers that document nothing the best code could say are
        // read as such; the statement without them must lead to the same code, confidently (see WithoutUnclaimedQualifiers).
        if (!auto && !qualifiersRead && organismText is null && documented is not null && suggestions.Count > 0
            && WithoutUnclaimedQualifiers(text0, suggestions[0].Code, ranked) is { Text.Length: > 0 } unclaimed)
        {
            // Or to another code, when the best read only the qualifier ("gout flare": J45.901 "... with (acute) exacerbation").
            var second = CodeWithin(unclaimed.Text, null, maxSuggestions, inParts: inParts, trimesterWords: trimesterWords, qualifiersRead: true);
            if (second.AutoAssigned && (second.Best!.Code == suggestions[0].Code || unclaimed.AnotherCode)) return second with { Statement = statement };
        }
        // "Adult wellness exam with abnormal findings: hyperlipidemia": the exam code, then the finding it names (I.C.21.c.13).
        if (inParts && organismText is null && documented is not null && AdditionalCodeRules.IsExamWithFindings(best.Code) && ExamFinding().Match(documented.Text) is { Success: true } found)
            return WithExamFinding(statement, best.Code, confidence, found.Groups["finding"].Value, maxSuggestions);
        if (!auto && inParts && organismText is null && documented is not null && WithInjurySequela(documented.Text, maxSuggestions) is { } sequela)
            return sequela with { Statement = statement };
        if (!auto && inParts && organismText is null && documented is not null && WithAdverseEffect(documented.Text, maxSuggestions) is { } adverse)
            return adverse with { Statement = statement };
        if (!auto && inParts && organismText is null && documented is not null && WithMetastasis(documented.Text, maxSuggestions) is { } spread)
            return spread with { Statement = statement };
        // "Hepatitis C screening", "Encounter for chemotherapy for breast cancer": the encounter's Z code, by its reason (see AdditionalCodeRules.ReadEncounter).
        if (inParts && organismText is null && documented is not null && !(auto && IsEncounterCode(best.Code)) && WithEncounterReason(documented.Text, maxSuggestions) is { } encounter)
            return encounter with { Statement = statement };
        if (!auto && inParts && organismText is null && documented is not null && InParts(documented.Text, maxSuggestions) is { } combined)
            return combined with { Statement = statement };
        if (!auto && inParts && !qualifiersRead && organismText is null && documented is not null && SeparatelyCoded(text0, maxSuggestions) is { } separately)
            return separately with { Statement = statement };
        return new TextCodingResult(statement, suggestions, auto, auto ? null : question) { AdditionalCodes = additional };
    }

    /// <summary>
    /// "Lung cancer with metastasis to brain", "Left breast cancer with bone metastases": the primary, then the secondary site (C77–C79),
    /// each coded (I.C.2). The primary is coded from the rest of the statement; documented spread makes it a current neoplasm, so a
    /// personal history code (Z85) is no reading of it. Null unless both parts are read.
    /// </summary>
    private TextCodingResult? WithMetastasis(string text, int maxSuggestions)
    {
        var m = MetastasisTo().Match(text);
        if (!m.Success) m = SiteMetastases().Match(text);
        if (!m.Success) return null;
        // The secondary site as its title words it (C78.7 "liver and intrahepatic bile duct").
        var site = m.Groups["site"].Value.Trim().ToLowerInvariant() switch { "liver" or "hepatic" => "liver and intrahepatic bile duct", "pulmonary" => "lung", var other => other };
        var rest = text.Remove(m.Index, m.Length).Trim(' ', ',', ';');
        if (site.Length == 0 || rest.Length == 0) return null;
        var secondary = CodeWithin("secondary malignant neoplasm of " + site, null, maxSuggestions, inParts: false);
        if (!secondary.AutoAssigned || secondary.AssignedCodes.Count != 1 || secondary.Best!.Code[..3] is not ("C77" or "C78" or "C79")) return null;
        var primary = CodeWithin(rest, null, maxSuggestions, inParts: false);
        if (primary.Best is not { } p || !IsPrimaryMalignancy(p.Code)) return null;
        var current = primary.AutoAssigned || (p.Confidence >= CurrentNeoplasmConfidence && primary.Suggestions.Skip(1).FirstOrDefault()?.Code.StartsWith("Z85", StringComparison.Ordinal) == true);
        if (!current) return null;
        var confidence = Math.Min(secondary.Best.Confidence, primary.AutoAssigned ? p.Confidence : GuidelineConfidence);
        return Assigned(text, [p.Code, secondary.Best.Code], confidence,
            $"{p.Evidence} + {secondary.Best.Evidence}; a primary malignant neoplasm and its secondary site, each coded, the primary first (I.C.2); documented spread: current, not history");
    }

    /// <summary>The exam "with abnormal findings" and the finding coded on its own, after it; a finding not read confidently asks.</summary>
    private TextCodingResult WithExamFinding(string statement, string exam, double examConfidence, string finding, int maxSuggestions)
    {
        var f = CodeWithin(finding.Trim(' ', ',', ';', ':', '-'), null, maxSuggestions, inParts: false);
        var codes = f.AutoAssigned ? [exam, .. f.AssignedCodes.Where(c => c != exam)] : (IReadOnlyList<string>)[exam];
        var confidence = f.AutoAssigned ? Math.Min(examConfidence, f.Best!.Confidence) : Math.Min(examConfidence, f.Best?.Confidence ?? 0);
        var evidence = $"{Title(exam)}; the finding, after it: {f.Best?.Evidence ?? "not read"} (I.C.21.c.13)";
        if (f.AutoAssigned && confidence >= AutoCodeThreshold) return Assigned(statement, codes, confidence, evidence);
        return new TextCodingResult(statement, [new CodeSuggestion(exam, Title(exam), Math.Round(confidence, 3), evidence)], false,
            $"An exam with abnormal findings is coded with the finding: code \"{finding.Trim()}\" ({(f.Best is { } b ? b.Dotted + " " + b.Title + "?" : "not read")}).");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\babnormal findings?\s*(?:[:(\-]|of|with|including|incl\.?)\s*(?<finding>[^)]+?)\s*\)?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ExamFinding();

    /// <summary>
    /// "Keloid of forehead, sequela of old laceration": the residual condition first, then the injury that caused it with the 7th
    /// character S (I.B.10, I.C.19.a). The injury takes the residual's site when it names none. Null unless both are read.
    /// </summary>
    private TextCodingResult? WithInjurySequela(string text, int maxSuggestions)
    {
        var m = InjurySequela().Match(text);
        if (!m.Success) return WithInjurySequelaNamedFirst(text, maxSuggestions);
        var residualText = m.Groups["residual"].Value.Trim(' ', ',', ';');
        var injury = m.Groups["injury"].Value.Trim(' ', ',', ';');
        if (residualText.Length == 0 || injury.Length == 0) return null;
        var at = ResidualSite().Match(residualText);
        var residual = CodeWithin(residualText, null, maxSuggestions, inParts: false);
        // "Keloid of forehead": a scar's site is no word of L91.0; the condition alone is its code.
        if (!residual.AutoAssigned && at.Success) residual = CodeWithin(residualText[..at.Index], null, maxSuggestions, inParts: false);
        if (!residual.AutoAssigned || residual.AssignedCodes.Any(c => c[0] is 'S' or 'T')) return null;
        var site = at.Success && !ResidualSite().IsMatch(injury) ? " of " + at.Groups["site"].Value : "";
        return WithSequelaInjury(text, residual, $"{injury}{site}", 0, maxSuggestions);
    }

    /// <summary>The residual read, then the injury coded with 7th character S: both codes, residual first; null unless the injury
    /// reads as an S/T sequela code at <paramref name="minConfidence"/> or more.</summary>
    private TextCodingResult? WithSequelaInjury(string text, TextCodingResult residual, string injury, double minConfidence, int maxSuggestions)
    {
        var cause = CodeWithin($"{injury}, sequela", null, maxSuggestions, inParts: false);
        if (!cause.AutoAssigned || cause.Best!.Confidence < minConfidence || cause.AssignedCodes.Any(c => c[0] is not ('S' or 'T') || c.Length != 7 || c[6] != 'S')) return null;
        return Assigned(text, [.. residual.AssignedCodes, .. cause.AssignedCodes], Math.Min(residual.Best!.Confidence, cause.Best!.Confidence),
            $"{residual.Best.Evidence} + {cause.Best.Evidence}; a sequela: the residual condition first, then the injury with 7th character S (I.B.10, I.C.19.a)");
    }

    /// <summary>The least confidence at which an injury coded from a fragment of the statement stands as a sequela's cause.</summary>
    private const double SequelaInjuryConfidence = 0.85;

    /// <summary>
    /// The other two ways a sequela is written (s19-t6): the injury first ("Late effect of left ankle sprain with chronic instability"), or
    /// the residual caused by an old injury ("Contracture of right knee due to old tibial shaft fracture"). The residual is coded first
    /// (with the injury's site when it names none), then the injury with 7th character S, its side from the residual when it says none.
    /// </summary>
    private TextCodingResult? WithInjurySequelaNamedFirst(string text, int maxSuggestions)
    {
        var m = InjuryFirstSequela().Match(text);
        if (!m.Success) m = ResidualOfOldInjury().Match(text);
        if (!m.Success) return null;
        var residualText = m.Groups["residual"].Value.Trim(' ', ',', ';', ':');
        var injury = m.Groups["injury"].Value.Trim(' ', ',', ';', ':');
        if (residualText.Length == 0 || injury.Length == 0) return null;
        // "Chronic instability" of the ankle the injury names: the residual takes the injury's site when it names none.
        var injurySite = InjuryNoun().Replace(injury, " ").Trim();
        var residual = CodeWithin(!ResidualSite().IsMatch(residualText) && injurySite.Length > 0 ? $"{residualText} of {injurySite}" : residualText, null, maxSuggestions, inParts: false);
        if (!residual.AutoAssigned || residual.AssignedCodes.Any(c => c[0] is 'S' or 'T')) return null;
        var side = RightOrLeft().Match(injury).Success ? "" : RightOrLeft().Match(residualText) is { Success: true } sw ? sw.Value + " " : "";
        // The injury is coded from a fragment of the statement: only a close reading of it stands ("right wrist fracture" reads S62.91- at 0.77, a hand code).
        return WithSequelaInjury(text, residual, $"{side}{injury}", SequelaInjuryConfidence, maxSuggestions);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:sequela|sequelae|late effects?) (?:of|from) (?:(?:an?|the|old|prior|previous|healed|remote)\s+)*(?<injury>.+?)[,;:]?\s+(?:with|causing|resulting in|:)\s+(?<residual>.+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex InjuryFirstSequela();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<residual>.+?)[,;]?\s+(?:due to|from|secondary to|following|after) (?:an?\s+|the\s+)?(?:old|healed|prior|previous|remote)\s+(?<injury>.+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ResidualOfOldInjury();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:sprain|strain|fracture|fx|injury|dislocation|laceration|burn|contusion|wound|tear)s?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex InjuryNoun();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<residual>.+?)[,;]?\s+(?:(?:as|is) (?:a )?)?(?:sequela|sequelae|late effects?) (?:of|from) (?:(?:an?|the|old|prior|previous|healed|remote)\s+)*(?<injury>.+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex InjurySequela();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:of|on|to|over)\s+(?:the\s+)?(?<site>.+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ResidualSite();

    /// <summary>The effect coded on its own (with the encounter, for its 7th character), then the drug's adverse-effect code (I.C.19.e.5.a).</summary>
    private TextCodingResult? WithAdverseEffect(string text, int maxSuggestions)
    {
        if (AdditionalCodeRules.ReadAdverseEffect(text) is not { } adverse) return null;
        // The encounter is the effect's too when its code has a 7th character (T78.3XXA angioedema); R21 rash has none.
        var effect = CodeWithin(adverse.Effect, null, maxSuggestions, inParts: false);
        if (!effect.AutoAssigned) effect = CodeWithin(adverse.Effect + ", " + adverse.Encounter, null, maxSuggestions, inParts: false);
        if (!effect.AutoAssigned || effect.AssignedCodes.Any(c => c[0] == 'T' && string.CompareOrdinal(c[..3], "T51") < 0) || !CodeSet.TryGet(adverse.DrugCode, out var drug) || !drug.Billable)
            return null;
        return Assigned(text, [.. effect.AssignedCodes, adverse.DrugCode], effect.Best!.Confidence,
            $"{effect.Best.Evidence}; {IcdCodeText(adverse.DrugCode)}: adverse effect of {adverse.Drug} taken as prescribed: the effect first, then the drug (T code, 5th/6th character 5; I.C.19.e.5.a)");
    }

    /// <summary>A primary reading this close, whose only rival is the personal history code, is the current neoplasm once spread is documented.</summary>
    private const double CurrentNeoplasmConfidence = 0.6;

    private static bool IsPrimaryMalignancy(string code) => code[0] == 'C' && string.CompareOrdinal(code[..3], "C77") < 0;

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;]?\s*(?:\b(?:with|w/)\s+)?\b(?:metastasis|metastases|metastatic disease|metastatic|mets)\s+(?:to|in|of)\s+(?:the\s+)?(?<site>[a-z][a-z ]*?)\s*(?=[,;.]|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MetastasisTo();

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;]?\s*(?:\b(?:with|w/)\s+)?\b(?<site>bone|brain|liver|lung|pulmonary|hepatic|adrenal|peritoneal|lymph node|nodal|pleural|skin|spinal|spine)\s+(?:metastasis|metastases|mets)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SiteMetastases();

    /// <summary>A code that already says the encounter (screening Z11–Z13, antineoplastic therapy Z51, counseling Z71).</summary>
    private static bool IsEncounterCode(string code) => code[..3] is "Z11" or "Z12" or "Z13" or "Z51" or "Z71";

    /// <summary>The encounter a statement names, coded by its reason: the rest of the statement coded on its own, at its confidence.</summary>
    private TextCodingResult? WithEncounterReason(string text, int maxSuggestions)
    {
        if (AdditionalCodeRules.ReadEncounter(text) is not { } encounter) return null;
        if (encounter.Remainder.Length == 0)
            return encounter.Code.Length > 0 && CodeSet.TryGet(encounter.Code, out var named) && named.Billable ? Assigned(text, [encounter.Code], GuidelineConfidence, $"guideline: {encounter.Why}") : null;
        var reason = CodeWithin(encounter.Remainder, null, maxSuggestions);
        if (!reason.AutoAssigned || rules.EncounterCodes(encounter, reason.AssignedCodes) is not { } codes) return null;
        return Assigned(text, codes, Math.Min(reason.Best!.Confidence, GuidelineConfidence), $"{reason.Best.Evidence}; guideline: {encounter.Why}");
    }

    /// <summary>A result that assigns the codes given, in order, at one confidence.</summary>
    private TextCodingResult Assigned(string statement, IReadOnlyList<string> codes, double confidence, string evidence)
    {
        var c = Math.Round(confidence, 3);
        return new TextCodingResult(statement, [new CodeSuggestion(codes[0], Title(codes[0]), c, evidence)], true, null)
        {
            AdditionalCodes = [.. codes.Skip(1).Select(x => new CodeSuggestion(x, Title(x), c, evidence))],
        };
    }

    /// <summary>The code names both sides and differs from the other in one character, the side's (H40.1131 and H40.1121).</summary>
    private bool IsBilateralSibling(string code, string other) =>
        DiffersInOneCharacter(code, other) && Title(code).Contains("bilateral", StringComparison.OrdinalIgnoreCase);


    /// <summary>
    /// Two conditions in one statement that guidelines code together ("Well child visit, atopic dermatitis found", "Anemia in CKD stage 4",
    /// "Hx breast ca, s/p left mastectomy"): each part is coded on its own, and when both are confident and
    /// <see cref="AdditionalCodeRules.Combine"/> has a rule for the pair, the codes it gives are assigned at the lower part's confidence.
    /// </summary>
    private TextCodingResult? InParts(string text, int maxSuggestions)
    {
        foreach (System.Text.RegularExpressions.Match split in PartBoundary().Matches(text))
        {
            var left = text[..split.Index].Trim(' ', ',');
            var right = (split.Groups["keep"].Success ? split.Groups["keep"].Value + " " : "") + text[(split.Index + split.Length)..].Trim(' ', ',');
            if (left.Length == 0 || right.Trim().Length == 0) continue;
            var a = CodeWithin(left, null, maxSuggestions, inParts: false);
            if (!a.AutoAssigned) continue;
            var b = CodeWithin(right, null, maxSuggestions, inParts: false);
            if (!b.AutoAssigned) continue;
            if (rules.Combine(a.AssignedCodes, b.AssignedCodes, text) is not { } rule) continue;
            var confidence = Math.Min(a.Best!.Confidence, b.Best!.Confidence);
            var evidence = $"{a.Best.Evidence} + {b.Best.Evidence}; {rule.Evidence}";
            var first = new CodeSuggestion(rule.Codes[0], Title(rule.Codes[0]), confidence, evidence);
            return new TextCodingResult(text, [first], true, null)
            {
                AdditionalCodes = [.. rule.Codes.Skip(1).Select(c => new CodeSuggestion(c, Title(c), confidence, rule.Evidence))],
            };
        }
        return null;
    }

    /// <summary>Where a statement may hold two conditions: a clause break, or a word that joins two ("in", "with", "on", "following", "s/p").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@",\s*(?<keep>s/p|status post)\s+|,\s*|\s+(?:with|w/|in|on|and|due to|secondary to|following|after|superimposed on)\s+|\s+(?<keep>s/p|status post|presence of|acquired absence of)\s+")]
    private static partial System.Text.RegularExpressions.Regex PartBoundary();

    /// <summary>A word some title or index term uses, directly, through the vocabulary's stems ("lumbar" reads as "low"), or as the
    /// start of an abbreviation, phrase or spelling the vocabulary rewrites.</summary>
    private bool IsDiagnosisWord(string word)
    {
        var stem = ClinicalText.Stem(word);
        var vocabulary = index.Vocabulary;
        return index.TryGetToken(stem, out _) || (vocabulary.Stems.TryGetValue(stem, out var mapped) && index.TryGetToken(mapped, out _))
            || vocabulary.Abbreviations.ContainsKey(word) || vocabulary.Phrases.ContainsKey(word) || vocabulary.Spellings.ContainsKey(word);
    }

    /// <summary>Some billable code of the code's category names a side: right or left ("unilateral" and "bilateral" alone, as in
    /// K40 inguinal hernia, are not a code per side: "right inguinal hernia" is K40.90 "Unilateral ...").</summary>
    private bool HasSides(string code) =>
        CodeSet.BillableDescendants(code[..3], MaxDescendants).Any(e => RightOrLeft().IsMatch(e.Title));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:right|left)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RightOrLeft();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:breakdown of skin|skin breakdown|fat layer|necrosis|necrotic|exposed|muscle|bone)\b")]
    private static partial System.Text.RegularExpressions.Regex UlcerDepth();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bbilateral (?:eyes|ears)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BilateralOrgan();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:type\s*(?:1|i|one)|t1dm|dm\s*(?:1|i)|iddm)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DiabetesTypeOne();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:type\s*(?:2|ii|two)|t2dm|dm\s*(?:2|ii)|niddm)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DiabetesTypeTwo();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:acute (?:kidney|renal)|aki|arf)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AcuteKidney();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:right|left|bilateral|bilat|rt|lt|b/l|unilateral)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SideWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(distal|proximal|upper|lower|anterior|posterior|medial|lateral)\s+(right|left|bilateral)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SideAfterPosition();

    private bool IsHistory(Candidate c) =>
        c.Evidence.Contains("history", StringComparison.OrdinalIgnoreCase) || Title(c.Code).Contains("history", StringComparison.OrdinalIgnoreCase)
        || c.Code.StartsWith("I69", StringComparison.Ordinal) || Title(c.Code).StartsWith("Old ", StringComparison.Ordinal) || Title(c.Code).Contains("sequela", StringComparison.OrdinalIgnoreCase);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:history|hx|h/o|phx|pmh)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PersonalHistory();

    /// <summary>Words that put a condition in the past or in a relative: without one, a history code is no reading of the statement.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:history|hx|h/o|phx|pmh|past|prior|previous|previously|former|formerly|ex|quit|remote|resolved|healed|s/p|status post|survivor|recovered|treated|old|family|fhx|fh|mother|father|sister|brother|parent|parents|sibling|grandmother|grandfather|maternal|paternal|relative)\b")]
    private static partial System.Text.RegularExpressions.Regex PastOrRelative();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:family|fhx|fh)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FamilyHistory();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:due to|caused by|from)\s+)?\b(?:e\.? ?coli|escherichia coli|klebsiella(?: pneumoniae)?|pseudomonas(?: aeruginosa)?|mrsa|mssa|h\.? ?pylori|helicobacter pylori|proteus|enterococcus|enterococcal)\b")]
    private static partial System.Text.RegularExpressions.Regex OrganismPhrase();

    private const string UncertainQuestion =
        "The diagnosis is documented as uncertain (probable, suspected, rule out): outpatient coding (guideline IV.H) codes the signs and symptoms instead. Confirm the diagnosis or list the symptoms.";

    /// <summary>Words that make a perinatal (P), obstetric (O) or congenital code relevant; without them such a code
    /// is from a chapter unrelated to the statement and never a candidate.</summary>
    private static readonly string[] NewbornWords = ["newborn", "neonat", "perinatal", "fetus", "fetal", "birth", "infant", "preterm", "premature", "baby"];
    private static readonly string[] PregnancyWords = ["pregnan", "gestation", "obstetric", "trimester", "postpartum", "puerper", "labor", "deliver", "antepartum", "ectopic",
        "miscarriage", "abortion", "hyperemesis", "morning sickness", "eclampsia", "intrauterine", "placenta", "cesarean", "twin", "weeks"];
    private static readonly string[] SecondaryNeoplasmWords = ["secondary", "metasta", "mets", "spread", "malignant neoplasm of lymph"];
    private static readonly string[] CongenitalWords = ["congenital", "hereditary", "familial", "inherited", "genetic", "infant", "newborn", "child", "pediatric"];

    private bool Related(string code, string text)
    {
        // B95–B97 identify the organism of a condition coded elsewhere: supplementary codes, never the one listed first.
        if (code.StartsWith("B95", StringComparison.Ordinal) || code.StartsWith("B96", StringComparison.Ordinal) || code.StartsWith("B97", StringComparison.Ordinal)) return false;
        var lowered = text.ToLowerInvariant();
        bool Mentions(string[] roots) => roots.Any(r => lowered.Contains(r, StringComparison.Ordinal));
        if (code[0] == 'P' && !Mentions(NewbornWords)) return false;
        if (code[0] == 'O' && !Mentions(PregnancyWords)) return false;
        var title = Title(code).ToLowerInvariant();
        if ((title.Contains("congenital", StringComparison.Ordinal) || title.Contains("newborn", StringComparison.Ordinal)) && !Mentions(CongenitalWords)) return false;
        if (title.StartsWith("carrier", StringComparison.Ordinal) && !lowered.Contains("carrier", StringComparison.Ordinal)) return false;
        // Z80–Z87 "Personal/Family history of ...": a condition documented without any word of the past or of a relative is current
        // ("Peptic ulcer disease" is K27.9, not Z87.11 "Personal history of peptic ulcer disease").
        if ((title.StartsWith("personal history", StringComparison.Ordinal) || title.StartsWith("family history", StringComparison.Ordinal)) && !PastOrRelative().IsMatch(lowered)) return false;
        // I22 "Subsequent ... myocardial infarction" is a second infarction within four weeks of a first: never the reading of a plain "STEMI".
        if (title.StartsWith("subsequent", StringComparison.Ordinal) && !lowered.Contains("subsequent", StringComparison.Ordinal)) return false;
        // I.C.2: a malignant neoplasm documented without spread is the primary; C77–C79 "Secondary ..." never reads a plain "lung cancer".
        if (title.StartsWith("secondary", StringComparison.Ordinal) && code[0] == 'C' && !Mentions(SecondaryNeoplasmWords)) return false;
        return true;
    }

    /// <summary>A SNOMED CT display name ends in a semantic tag, e.g. "Acute bronchitis (disorder)": the tag is not documentation.</summary>
    private static string WithoutSemanticTag(string statement)
    {
        var s = statement.TrimEnd();
        if (!s.EndsWith(')')) return statement;
        var open = s.LastIndexOf('(');
        if (open < 0) return statement;
        var tag = s[(open + 1)..^1].Trim().ToLowerInvariant();
        return tag is "disorder" or "finding" or "situation" or "morphologic abnormality" or "event" or "observable entity" or "clinical finding" or "procedure" or "regime/therapy"
            ? s[..open]
            : statement;
    }

    private static double Confidence(Candidate c, double other)
    {
        // Full match and a lead give 1; a tie (another code explains the statement as well) takes a third off.
        // The lead needed is small: a runner-up that asserts even one word the statement lacks is a worse fit.
        var margin = Math.Clamp((c.Score - other) / MarginForFullConfidence, 0, 1);
        // A candidate that says exactly what the statement says leads any that leaves a word unexplained ("acute on chronic"
        // vs "chronic"), however little that word weighs.
        if (c.Score >= FullMatch && other < c.Score - 0.01) margin = 1;
        return c.Score * (0.65 + 0.35 * margin);
    }

    private string Title(string code) => CodeSet.TryGet(code, out var e) ? e.Title : "";

    private bool IsUncertain(string lowered)
    {
        foreach (var phrase in index.Vocabulary.UncertainPhrases)
        {
            var at = lowered.IndexOf(phrase, StringComparison.Ordinal);
            while (at >= 0)
            {
                var before = at == 0 || !char.IsLetterOrDigit(lowered[at - 1]);
                var end = at + phrase.Length;
                var after = end >= lowered.Length || !char.IsLetterOrDigit(lowered[end]);
                if (before && after) return true;
                at = lowered.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            }
        }
        return false;
    }

    /// <summary>The statement's distinct tokens with their ids (-1 when no description has the word) and weights.</summary>
    private static readonly string BilateralStem = ClinicalText.Stem("bilateral");

    private static bool IsDiabeticFootUlcer(string code) => code.Length == 6 && code[..3] is "E08" or "E09" or "E10" or "E11" or "E13" && code[3..] == "621";

    /// <summary>The L97 code (site and side, severity unspecified unless stated) a diabetic foot ulcer asks for, when the documentation settles it.</summary>
    private string? UlcerSite(string text)
    {
        var words = text.ToLowerInvariant();
        foreach (var drop in (string[])["diabetic", "diabetes", "type 2", "type 1", "dm2", "dm", "t2dm", "t1dm", "mellitus"])
            words = words.Replace(drop, " ", StringComparison.Ordinal);
        // "Foot ulcer, left heel": the diabetic code's "foot" is the region, the part named beside it is the L97 site (heel and midfoot, toe, ankle).
        if (FootPart().IsMatch(words)) words = FootWord().Replace(words, " ");
        // The depth, when documented ("limited to breakdown of skin", "fat layer exposed"), is the severity: no "unspecified" then.
        var depth = words.Contains("severity", StringComparison.Ordinal) || UlcerDepth().IsMatch(words);
        var result = CodeWithin(words + (depth ? "" : " with unspecified severity"), "L97", 3);
        if (result.AutoAssigned) return result.Best!.Code;
        // The site read as a statement of its own ("ulcer, left heel" → L97.429 by the index), when that names a foot site.
        var site = CodeWithin(words, null, 3, inParts: false);
        return site.AutoAssigned && site.AssignedCodes.Count == 1 && site.Best!.Code.Length == 6
            && (site.Best.Code.StartsWith("L974", StringComparison.Ordinal) || site.Best.Code.StartsWith("L975", StringComparison.Ordinal)) ? site.Best.Code : null;
    }

    /// <summary>The E10/E11 code of a pre-existing diabetes in pregnancy (O24.0- type 1, O24.1- type 2, O24.3- type not documented, which
    /// is type 2 by I.C.4.a.2), from what the statement says of the diabetes once the pregnancy words are set aside; null when a coder must decide.</summary>
    private string? DiabetesInPregnancy(string text, string pregnancyCode)
    {
        var header = pregnancyCode.StartsWith("O240", StringComparison.Ordinal) ? "E10" : "E11";
        var words = PregnancyQualifier().Replace(text.ToLowerInvariant(), " ");
        var result = CodeWithin(words, header, 3);
        return result.AutoAssigned && result.Best!.Code.StartsWith(header, StringComparison.Ordinal) ? result.Best.Code : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:heel|midfoot|toes?|ankle|calf|thigh|lower leg)\b")]
    private static partial System.Text.RegularExpressions.Regex FootPart();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bfoot\b")]
    private static partial System.Text.RegularExpressions.Regex FootWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:pre-?existing|in pregnancy|complicating pregnancy|of pregnancy|pregnancy|pregnant|(?:first|second|third|1st|2nd|3rd) trimester|trimester|in childbirth|in the puerperium|puerperium|postpartum)\b")]
    private static partial System.Text.RegularExpressions.Regex PregnancyQualifier();

    /// <summary>
    /// The score the best candidate must lead. A code of the same category does not compete when the best fits well and the
    /// documentation already decided between them: the other code leaves open, as "unspecified", a word the best states and the
    /// statement documents (the stage, the side, the vein), or it states the opposite of what the statement documents (left for
    /// right, acute for chronic, another stage).
    /// </summary>
    private double RunnerUp(Candidate best, List<Candidate> ranked, string statement, List<StatementToken> tokens)
    {
        var bestTitle = Title(best.Code).ToLowerInvariant();
        var lowered = statement.ToLowerInvariant();
        var specific = best.Score >= 0.9 && !bestTitle.Contains("unspecified", StringComparison.Ordinal);
        var fits = best.Score >= SettledFit;
        var bestTokens = index.TitleTokens(best.Code);
        var axes = fits ? DocumentedAxes(tokens) : null;
        var documented = DocumentedWords(tokens);
        var bestPlainness = Plainness(best, documented);
        foreach (var c in ranked)
        {
            if (c == best || Outranked(c, best, bestPlainness, documented) || DominanceSettled(c, best)) continue;
            var title = Title(c.Code).ToLowerInvariant();
            if (specific && c.Code[..3] == best.Code[..3] && title.Contains("unspecified", StringComparison.Ordinal)
                && AxisWords.Any(w => ClinicalText.ContainsWord(bestTitle, w) && !ClinicalText.ContainsWord(title, w) && ClinicalText.ContainsWord(lowered, w)))
                continue;
            if (fits && c.Code[..3] == best.Code[..3] && (LeavesOpenWhatIsDocumented(bestTokens, c.Code, title, tokens) || Contradicts(c.Code, axes!)))
                continue;
            return c.Score;
        }
        return 0;
    }

    /// <summary>Below the default threshold: a documented word the best code leaves open is for a coder to weigh.</summary>
    private const double UnexplainedWordConfidence = 0.7;

    private static bool Guideline(Candidate c) => c.Evidence.StartsWith("guideline", StringComparison.Ordinal);

    /// <summary>The best code says "unspecified" (or "other") and a code of the same category among the candidates states a
    /// documented, non-default word that neither the best code's title nor the index path that led to it explains.</summary>
    private bool SiblingExplainsMore(Candidate best, List<Candidate> ranked, List<StatementToken> tokens)
    {
        var title = Title(best.Code).ToLowerInvariant();
        if (!title.Contains("unspecified", StringComparison.Ordinal) && !title.StartsWith("other", StringComparison.Ordinal)) return false;
        var own = index.TitleTokens(best.Code);
        bool Explained(int t) => own.Contains(t) || (best.Source is { } d && (d.Required.Contains(t) || d.Optional.Contains(t)));
        // An acuity word no code of the category states plainly is no sibling's to explain (I50.22 "chronic systolic" beside I50.9).
        var unexpressed = UnexpressedAcuity(best, ranked, tokens);
        var open = tokens.Where(t => !t.Negated && t.Id >= 0 && !index.Free[t.Id] && !Explained(t.Id) && !unexpressed.Contains(t.Id)).Select(t => t.Id).ToList();
        // A word the best allows only as a nonessential modifier is open beside a code of the same subcategory that states it and
        // that the index, older than the code, never names: "Cardiomyopathy (familial)" leads on to I42.00, and FY2026's I42.01
        // beside it says "familial-genetic".
        var allowedOnly = tokens.Where(t => !t.Negated && t.Id >= 0 && !index.Free[t.Id] && Explained(t.Id) && !States(best, t.Id)).Select(t => t.Id).ToList();
        if (open.Count == 0 && allowedOnly.Count == 0) return false;
        foreach (var c in ranked.Take(DocumentsRefined))
        {
            if (c == best || c.Code[..3] != best.Code[..3]) continue;
            var theirs = index.TitleTokens(c.Code);
            if (open.Exists(theirs.Contains)) return true;
            if (c.Code.Length == best.Code.Length && c.Code[..^1] == best.Code[..^1] && allowedOnly.Exists(theirs.Contains) && !index.IsIndexed(c.Code)) return true;
        }
        return false;
    }

    /// <summary>A best score from which a sibling the documentation rules out no longer competes (below it, the confidence stays under the default threshold anyway).</summary>
    private const double SettledFit = 0.75;

    /// <summary>An "unspecified" code that lacks a documented, non-default word the best code's title states.</summary>
    private bool LeavesOpenWhatIsDocumented(int[] bestTokens, string code, string title, List<StatementToken> tokens)
    {
        if (!title.Contains("unspecified", StringComparison.Ordinal)) return false;
        var theirs = index.TitleTokens(code);
        foreach (var t in tokens)
            if (!t.Negated && t.Id >= 0 && !index.Free[t.Id] && bestTokens.Contains(t.Id) && !theirs.Contains(t.Id)) return true;
        return false;
    }

    private static readonly (string Documented, string Other)[] OppositeAxes =
        [("right", "left"), ("left", "right"), (ClinicalText.Stem("acute"), ClinicalText.Stem("chronic")), (ClinicalText.Stem("chronic"), ClinicalText.Stem("acute"))];
    private static readonly string StageStem = ClinicalText.Stem("stage");
    private static readonly string[] StageNumbers = ["1", "2", "3", "4", "5"];

    /// <summary>Token ids of what the statement documents on the side, acuity and stage axes: (documented, other value) pairs,
    /// and the one stage number it states (-1 when none or several).</summary>
    private sealed record Axes(List<(int Documented, int Other)> Opposites, int Stage, int StageNumber, int[] OtherStageNumbers);

    private Axes DocumentedAxes(List<StatementToken> tokens)
    {
        bool Says(string stem) => tokens.Exists(t => !t.Negated && t.Stem == stem);
        int Id(string stem) => index.TryGetToken(stem, out var id) ? id : -1;
        var opposites = new List<(int, int)>(2);
        foreach (var (documented, other) in OppositeAxes)
            if (Says(documented) && !Says(other) && Id(documented) is >= 0 and var d && Id(other) is >= 0 and var o) opposites.Add((d, o));
        var stated = StageNumbers.Where(Says).ToList();
        var stageNumber = Says(StageStem) && stated.Count == 1 ? Id(stated[0]) : -1;
        return new Axes(opposites, Id(StageStem), stageNumber, [.. StageNumbers.Where(n => stageNumber >= 0 && n != stated[0]).Select(Id).Where(i => i >= 0)]);
    }

    /// <summary>The code's title states the other value of an axis the statement documents (left for right, acute for chronic,
    /// stage 1 for stage 2), and not the documented one.</summary>
    private bool Contradicts(string code, Axes axes)
    {
        var title = index.TitleTokens(code);
        foreach (var (documented, other) in axes.Opposites)
            if (Array.IndexOf(title, other) >= 0 && Array.IndexOf(title, documented) < 0) return true;
        if (axes.StageNumber >= 0 && Array.IndexOf(title, axes.Stage) >= 0 && Array.IndexOf(title, axes.StageNumber) < 0)
            foreach (var n in axes.OtherStageNumbers)
                if (Array.IndexOf(title, n) >= 0) return true;
        return false;
    }

    /// <summary>Words of the axes the documentation chooses a leaf by: side, stage, acuity, encounter.</summary>
    private static readonly string[] AxisWords = ["right", "left", "bilateral", "stage", "acute", "chronic", "initial", "subsequent", "sequela", "1", "2", "3", "4"];

    private List<StatementToken> Statement(string statement, bool bilateralRule = false)
    {
        // A word the statement states and also negates ("ectopic pregnancy without intrauterine pregnancy") is stated, as in a title.
        // "Distal left radius": the side is read before the position, as titles and phrases put it ("left distal radius").
        statement = SideAfterPosition().Replace(statement, "$2 $1");
        var normalized = DiagnosisTextIndex.Consistent(ClinicalText.Normalize(statement, index.Vocabulary));
        ApplyUncontrolled(normalized);
        ApplyDiabetesTypeDefault(normalized);
        var result = new List<StatementToken>(normalized.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in normalized)
        {
            if (!seen.Add(t.Key)) continue;
            var id = index.TryGetToken(t.Key, out var found) ? found : -1;
            var opposite = index.TryGetToken(t.Negated ? t.Stem : "~" + t.Stem, out var o) ? o : -1;
            var weight = id >= 0 ? index.Weights[id] : index.UnknownWeight;
            if (id >= 0 && index.Free[id] && !t.Negated) weight *= 0.3f;
            if (t.Negated) weight *= 0.5f;
            // "Both knees": a code per side is as right as a bilateral code (AdditionalCodeRules reports right and left).
            if (bilateralRule && t.Stem == BilateralStem) weight *= 0.1f;
            result.Add(new StatementToken(t.Stem, t.Negated, id, opposite, weight));
        }
        ImplyUnilateral(result);
        ImplyBracketedWords(result);
        return result;
    }

    /// <summary>"Sepsis due to E. coli": a title's bracketed short form ("Escherichia coli [E. coli]") stands for the words before it;
    /// they are added without weight, so a title that states them is not charged for them and no code gains recall by them.</summary>
    private void ImplyBracketedWords(List<StatementToken> tokens)
    {
        foreach (var (shortForm, words) in index.BracketSynonyms)
        {
            if (!Array.TrueForAll(shortForm, w => tokens.Exists(t => !t.Negated && t.Stem == w))) continue;
            foreach (var w in words)
                if (!tokens.Exists(t => t.Stem == w) && index.TryGetToken(w, out var id))
                    tokens.Add(new StatementToken(w, false, id, index.TryGetToken("~" + w, out var o) ? o : -1, 0f));
        }
    }

    /// <summary>"Uncontrolled" diabetes is coded by what it means, hyperglycemia (index: Diabetes, uncontrolled); elsewhere
    /// ICD-10-CM has no axis for control, so the word is dropped.</summary>
    private static void ApplyUncontrolled(List<NormalizedToken> tokens)
    {
        var at = tokens.FindIndex(t => t.Stem == UncontrolledStem);
        if (at < 0) return;
        var diabetes = tokens.Exists(t => !t.Negated && t.Stem == DiabetesStem);
        tokens.RemoveAll(t => t.Stem == UncontrolledStem);
        if (diabetes) tokens.Add(new NormalizedToken(HyperglycemiaStem, false));
    }

    /// <summary>Guideline I.C.4.a: diabetes documented without a type is coded as type 2.</summary>
    private static void ApplyDiabetesTypeDefault(List<NormalizedToken> tokens)
    {
        if (!tokens.Exists(t => !t.Negated && t.Stem == DiabetesStem)) return;
        if (tokens.Exists(t => !t.Negated && DiabetesTypeWords.Contains(t.Stem))) return;
        tokens.AddRange([new NormalizedToken("type", false), new NormalizedToken("2", false)]);
    }

    /// <summary>
    /// Guideline rules that name a code outright: I.C.21.c.2 (any vaccination encounter is Z23, whatever the vaccine);
    /// I.C.1.g.1 (confirmed COVID-19 is U07.1, first);
    /// I.C.4.a ("with": diabetes and CKD are presumed linked, E08–E13 .22); I.C.9.a (hypertension with heart
    /// failure or CKD is presumed linked: I11, I12, I13).
    /// </summary>
    private static (string Code, string Evidence)? GuidelineCombination(List<StatementToken> tokens, string text, string written)
    {
        // "Acute" that belongs to the kidney (AKI), not to a heart failure documented beside the CKD ("acute on chronic diastolic HF").
        var acuteKidney = AcuteKidney().IsMatch(text);
        bool Has(string stem) => tokens.Exists(t => !t.Negated && t.Stem == stem);
        // The statement as written: the weeks of gestation are set aside from the text, and O80 is full term only.
        if (AdditionalCodeRules.IsNormalDelivery(written))
            return ("O80", "guideline I.C.15.b.4: a full-term uncomplicated delivery of a single liveborn is O80, with Z37.0 and the weeks (Z3A)");
        if (Has(ImmunizationStem) && !tokens.Exists(t => t.Negated) && !NotAVaccinationEncounter.Any(Has))
            return ("Z23", "guideline I.C.21.c.2: an encounter for any vaccination is Z23 (Encounter for immunization)");
        if (Has("covid") && Has("19") && !tokens.Exists(t => t.Negated) && !NotACovidCase.Any(Has))
            return ("U071", "guideline I.C.1.g.1: confirmed COVID-19 is U07.1, sequenced first; code its manifestations (e.g. J12.82 pneumonia) after it");
        if (Has(CopdWords[0]) && Has(CopdWords[1]) && Has(CopdWords[2]) && (Has(PneumoniaStem) || (Has(AcuteStem) && Has(BronchitisStem))))
            return ("J440", "guideline: COPD with an acute lower respiratory infection is J44.0; use additional code to identify the infection");
        if (Has(InfluenzaStem) && !Has(HaemophilusStem) && !Has("hemophilu") && !NotACovidCase.Any(Has) && !Has(ImmunizationStem) && InfluenzaCombination(Has, tokens.All(t => t.Negated || InfluenzaWords.Contains(t.Stem))) is { } flu)
            return flu;
        var kidneyDisease = Has("kidney") && (Has("chron") || Has("diseas")) && !acuteKidney && !Has("injury") && !Has("calculu") && !Has("cyst");
        // With hypertension as well, E1x.22 still comes first; AdditionalCodeRules adds I12.x / I13.x and the stage (I.C.4.a, I.C.9.a.2).
        if (Has(DiabetesStem) && kidneyDisease && !Has("family") && !Has("history") && !Has("screen"))
        {
            // The type is read from its own words: a stage's number ("CKD stage 2, type 1 diabetes") is not the diabetes type.
            var typeOne = DiabetesTypeOne().IsMatch(text);
            var typeTwo = DiabetesTypeTwo().IsMatch(text);
            var prefix = typeOne && !typeTwo ? "E10" : typeTwo && !typeOne ? "E11" : null;
            if (prefix is not null)
                return (prefix + "22", $"guideline I.C.4.a (\"with\": diabetes and chronic kidney disease are presumed linked) → {prefix}.22; add N18.x for the stage");
        }
        if (!Has("hypertens")) return null;
        foreach (var excluded in (string[])["pulmonary", "portal", "intracranial", "eye", "gestat", "pregnant", "venou", "renovascular", "crisi", "urgency", "emergency", "secondary", "postoperat", "newborn", "malignant"])
            if (Has(excluded)) return null;
        var failure = Has("heart") && Has("failur");
        var kidney = Has("kidney") && (Has("chron") || Has("diseas")) && !acuteKidney && !Has("injury");
        var stage5 = kidney && ((Has("end") && Has("stag")) || (Has("stag") && Has("5")));
        var heartDisease = Has("heart") && Has("diseas") && !failure;
        const string Rule = "guideline I.C.9.a (hypertension with heart and/or kidney disease is presumed linked): ";
        if (failure && kidney) return stage5 ? ("I132", Rule + "heart failure + stage 5 CKD/ESRD → I13.2") : ("I130", Rule + "heart failure + CKD stage 1–4/unspecified → I13.0");
        if (failure) return ("I110", Rule + "heart failure → I11.0");
        // "Hypertensive heart and chronic kidney disease without heart failure": both organs, no failure (I.C.9.a.3).
        if (kidney && Has("heart")) return stage5 ? ("I1311", Rule + "heart and stage 5 CKD/ESRD without heart failure → I13.11") : ("I1310", Rule + "heart and CKD stage 1–4/unspecified without heart failure → I13.10");
        if (kidney) return stage5 ? ("I120", Rule + "stage 5 CKD/ESRD → I12.0") : ("I129", Rule + "CKD stage 1–4/unspecified → I12.9");
        if (heartDisease && !Has("kidney")) return ("I119", Rule + "heart disease without heart failure → I11.9");
        return null;
    }

    private static readonly string[] CopdWords = [ClinicalText.Stem("chronic"), ClinicalText.Stem("obstructive"), ClinicalText.Stem("pulmonary")];
    private static readonly string PneumoniaStem = ClinicalText.Stem("pneumonia");
    private static readonly string AcuteStem = ClinicalText.Stem("acute");
    private static readonly string BronchitisStem = ClinicalText.Stem("bronchitis");
    private static readonly string InfluenzaStem = ClinicalText.Stem("influenza");
    private static readonly string HaemophilusStem = ClinicalText.Stem("haemophilus");

    /// <summary>Influenza with a manifestation is one combination code (I.C.10.c): J09 for novel influenza A, J10 for an identified
    /// virus (influenza A or B), J11 when the virus is not identified; null for influenza without a named manifestation.</summary>
    /// <summary>The words of "influenza A/B" (identified virus) once the vocabulary has written it out: nothing else documented.</summary>
    private static readonly HashSet<string> InfluenzaWords = new(((string[])["influenza", "due", "other", "identified", "virus", "a", "b", "type", "flu", "positive", "seasonal"]).Select(ClinicalText.Stem), StringComparer.Ordinal);

    private static (string Code, string Evidence)? InfluenzaCombination(Func<string, bool> has, bool nothingElse)
    {
        bool Any(params string[] words) => words.Any(w => has(ClinicalText.Stem(w)));
        var novel = Any("novel", "avian", "h5n1", "swine");
        var category = novel ? "J09" : Any("identified") ? "J10" : "J11";
        var site = Any("pneumonia") ? (novel ? "X1" : "00")
            : Any("encephalopathy") ? (novel ? "X9" : "81")
            : Any("myocarditis") ? (novel ? "X9" : "82")
            : Any("otitis") ? (novel ? "X9" : "83")
            : Any("gastrointestinal", "gastroenteritis", "diarrhea", "vomiting") ? (novel ? "X3" : "2")
            : Any("bronchitis", "laryngitis", "pharyngitis", "respiratory", "pleural", "effusion", "sinusitis") ? (novel ? "X2" : "1")
            : null;
        // "Influenza A" with nothing else: Index "Influenza, due to identified influenza virus NEC" → J10.1.
        if (site is null && category == "J10" && nothingElse) site = "1";
        if (site is null) return null;
        var code = category + site;
        return (code, $"guideline I.C.10.c: influenza with a manifestation is one combination code → {code[..3]}.{code[3..]} ({(novel ? "novel influenza A" : category == "J10" ? "identified influenza virus" : "influenza virus not identified")})");
    }

    private void Score(List<StatementToken> tokens, string? within, Dictionary<string, Candidate> candidates, Scratch s)
    {
        s.Epoch++;
        s.Touched.Clear();
        foreach (var t in tokens)
        {
            if (t.Id >= 0)
            {
                var cost = index.Cost[t.Id];
                var acc = s.Accumulators;
                foreach (var p in index.Postings(t.Id))
                {
                    var d = p >> 1;
                    ref var a = ref acc[d];
                    if (a.Epoch != s.Epoch) s.Reset(ref a, d);
                    if ((p & 1) == 0)
                    {
                        a.Matched += t.Weight;
                        a.MatchedRequired += cost;
                    }
                    else a.Matched += t.Weight * OptionalMatchShare;
                }
            }
            if (t.Opposite >= 0)
            {
                var acc = s.Accumulators;
                foreach (var p in index.Postings(t.Opposite))
                {
                    var d = p >> 1;
                    ref var a = ref acc[d];
                    if (a.Epoch != s.Epoch) s.Reset(ref a, d);
                    a.Conflict += t.Weight;
                }
            }
        }

        var total = 0f;
        foreach (var t in tokens) total += t.Weight;
        s.Total = total;

        // Keep the best documents, and the best of those that say nothing the statement lacks (a short
        // index path such as "Sprain, ankle" whose descendants add the rest); refine only those.
        var top = new List<(int Doc, double Score)>(DocumentsRefined + 1);
        var exact = new List<(int Doc, double Score)>(DocumentsRefined / 2 + 1);
        var minimumMatched = total * MinimumRecall;
        foreach (var d in s.Touched)
        {
            ref var a = ref s.Accumulators[d];
            // Most touched documents share one common word with the statement: drop them before any arithmetic.
            if (a.Matched < minimumMatched) continue;
            if (within is not null && !index[d].Code.StartsWith(within, StringComparison.Ordinal)) continue;
            var score = RankScore(a.Matched, a.MatchedRequired, a.RequiredWeight, a.Conflict, total) * a.Discount;
            if (score <= 0.003) continue;
            Keep(top, DocumentsRefined, d, score);
            if (a.MatchedRequired >= a.RequiredWeight * 0.999f && a.Conflict == 0) Keep(exact, DocumentsRefined / 2, d, a.Matched);
        }
        foreach (var (d, _) in top.Concat(exact).DistinctBy(x => x.Doc))
        {
            var doc = index[d];
            ref var a = ref s.Accumulators[d];
            Refine(doc, doc.RequiredWeight, a.Matched, a.MatchedRequired, a.Conflict, tokens, candidates, s);
        }
    }

    private static void Keep(List<(int Doc, double Score)> top, int size, int doc, double score)
    {
        if (top.Count >= size && score <= top[^1].Score) return;
        var at = top.FindIndex(x => x.Score < score);
        top.Insert(at < 0 ? top.Count : at, (doc, score));
        if (top.Count > size) top.RemoveAt(top.Count - 1);
    }

    /// <summary>Orders documents as <see cref="DocScore"/> does (recall² × precision is a monotone transform of
    /// recall^1.5 × precision^0.75) without its powers, for the thousands of documents a statement touches.</summary>
    private static double RankScore(float matched, float matchedRequired, float requiredWeight, float conflict, float total)
    {
        var recall = Math.Min(1f, matched / total);
        var precision = requiredWeight <= 0 ? 1f : Math.Min(1f, matchedRequired / requiredWeight);
        var penalty = Math.Min(1f, 2 * conflict / total);
        var keep = 1 - penalty;
        return recall * recall * precision * keep * keep;
    }

    private static double DocScore(float matched, float matchedRequired, float requiredWeight, float conflict, float total)
    {
        if (total <= 0) return 0;
        var recall = Math.Min(1.0, matched / total);
        var precision = requiredWeight <= 0 ? 1.0 : Math.Min(1.0, matchedRequired / requiredWeight);
        var penalty = Math.Min(1.0, 2 * conflict / total);
        return Math.Pow(recall, RecallExponent) * Math.Pow(precision, PrecisionExponent) * (1 - penalty);
    }

    /// <summary>Turns a document into billable candidates: itself when billable, else its descendants scored on what they add.</summary>
    private void Refine(DiagnosisTextIndex.Document doc, float requiredWeight, float matched, float matchedRequired, float conflict,
        List<StatementToken> tokens, Dictionary<string, Candidate> candidates, Scratch s)
    {
        if (!CodeSet.TryGet(doc.Code, out var entry)) return;
        // "Cholelithiasis without cholecystitis": the index path names the condition, the code's title (or a title above it) says
        // "without cholecystitis"; the title explains the documented negation the path does not.
        if (doc.Kind == DiagnosisTextIndex.DocumentKind.Index)
            foreach (var st in tokens)
                if (st.Negated && st.Id >= 0 && Array.IndexOf(doc.Required, st.Id) < 0 && Array.IndexOf(doc.Optional, st.Id) < 0 && StatesCode(doc.Code, st.Id))
                    matched += st.Weight;
        if (entry.Billable)
        {
            Offer(candidates, doc.Code, DocScore(matched, matchedRequired, requiredWeight, conflict, s.Total) * doc.Discount, doc.Evidence, doc);
            return;
        }
        // Mark what the header already says (its title and the document) so a child is judged on the words it adds.
        s.MarkEpoch++;
        foreach (var t in index.TitleTokens(doc.Code)) s.Mark[t] = s.MarkEpoch;
        foreach (var t in doc.Required) s.Mark[t] = s.MarkEpoch;
        foreach (var t in doc.Optional) s.Mark[t] = s.MarkEpoch;
        // A header's own title leads only to its 7-character codes: shorter descendants have title documents of their own,
        // and a child's title may say less than its header's ("Nausea" under "Nausea and vomiting").
        var titleOnly = doc.Kind == DiagnosisTextIndex.DocumentKind.Title;
        foreach (var child in CodeSet.BillableDescendants(doc.Code, MaxDescendants))
        {
            if (titleOnly && (child.Code.Length < 7 || NearestHeader(child.Code) != doc.Code)) continue;
            float addMatched = 0, addRequired = 0, addUnmatched = 0, addConflict = 0;
            foreach (var t in index.TitleTokens(child.Code))
            {
                if (s.Mark[t] == s.MarkEpoch) continue;
                var hit = false;
                foreach (var st in tokens)
                {
                    if (st.Id == t) { hit = true; addMatched += st.Weight; addRequired += index.Cost[t]; break; }
                    if (st.Opposite == t) { addConflict += st.Weight; break; }
                }
                if (!hit) addUnmatched += index.Cost[t];
            }
            var score = DocScore(matched + addMatched, matchedRequired + addRequired, requiredWeight + addRequired + addUnmatched, conflict + addConflict, s.Total) * doc.Discount;
            Offer(candidates, child.Code, score, doc.Evidence + " → " + child.Code, doc);
        }
    }

    /// <summary>The longest code above a 7-character code that the code set lists (its 6-character parent, or shorter when placeholders fill it).</summary>
    private string NearestHeader(string code)
    {
        for (var length = code.Length - 1; length > 3; length--)
            if (CodeSet.TryGet(code[..length], out _)) return code[..length];
        return code[..3];
    }

    private static void Offer(Dictionary<string, Candidate> candidates, string code, double score, string evidence, DiagnosisTextIndex.Document source)
    {
        if (!candidates.TryGetValue(code, out var existing) || existing.Score < score)
            candidates[code] = new Candidate(code, score, 0, 0, evidence) { Source = source };
    }

    private const string UnspecifiedSideEvidence = "guideline I.B.13: the side is not documented → the unspecified side code";

    /// <summary>A coder's question when the documentation leaves open a choice the tabular list requires. The side is such a
    /// choice only when resolving a header code a user entered; for a statement, an undocumented side is the unspecified side
    /// (guideline I.B.13: "If the side is not identified in the medical record, assign the code for the unspecified side"),
    /// and <paramref name="unspecifiedSide"/> says the best code is that default. The 7th character (initial, subsequent,
    /// sequela) has no default: it is always asked.</summary>
    private string? AxisQuestion(string code, List<StatementToken> tokens, bool sideDefaults, out bool unspecifiedSide)
    {
        unspecifiedSide = false;
        bool Says(string[] stems) => tokens.Exists(t => !t.Negated && stems.Contains(t.Stem));
        var questions = new List<string>(2);
        if (!Says(SideStems) && code.Length > 3)
        {
            // A sibling that says the same plus a side (e.g. M25.569 "unspecified knee" beside M25.562 "left knee"): the side must be documented.
            var stem = code.Length == 7 ? NearestHeader(code) : code[..^1];
            var own = index.TitleTokens(code);
            foreach (var sibling in CodeSet.BillableDescendants(code.Length == 7 ? stem[..^1] : stem, 60))
            {
                if (sibling.Code.Length != code.Length || sibling.Code == code || (code.Length == 7 && sibling.Code[6] != code[6])) continue;
                var theirs = index.TitleTokens(sibling.Code);
                var added = theirs.Except(own).Select(index.TokenKey).ToList();
                var dropped = own.Except(theirs).ToList();
                if (added.Count is > 0 and <= 2 && added.Any(k => SideStems.Contains(k)) && added.All(k => SideStems.Contains(k) || k is "ear" or "eye")
                    && dropped.All(t => index.Free[t]))
                {
                    if (sideDefaults) unspecifiedSide = true;
                    else questions.Add($"Which side: right, left or bilateral? {IcdCodeText(stem)} has a code per side and the documentation does not say.");
                    break;
                }
            }
        }
        var title = CodeSet.TryGet(code, out var e) ? e.Title.ToLowerInvariant() : "";
        if (code.Length == 7 && (title.Contains("encounter", StringComparison.Ordinal) || title.Contains("sequela", StringComparison.Ordinal)) && !Says(EncounterStems))
            questions.Add("Which encounter is this: initial (active treatment), subsequent (healing or recovery phase) or sequela? The 7th character depends on it.");
        return questions.Count == 0 ? null : string.Join(" ", questions);
    }

    private static string IcdCodeText(string code) => code.Length > 3 ? code[..3] + "." + code[3..] : code;

    private float RequiredWeightOf(DiagnosisTextIndex.Document doc)
    {
        var w = 0f;
        foreach (var t in doc.Required) w += index.Cost[t];
        return w;
    }

    private static float MatchedOf(DiagnosisTextIndex.Document doc, List<StatementToken> tokens)
    {
        var w = 0f;
        foreach (var t in tokens) if (t.Id >= 0 && (doc.Required.Contains(t.Id) || doc.Optional.Contains(t.Id))) w += t.Weight;
        return w;
    }

    private float MatchedRequiredOf(DiagnosisTextIndex.Document doc, List<StatementToken> tokens)
    {
        var w = 0f;
        foreach (var t in tokens) if (t.Id >= 0 && doc.Required.Contains(t.Id)) w += index.Cost[t.Id];
        return w;
    }

    private readonly record struct StatementToken(string Stem, bool Negated, int Id, int Opposite, float Weight);

    private sealed record Candidate(string Code, double Score, double Recall, double Precision, string Evidence)
    {
        /// <summary>The title or index path the candidate was reached by (null for a guideline rule).</summary>
        public DiagnosisTextIndex.Document? Source { get; init; }
    }

    /// <summary>
    /// Per-thread accumulators, one 24-byte record per document (what the statement matched, plus the document's
    /// own required weight and discount copied in) so that scoring touches one cache line per document; reset by
    /// epoch instead of clearing.
    /// </summary>
    private sealed class Scratch
    {
        public readonly Accumulator[] Accumulators;
        public readonly List<int> Touched = new(4096);
        public readonly int[] Mark;
        public int Epoch;
        public int MarkEpoch;
        public float Total;

        public Scratch(DiagnosisTextIndex index)
        {
            Accumulators = new Accumulator[index.DocumentCount];
            for (var d = 0; d < Accumulators.Length; d++)
            {
                var doc = index[d];
                Accumulators[d] = new Accumulator { RequiredWeight = doc.RequiredWeight, Discount = doc.Discount };
            }
            Mark = new int[index.TokenCount];
        }

        public void Reset(ref Accumulator a, int document)
        {
            a.Epoch = Epoch;
            a.Matched = 0;
            a.MatchedRequired = 0;
            a.Conflict = 0;
            Touched.Add(document);
        }
    }

    private struct Accumulator
    {
        public int Epoch;
        public float Matched;
        public float MatchedRequired;
        public float Conflict;
        public float RequiredWeight;
        public float Discount;
    }
}
