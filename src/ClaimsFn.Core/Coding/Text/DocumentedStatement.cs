using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// A diagnosis statement read the way a coder reads a problem-list line or a discharge summary: list markers
/// and framing ("Discharge diagnosis:", "Admitted with") dropped; clauses that rule a diagnosis out or leave it
/// uncertain ("MI ruled out", "r/o stroke", "probable anxiety") dropped so that the signs and symptoms beside
/// them are coded (guidelines IV.D, IV.H); status clauses ("stable", "controlled on lisinopril") dropped; and
/// what needs a code of its own besides the diagnosis (long-term insulin or oral hypoglycemics, anticoagulants,
/// aspirin, dialysis, a BMI) set aside for <see cref="AdditionalCodeRules"/>.
/// </summary>
public sealed partial record DocumentedStatement(string Text, bool UncertainOnly, bool Insulin, bool OralHypoglycemic, bool Anticoagulant, bool Aspirin, bool Dialysis, decimal? BodyMassIndex, bool Bilateral)
{
    private static readonly string[] Negations = ["ruled out", "rule out", "r/o", "excluded", "no evidence", "negative", "not found", "not seen", "denies", "unlikely", "without evidence"];
    private static readonly string[] StatusOnly = ["stable", "controlled", "well controlled", "improving", "unchanged", "worsening", "resolving", "chronic stable", "asymptomatic", "compensated", "new", "resolved", "improved", "normal"];
    private static readonly string[] AnticoagulantWords = ["warfarin", "coumadin", "apixaban", "eliquis", "rivaroxaban", "xarelto", "dabigatran", "pradaxa", "edoxaban", "anticoagulation", "anticoagulant", "anticoagulants", "doac"];
    private static readonly string[] InjectableWords = ["ozempic", "semaglutide injection", "trulicity", "dulaglutide", "victoza", "liraglutide", "mounjaro", "tirzepatide", "byetta",
        "exenatide", "bydureon", "glp-1", "glp1", "glp-1 agonist", "glp-1 ra", "injectable"];
    private static readonly string[] OralWords = ["jardiance", "empagliflozin", "farxiga", "dapagliflozin", "invokana", "canagliflozin", "januvia", "janumet", "glimepiride",
        "glyburide", "pioglitazone", "actos", "rybelsus", "sglt2", "sglt-2", "dpp-4", "metformin", "oral agent", "oral agents", "oral hypoglycemic", "oral hypoglycemics", "oral medication", "oral medications", "glipizide", "sitagliptin", "oral antidiabetic", "oral"];

    /// <summary>Reads a statement; <paramref name="uncertainPhrases"/> are the vocabulary's IV.H phrases.</summary>
    /// <param name="isDiagnosisWord">True for a word some ICD-10-CM title or index term uses: "on exertion", "dependence on
    /// wheelchair", "counseling on diet" are documentation, "on lisinopril" is treatment.</param>
    /// <param name="trimesterWords">Whether the trimester that documented weeks of gestation give is written into the text (it explains a
    /// code's trimester word); without it, only <see cref="TrimesterFromWeeks"/> carries it (for a code whose category has no trimester).</param>
    public static DocumentedStatement Read(string statement, IReadOnlyList<string> uncertainPhrases, Func<string, bool>? isDiagnosisWord = null, bool trimesterWords = true)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var s = statement.ToLowerInvariant().Trim();
        s = ListMarker().Replace(s, "");
        // Discharge framing: an s/p clause after the diagnosis is the stay's treatment. An uncertain diagnosis at discharge still asks:
        // II.H (code it as if it existed) is for the hospital's own inpatient claim; ClaimsFn bills professional services (837P),
        // for which IV.H applies wherever the patient was seen.
        var atDischarge = DischargeFraming().IsMatch(s);
        for (var i = 0; i < 3; i++) s = Framing().Replace(s, "").Trim();
        s = FiscalYearTag().Replace(s, " ");
        // "Sepsis ruled out. Final dx: UTI": each sentence is a clause ("E. coli", "C. diff" keep their dot: one letter before it).
        s = SentenceEnd().Replace(s, "; ");
        s = AgeAndDuration().Replace(s, " ");
        // "?UTI" is written uncertainty, like "possible UTI" (IV.H): the coder asks, or codes the symptoms beside it.
        s = QueryMark().Replace(s, "possible ");
        // "Nail intact": the nail is documented undamaged (S61.2- "... without damage to nail"), not damaged.
        s = NailIntact().Replace(s, "without damage to nail");
        // A newborn's age in days is the axis of the newborn check (Z00.110 under 8 days old, Z00.111 8 to 28 days old).
        if (NewbornCheck().IsMatch(s))
            s = AgeInDays().Replace(s, m => int.Parse(m.Groups["days"].Value, CultureInfo.InvariantCulture) < 8 ? "under 8 days old" : "8 to 28 days old");
        // How a diagnosis was found ("fatty liver on ultrasound", "osteopenia on DEXA") and its size ("AAA, 4.2 cm", "about 5% BSA")
        // are evidence, not documentation a code could say; a burn's extent is its T31/T32 axis and stays.
        s = HowFound().Replace(s, " ");
        s = Size().Replace(s, " ");
        if (!s.Contains("burn", StringComparison.Ordinal)) s = BodySurface().Replace(s, " ");
        s = WhenSeen().Replace(s, " ");
        // When it was seen ("BP elevated today") is not documentation of what it is.
        s = TimeWords().Replace(s, " ");
        // Tabular Z01.41: a gynecological examination includes the cervical Papanicolaou smear taken at it (not Z12.4 screening).
        s = PapAtGynExam().Replace(s, "${exam}");
        // Where in the lung a pneumonia is ("of the right lower lobe", "RLL") is no axis of J18 (a lobar pneumonia is documented as such).
        if (s.Contains("pneumonia", StringComparison.Ordinal) && !s.Contains("lobar", StringComparison.Ordinal)) s = LungLobe().Replace(s, " ");
        // "Symptomatic anemia": the symptoms are the anemia's; only syphilis has symptomatic codes.
        if (!s.Contains("syphil", StringComparison.Ordinal)) s = Symptomatic().Replace(s, "");
        // "GDM" names the pregnancy itself: written out, so that the obstetric chapter is in reach and the treatment reads as its control.
        s = Gdm().Replace(s, "gestational diabetes");

        // A deficit left by a stroke is coded as its sequela (I69.3-, "... following cerebral infarction"; a stroke NOS is an infarction): the
        // many ways of saying "late effect of" read as the title's "following", and a side of hemiplegia without dominance takes the default.
        s = StrokeWithResidual().Replace(s, m => m.Groups["deficit"].Value + " following cerebral infarction");
        s = StrokeSequela().Replace(s, " following cerebral infarction");
        if (s.Contains("following cerebral infarction", StringComparison.Ordinal) && HemiplegiaSide().Match(s) is { Success: true } hemi && !s.Contains("dominant", StringComparison.Ordinal))
            s = s.Replace("following cerebral infarction", (hemi.Groups["side"].Value.StartsWith('r') ? "dominant side " : "nondominant side ") + "following cerebral infarction", StringComparison.Ordinal);
        s = RightSided().Replace(s, "${side}");
        // I.C.19.a: an emergency department visit is active treatment (7th character A); aftercare of an injury is the injury code with D,
        // not an aftercare Z code.
        s = EmergencyVisit().Replace(s, "initial encounter");
        if (InjuryAftercare().Match(s) is { Success: true } aftercare)
            s = s.Remove(aftercare.Index, aftercare.Length) + ", subsequent encounter";
        // "Right ankle sprain, follow-up of healing": a follow-up visit for an injury is its healing phase, the subsequent encounter
        // (I.C.19.a: 7th character D), unless the encounter is written out.
        else if (InjuryWord().IsMatch(s) && !EncounterWord().IsMatch(s) && InjuryFollowUp().Match(s) is { Success: true } followUp)
            s = s.Remove(followUp.Index, followUp.Length).Insert(followUp.Index, " ") + ", subsequent encounter";
        // "S/p left mastectomy": the status an organ's removal leaves is its acquired absence (Index: Absence, breast, acquired → Z90.1-).
        s = StatusPostRemoval().Replace(s, m => "acquired absence of " + m.Groups["side"].Value + RemovedOrgan(m.Groups["proc"].Value));
        // "S/p PCI with stent": the status a coronary angioplasty leaves (Index: Status, angioplasty, coronary artery, with implant → Z95.5).
        s = StatusPostCoronaryStent().Replace(s, "presence of coronary angioplasty implant and graft");
        // Weeks of gestation (Z3A) and gravida, documented beside a pregnancy: set aside, the weeks also settle the trimester.
        int? weeks = null, trimester = null, gravidaCount = null;
        var pregnancyContext = PregnancyContext().IsMatch(s);
        if (pregnancyContext && WeeksOfGestation().Match(s) is { Success: true } weeksMatch)
        {
            weeks = int.Parse(weeksMatch.Groups["weeks"].Value, CultureInfo.InvariantCulture);
            s = s.Remove(weeksMatch.Index, weeksMatch.Length).Insert(weeksMatch.Index, " ");
            if (!Trimester().IsMatch(s) && weeks is > 0 and <= 42)
            {
                trimester = weeks < 14 ? 1 : weeks < 28 ? 2 : 3;
                if (trimesterWords) s += trimester == 1 ? ", first trimester" : trimester == 2 ? ", second trimester" : ", third trimester";
            }
        }
        if (pregnancyContext && GravidaPara().Match(s) is { Success: true } gravida)
        {
            // G1 is a first pregnancy; a later one is "other" in Z34 (Encounter for supervision of normal first / other pregnancy).
            gravidaCount = int.Parse(gravida.Groups["g"].Value, CultureInfo.InvariantCulture);
            s = s.Remove(gravida.Index, gravida.Length).Insert(gravida.Index, " ");
        }

        decimal? bmi = null;
        var bmiMatch = Bmi().Match(s);
        if (bmiMatch.Success && decimal.TryParse(bmiMatch.Groups["value"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            bmi = value;
            s = s.Remove(bmiMatch.Index, bmiMatch.Length).Insert(bmiMatch.Index, " ");
            // "Underweight adult, BMI 17.8": "adult" says which BMI codes apply (Z68.1–Z68.45), not the weight diagnosis.
            s = Adult().Replace(s, " ");
        }

        bool insulinPump = false, insulin = false, oral = false, pregnancyInsulin = false, pregnancyOral = false, injectable = false, oxygen = false, anticoagulant = false, aspirin = false, dialysis = false;
        var treatments = new System.Text.StringBuilder();
        var pregnancy = s.Contains("gestational", StringComparison.Ordinal) || s.Contains("pregnan", StringComparison.Ordinal);
        var kept = new List<string>();
        var uncertainSeen = false;
        var qualifiesDropped = false;
        foreach (var raw in Clauses().Split(s))
        {
            var clause = Framing().Replace(raw.Trim(), "").Trim();
            if (clause.Length == 0 || LabValue().IsMatch(clause)) continue;
            // "No dx of hypertension" documents an absence that a title may state ("Elevated blood-pressure reading, without diagnosis of hypertension").
            if (NoDiagnosisOf().Match(clause) is { Success: true } absent)
            {
                kept.Add("without diagnosis of " + absent.Groups["what"].Value);
                continue;
            }
            if (ContainsAny(clause, uncertainPhrases) || ContainsAny(clause, Negations) || clause.StartsWith("no ", StringComparison.Ordinal))
            {
                uncertainSeen = true;
                qualifiesDropped = true;
                continue;
            }
            // "Glaucoma suspect, both eyes": a clause of side words only qualifies the clause before it and goes with it.
            if (qualifiesDropped && SideOnly().IsMatch(clause)) continue;
            qualifiesDropped = false;
            // Treatment and status: "on insulin", "insulin requiring", "controlled with oral agents", "on hemodialysis", "on warfarin".
            var treatment = Treatment().Match(clause);
            if (treatment.Success && treatment.Value == "on" && !IsTreatment(clause[(treatment.Index + 2)..], isDiagnosisWord)) treatment = Match.Empty;
            // "Not on dialysis", "no longer on insulin": the treatment is documented as absent; the words go, nothing is added.
            var treated = treatment.Success && !NegatedTreatment().IsMatch(clause[..treatment.Index]) ? clause[treatment.Index..] : "";
            var lookIn = treated + " " + clause;
            treatments.Append(' ').Append(treated);
            if (!pregnancy && (ClinicalText.ContainsWord(treated, "insulin") || InsulinRequiring().IsMatch(clause))) insulin = true;
            if (!pregnancy && ContainsAny(treated, OralWords)) oral = true;
            if (!pregnancy && ContainsAny(treated, InjectableWords)) injectable = true;
            if (HomeOxygen().IsMatch(treated)) oxygen = true;
            if (pregnancy && (ClinicalText.ContainsWord(treated, "insulin") || InsulinRequiring().IsMatch(clause))) pregnancyInsulin = true;
            if (pregnancy && ContainsAny(treated, OralWords)) pregnancyOral = true;
            if (ContainsAny(treated, AnticoagulantWords) || (ContainsAny(lookIn, ["long term", "long-term"]) && ContainsAny(lookIn, AnticoagulantWords))) anticoagulant = true;
            if (ClinicalText.ContainsWord(treated, "aspirin")) aspirin = true;
            if (ClinicalText.ContainsWord(treated, "dialysis") || ClinicalText.ContainsWord(treated, "hemodialysis") || ClinicalText.ContainsWord(treated, "hd")) dialysis = true;
            if (treatment.Success) clause = NegatedTreatment().Replace(clause[..treatment.Index], "").Trim();
            if (lookIn.Contains("insulin pump", StringComparison.Ordinal)) insulinPump = true;
            if (!pregnancy && InsulinRequiring().IsMatch(clause))
            {
                clause = InsulinRequiring().Replace(clause, " ").Trim();
            }
            if (clause.Length == 0 || StatusOnly.Contains(clause)) continue;
            // At discharge, "s/p lap chole" after the diagnosis is the stay's treatment of it, not a status to code.
            if (atDischarge && kept.Count > 0 && StatusPostClause().IsMatch(clause)) continue;
            // After the diagnosis, a plan or status clause ("- start prednisone", "referred to endo", "tolerating PO", "school performance better")
            // or one whose words name nothing ICD-10-CM knows (a drug: "- miralax"; "scant") is not documentation of another condition.
            // "Uncontrolled" stays beside diabetes (hyperglycemia); beside anything else it is a status.
            var diabetes = s.Contains("diab", StringComparison.Ordinal) || s.Contains("dm", StringComparison.Ordinal);
            if (kept.Count > 0 && (PlanOrStatus().IsMatch(clause) || (TestResult().IsMatch(clause) && !NamesAnotherOrganism(clause, kept)) || TreatmentClause().IsMatch(clause) || (clause == "uncontrolled" && !diabetes) || (DietControlled().IsMatch(clause) && !pregnancy)
                || (clause != "uncontrolled" && isDiagnosisWord is not null && !SideOnly().IsMatch(clause)
                    && clause.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).All(w => !char.IsDigit(w[0]) && !isDiagnosisWord(w)))))
                continue;
            kept.Add(clause);
        }
        // Nothing but treatment or status ("on warfarin", "long-term use of insulin"): the words are the diagnosis after all.
        // Gestational diabetes says its treatment in the code (O24.414 insulin controlled, O24.415 oral drugs): the treatment is documentation here.
        if (s.Contains("gestational diabetes", StringComparison.Ordinal) && kept.Count > 0)
            kept.Add(pregnancyInsulin ? "insulin controlled" : pregnancyOral ? "controlled by oral hypoglycemic drugs" : "");
        kept.RemoveAll(k => k.Length == 0);
        var text = kept.Count == 0 && !uncertainSeen ? s.Trim() : string.Join(", ", kept);
        // "OA knees", "cataracts of eyes": a paired part named in the plural, with no side, is both sides.
        if (!SideWord().IsMatch(text) && PluralPairedPart().Match(text) is { Success: true } plural)
            text = text.Insert(plural.Index, "bilateral ");
        var bilateral = Both().IsMatch(text);
        text = Both().Replace(text, "bilateral");
        return new DocumentedStatement(text, kept.Count == 0 && uncertainSeen, insulin && !insulinPump, oral, anticoagulant, aspirin, dialysis, bmi, bilateral)
            { InsulinPump = insulinPump, GestationWeeks = weeks, TrimesterFromWeeks = trimester, Gravida = gravidaCount, InjectableNonInsulin = injectable, HomeOxygenDependence = oxygen, InsulinInPregnancy = pregnancyInsulin && !insulinPump, OralInPregnancy = pregnancyOral, Treatments = treatments.ToString().Trim() };
    }

    /// <summary>
    /// The qualifiers in a statement that may document nothing a code could say: a severity, course or care status ("mild",
    /// "flare", "recurrent episodes", "rate controlled", "uncomplicated", "since childhood") and a negated qualifier ("without
    /// thyrotoxic crisis", "no rupture", "not in remission"). Whether one does is the code's to say (its category's titles);
    /// see <see cref="DiagnosisTextCoder"/>. Each is a span of <paramref name="text"/>, negated or not.
    /// </summary>
    public static IReadOnlyList<(int Index, int Length, QualifierKind Kind)> Qualifiers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int, int, QualifierKind)>();
        foreach (Match m in ContextQualifier().Matches(text)) found.Add((m.Index, m.Length, QualifierKind.Context));
        foreach (Match m in NegatedQualifier().Matches(text)) found.Add((m.Index, m.Length, QualifierKind.Negated));
        foreach (Match m in SiteQualifier().Matches(text)) found.Add((m.Index, m.Length, QualifierKind.Site));
        return found;
    }

    /// <summary>A body site after the diagnosis ("on chin", "of face", "of both hands", "on trunk").</summary>
    [GeneratedRegex(@"(?<=\S)\s+(?:on|of|to|over|involving|at)\s+(?:the\s+)?(?:(?:right|left|bilateral|both|r|l|rt|lt)\s+)?(?:(?:upper|lower|inner|outer|anterior|posterior)\s+)?(?:face|chin|cheeks?|forehead|nose|scalp|neck|back|chest|chest wall|trunk|torso|abdomen|abdominal wall|arms?|forearms?|legs?|thighs?|hands?|fingers?|feet|foot|toes?|shoulders?|elbows?|wrists?|knees?|ankles?|hips?|buttocks?|groin|axillae?|lips?|eyelids?|body|extremities|extremity)\b(?!\s+(?:of|and)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SiteQualifier();

    /// <summary>
    /// The diagnoses a statement lists one by one, each to be read on its own, or null: "Principal diagnosis: X. Secondary: Y, Z"
    /// (the secondary list as written, split by the coder where a whole reading fails) and "X; Y" (a semicolon between two lines of a
    /// problem list). A list marker and the principal framing stay with the first.
    /// </summary>
    public static IReadOnlyList<string>? SeparateDiagnoses(string statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var s = statement.Trim();
        if (PrincipalAndSecondary().Match(s) is { Success: true } m)
            return [m.Groups["first"].Value.Trim(), m.Groups["rest"].Value.Trim()];
        if (SecondaryTo().Match(s) is { Success: true } cause)
            return [s[..cause.Index].Trim(), s[(cause.Index + cause.Length)..].Trim()];
        if (!s.Contains(';', StringComparison.Ordinal) || s.Contains('(', StringComparison.Ordinal)) return null;
        var parts = s.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? parts : null;
    }

    [GeneratedRegex(@"^(?<first>.*?\b(?:principal|primary|discharge|final|admitting)\s+(?:diagnosis|dx)\s*[:\-]\s*.+?)\s*[.;]\s*(?:secondary|other|additional)(?:\s+(?:diagnos[ie]s|dx))?\s*[:\-]\s*(?<rest>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PrincipalAndSecondary();

    /// <summary>"AKI secondary to dehydration": a condition and its cause, each a diagnosis (once, between two words).</summary>
    [GeneratedRegex(@"(?<=\w)\s+secondary to\s+(?=\w)(?!.*\bsecondary to\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SecondaryTo();

    [GeneratedRegex(@"\b(?:(?:very|quite)\s+)?(?:mild(?:ly)?|moderate(?:ly)?)(?:\s+(?:symptoms|sx|disease|case|illness))?\b|\b(?:acute\s+)?flare(?:[- ]?ups?|s)?\b|\b(?:(?:recurrent|multiple|several|frequent|intermittent|repeated)\s+)?episodes\b|\brecurrent\b|\buncomplicated\b|\b(?:rate|well|fairly well|adequately)[- ]controlled\b|\bsince (?:childhood|youth|adolescence|age \d+|\d+|(?:his|her) (?:teens|twenties|20s|30s))\b|\b(?:longstanding|long-standing|lifelong|chronic stable)\b|\bexacerbation\b|\b(?:initial|first|subsequent) episode of care\b|\b(?:dry|productive|nonproductive|non-productive|sharp|dull|occasional|constant)\b|\b(?:symptoms|sx)\b|\bsingleton(?: pregnancy| gestation)?\b|(?<=\S\s+)(?:(?:test|swab|pcr|antigen)\s+)?positive\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContextQualifier();

    /// <summary>"without X", "w/o X", "no X", "not X" after the first word, to the end of its clause (or a "with").</summary>
    [GeneratedRegex(@"(?<=\S\s*(?:[,;]\s*)?)\b(?:without|w/o|no|not)\s+[a-z][a-z0-9' -]*?(?=\s*(?:$|[,;.(]|\bwith\b|\band\b))", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedQualifier();

    /// <summary>An insulin pump (Z96.41) rather than long-term insulin alone.</summary>
    public bool InsulinPump { get; init; }

    /// <summary>Completed weeks of gestation documented beside a pregnancy ("34 weeks", "24 wks"): Z3A.xx (guideline I.C.15.a / Z3A).</summary>
    public int? GestationWeeks { get; init; }

    /// <summary>Long-term injectable non-insulin antidiabetic drugs (GLP-1 agonists: Ozempic, Trulicity...): Z79.85 after the diabetes code.</summary>
    public bool InjectableNonInsulin { get; init; }

    /// <summary>Home (supplemental, chronic) oxygen: Z99.81 dependence on supplemental oxygen after the condition.</summary>
    public bool HomeOxygenDependence { get; init; }

    /// <summary>The documented gravida ("G2P1" → 2): a first pregnancy (G1) or another (Z34.0- / Z34.8-).</summary>
    public int? Gravida { get; init; }

    /// <summary>The trimester the weeks of gestation fall in (1: under 14 weeks, 2: 14 to under 28, 3: 28 and over; guideline I.C.15.a.3)
    /// when the statement names none: it settles a code's "unspecified trimester".</summary>
    public int? TrimesterFromWeeks { get; init; }

    /// <summary>Insulin (or oral drugs) documented in a pregnancy: Z79.4 / Z79.84 follow pre-existing diabetes in pregnancy (O24.0–O24.3, O24.8;
    /// guideline I.C.15.g), never gestational diabetes, whose O24.41x codes say the treatment.</summary>
    public bool InsulinInPregnancy { get; init; }

    /// <inheritdoc cref="InsulinInPregnancy"/>
    public bool OralInPregnancy { get; init; }

    /// <summary>The treatment clauses documented as current ("on tamoxifen", "continue metformin"), for the long-term drug status codes.</summary>
    public string Treatments { get; init; } = "";

    private static readonly string[] TreatmentWords = ["insulin", "metformin", "oral", "dialysis", "hemodialysis", "hd", "tamoxifen", "raloxifene", "anastrozole", "letrozole", "exemestane", "peritoneal", "cpap", "bipap", "oxygen", "home",
        "medication", "medications", "meds", "therapy", "aspirin", "statin", "levothyroxine", "steroids", "prednisone", "chemotherapy", "long", "long-term",
        "kcl", "supplement", "supplements", "replacement"];

    /// <summary>What follows "on" is treatment when it starts with a treatment word or names nothing ICD-10-CM knows (a drug name).</summary>
    private static bool IsTreatment(string rest, Func<string, bool>? isDiagnosisWord)
    {
        var words = rest.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        if (TreatmentWords.Contains(words[0]) || AnticoagulantWords.Contains(words[0])) return true;
        // "On maintenance therapy", "on antiplatelet medication": a kind of treatment, however it is qualified.
        if (words.Take(3).Any(w => w.TrimEnd(')', ',', ';') is "therapy" or "treatment" or "medication" or "medications")) return true;
        return isDiagnosisWord is not null && words.All(w => !isDiagnosisWord(w));
    }

    private static string RemovedOrgan(string procedure) => procedure switch
    {
        "mastectomy" => "breast",
        "prostatectomy" => "prostate",
        "nephrectomy" => "kidney",
        "cholecystectomy" or "chole" => "gallbladder",
        "splenectomy" => "spleen",
        "gastrectomy" => "stomach",
        "colectomy" => "large intestine",
        "hysterectomy" => "uterus",
        "oophorectomy" => "ovary",
        "salpingectomy" => "fallopian tube",
        "orchiectomy" => "testis",
        "pancreatectomy" => "pancreas",
        _ => "lung",
    };

    private static bool ContainsAny(string text, IEnumerable<string> phrases)
    {
        foreach (var p in phrases)
            if (ClinicalText.ContainsWord(text, p)) return true;
        return false;
    }

    [GeneratedRegex(@"^\s*(?:#+\s*\d*[.):]?|\d+[.)]|[-*•])\s*")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:(?:right|left|bilateral|both|r|l|rt|lt|b/l|bilat)\s*)+(?:eyes?|ears?|sides?|knees?|hips?|shoulders?|legs?|arms?|feet|foot|hands?)?$")]
    private static partial Regex SideOnly();

    /// <summary>Problem-list and discharge-summary framing that says where the diagnosis was written, not what it is.</summary>
    [GeneratedRegex(@"^(?:(?:problem(?: list)?|pmh|dx|diagnosis|diagnoses|assessment|impression|(?:discharge|principal|primary|secondary|final|admitting|admission) (?:diagnosis|dx)|(?:diagnosis|diagnoses|dx) (?:at|on|upon) (?:discharge|admission)|a/p|a&p|assessment and plan|assessment/plan|impression and plan|reason for (?:visit|admission))\s*[:\-]\s*|(?:patient |pt )?(?:was |is )?(?:admitted|hospitali[sz]ed|presented|presents|treated|discharged after treatment|discharged(?: home)?|seen|evaluated)\s+(?:with|for)\s+|(?:patient |pt )?(?:complains|complaining) of\s+|(?:patient |pt )?c/o\s+|hospital course (?:notable|complicated|significant|remarkable) (?:for|by)\s+|hospital course\s*[:\-]\s*)")]
    private static partial Regex Framing();

    /// <summary>A fiscal year or date-of-service note ("FY2027", "(FY27)", "2026 visit", "DOS after Oct 2026"): not documentation.</summary>
    [GeneratedRegex(@"[,(]?\s*\b(?:dos (?:after|before|on|from) [a-z]+ (?:19|20)\d{2}|fy\s?(?:20)?\d{2}(?: visit)?|(?:19|20)\d{2} visit|(?:19|20)\d{2})\b\s*\)?")]
    private static partial Regex FiscalYearTag();

    [GeneratedRegex(@"(?:\bwith\s+)?\bbmi\s*(?:of|=|:|is)?\s*(?<value>\d{1,3}(?:\.\d+)?)")]
    private static partial Regex Bmi();

    [GeneratedRegex(@"[;,]|\s+-\s+|\s+--\s+")]
    private static partial Regex Clauses();

    /// <summary>A full stop between sentences: after a word of two letters or more (not "E. coli"), before the next word.</summary>
    [GeneratedRegex(@"(?<=[a-z0-9)]{2})\.\s+(?=[a-z#(])")]
    private static partial Regex SentenceEnd();

    /// <summary>The patient's age in years ("6 y/o", "4 years", "45 yo male") and a symptom's duration ("x 3 days"): not coded.
    /// Ages in days or weeks stay (a newborn word for the perinatal chapter).</summary>
    [GeneratedRegex(@"(?:\b(?:age[d]?\s*)?\d{1,3}\s*-?\s*(?:y/?o|yo|yr?s?[- ]old|years?(?:[- ]old)?|yrs?)\b(?:\s+(?:old\s+)?(?:male|female|man|woman|boy|girl|m|f)\b)?|\b(?:x|for|times|over the (?:past|last))\s*(?:\d+|several|a few|few|many)\s*(?:days?|d|hours?|hrs?|h|weeks?|wks?|months?|mos?|years?|yrs?)\b)")]
    private static partial Regex AgeAndDuration();

    /// <summary>A lab value clause ("A1c 8.9", "LDL 190", "eGFR 42"): the diagnosis is what the clinician concluded from it.</summary>
    [GeneratedRegex(@"^(?:(?:dexa|bone density)\s+)?(?:hb ?a1c|hgb ?a1c|a1c|hemoglobin a1c|ldl|hdl|tsh|ft4|e?gfr|inr|bnp|psa|lvef|ef|glucose|fbg|bg|hgb|hb|hct|creatinine|cr|potassium|k|sodium|na|magnesium|mg|calcium|ca|plt|platelets?|wbc|anc|troponin|trop|lipase|lactate|crp|esr|alt|ast|ferritin|b12|vitamin d|vit d|albumin|bun|spo2|o2 sat|sat|t-score|t score|tg|triglycerides)(?:\s+(?:peak|level|count))?\s*(?:of|=|:|is|was|at)?\s*[<>]?\s*-?\d+(?:\.\d+)?\s*(?:%|mg/dl|mmol/l|k)?$")]
    private static partial Regex LabValue();

    [GeneratedRegex(@"\b(?:s/p|status post|h/o|hx of|history of)\s+(?:(?:total|partial|simple|radical|modified radical|lap|laparoscopic|robotic|open)\s+)*(?<side>(?:left|right|bilateral)\s+)?(?:(?:total|partial|simple|radical|modified radical|lap|laparoscopic|robotic|open)\s+)*(?<proc>mastectomy|prostatectomy|nephrectomy|cholecystectomy|chole|splenectomy|gastrectomy|colectomy|hysterectomy|oophorectomy|salpingectomy|orchiectomy|pancreatectomy|pneumonectomy|lobectomy)\b")]
    private static partial Regex StatusPostRemoval();

    /// <summary>A plan ("start", "increase", "referred to", "trial of", "replete", "f/u") or a status ("euvolemic", "seizure free", "better",
    /// "per spouse", "on admission") clause: what was done or observed about the diagnosis, not another diagnosis.</summary>
    [GeneratedRegex(@"^(?:(?:start(?:ed|ing)?|begin|began|cont(?:inue[sd]?)?|increase[sd]?|decrease[sd]?|titrat\w*|refer(?:red|ral)?|trial|replete[sd]?|recheck\w*|repeat|follow[- ]?up|f/u|monitor\w*|check\w*|order(?:ed)?|schedul\w*|rx|prescrib\w*|discuss\w*|counsel(?:ed|led)|advis\w*|needs?|tolerat\w*|will|plan|consider\w*|d/c|stop(?:ped)?|hold|held|resume[sd]?|taper\w*|given|educat\w*|rtc|per|reports?|euvolemic|afebrile|on admission|at admission|on arrival|seizure[- ]free|symptom[- ]free|pain[- ]free|symptomatic|outpatient|inpatient|unknown source|source unknown|unclear source|not on (?:treatment|therapy|medication|medications|meds|anticoagulation)|new since|new onset since|first episode)\b|.*\b(?:better|worse|improved|improving|stable|resolved)$)")]
    private static partial Regex PlanOrStatus();

    [GeneratedRegex(@"\b(?:home|supplemental|chronic|continuous|nocturnal|long[- ]term)\s+(?:oxygen|o2)\b|\b(?:oxygen|o2) at home\b")]
    private static partial Regex HomeOxygen();

    [GeneratedRegex(@"\b(?:right|left|bilateral|bilaterally|both|unilateral|rt|lt|r|l|b/l|bilat)\b")]
    private static partial Regex SideWord();

    [GeneratedRegex(@"\b(?:knees|hips|shoulders|ankles|wrists|elbows|eyes|ears)\b")]
    private static partial Regex PluralPairedPart();

    /// <summary>When in the stay a diagnosis was seen ("AKI on admission"): not documentation.</summary>
    [GeneratedRegex(@"\b(?:on|at|upon) (?:admission|arrival|presentation)\b")]
    private static partial Regex WhenSeen();

    private const string Stroke = @"(?:(?:old|prior|previous|remote|recent|an?)\s+)*(?:(?:acute|ischemic|embolic|thrombotic|left|right|l|r|lacunar|(?:left |right )?(?:mca|aca|pca))\s+)*(?:stroke|cva|cerebral infarction|cerebral infarct|cerebrovascular accident|brain infarction)(?:\s+(?:in|of) (?:the )?(?:left|right) (?:mca|hemisphere|brain))?";

    [GeneratedRegex(@"\s*\b(?:(?:as (?:a )?)?(?:late effects?|sequelae?|residual) (?:of|from)|(?:due to|from|secondary to|status post)(?=\s+(?:old|prior|previous|remote)\b)|following|after|s/p)\s+" + Stroke + @"\b")]
    private static partial Regex StrokeSequela();

    [GeneratedRegex(@"\b" + Stroke + @"\s+with (?:residual|resultant|persistent|chronic) (?<deficit>[a-z ]+?)(?=$|[,;])")]
    private static partial Regex StrokeWithResidual();

    [GeneratedRegex(@"\b(?<side>right|left|rt|lt)(?:[- ]sided)?\s+(?:\w+\s+)?(?:hemipare|hemipleg|monopare|monopleg)|(?:hemipare|hemipleg)\w*,?\s+(?:of\s+(?:the\s+)?)?(?<side>right|left)")]
    private static partial Regex HemiplegiaSide();

    [GeneratedRegex(@"\b(?<side>right|left)[- ]sided\b")]
    private static partial Regex RightSided();

    /// <summary>"Diet controlled" diabetes outside pregnancy is diabetes without a treatment code (in pregnancy O24.410 says it).</summary>
    [GeneratedRegex(@"^(?:diet[- ]controlled|controlled (?:with|by|on) diet|on diet|diet and exercise)$")]
    private static partial Regex DietControlled();

    [GeneratedRegex(@"^(?:(?:discharge|principal|final|admitting|admission) (?:diagnosis|diagnoses|dx)|(?:diagnosis|diagnoses|dx) (?:at|on|upon) discharge|(?:patient |pt )?(?:was )?(?:admitted|hospitali[sz]ed|discharged)|hospital course)\b")]
    private static partial Regex DischargeFraming();


    [GeneratedRegex(@"\b(?:ed|er|emergency department|emergency room) visit\b|\bseen in (?:the )?(?:ed|er|emergency department|emergency room)\b")]
    private static partial Regex EmergencyVisit();

    [GeneratedRegex(@"\baftercare (?:for|following|of) (?:(?:a|an|the|healing|traumatic)\s+)*(?=(?:[a-z]+\s+){0,3}(?:fracture|fx|sprain|strain|laceration|dislocation|burn)\b)")]
    private static partial Regex InjuryAftercare();

    [GeneratedRegex(@"\b(?:sprain|strain|fracture|fx|laceration|contusion|dislocation|burn|bite|concussion|abrasion|wound|puncture)\b")]
    private static partial Regex InjuryWord();

    [GeneratedRegex(@"\b(?:initial|subsequent|sequela|sequelae|late effect)\b")]
    private static partial Regex EncounterWord();

    [GeneratedRegex(@"\b(?:follow[- ]?up|f/u|recheck|aftercare)(?:\s+(?:of|for)\s+(?:the\s+)?(?:healing|injury))?(?:\s+(?:visit|exam|encounter))?\b")]
    private static partial Regex InjuryFollowUp();

    [GeneratedRegex(@"\s*\b(?:(?:(?:of|in|involving) (?:the )?)?(?:(?:right|left|bilateral) )?(?:upper|middle|lower|right upper|right lower|left upper|left lower)(?: and (?:upper|middle|lower))? lobes?|(?:rll|lll|rul|lul|rml|lingula))\b")]
    private static partial Regex LungLobe();

    [GeneratedRegex(@"\bsymptomatic\s+(?=[a-z])")]
    private static partial Regex Symptomatic();

    [GeneratedRegex(@"^(?:acquired absence|s/p|status post|post)\b")]
    private static partial Regex StatusPostClause();

    [GeneratedRegex(@"(?<exam>\b(?:gyn|gyne|gynecologic(?:al)?|well[- ]woman|pelvic) (?:exam|examination|visit|check))\s+(?:with|w/|and|\+|incl(?:uding)?)\s+(?:a\s+)?pap(?:\s+smear|\s+test)?\b")]
    private static partial Regex PapAtGynExam();

    [GeneratedRegex(@"\badult\b")]
    private static partial Regex Adult();

    [GeneratedRegex(@"\b(?:s/p|status post|h/o|history of)\s+(?:(?:pci|ptca|percutaneous coronary intervention|coronary angioplasty|angioplasty|des|coronary stent(?:ing)?|stent placement|drug[- ]eluting stent)(?:\s+(?:with|and|w/)\s+(?:des|stents?|stent placement|drug[- ]eluting stents?))?(?:\s+(?:to|of|in)\s+(?:the\s+)?(?:lad|rca|lcx|circumflex|coronary))?)\b")]
    private static partial Regex StatusPostCoronaryStent();

    /// <summary>A test result or a test under way after the diagnosis ("rapid strep positive", "culture pending", "TSH ordered", "Holter ordered"):
    /// how the diagnosis was reached or will be checked, not another condition.</summary>
    [GeneratedRegex(@"^(?:.*\b(?:pending|ordered|sent|obtained|drawn|scheduled)|(?:(?:rapid|home|quick)\s+)?(?:strep|flu|influenza|covid(?:-19)?|sars-cov-2|rsv|mono|monospot|culture|urine culture|blood cultures?|ua|urinalysis|swab|pcr|antigen|test|testing|screen|quantiferon|ppd|tb test|xray|x-ray|imaging|ct|mri|ultrasound|us|echo|ekg|ecg|biopsy|labs?)(?:\s+(?:test|testing|swab|pcr|antigen|screen|result))?\s+(?:positive|pos|confirmed|\+|done))$")]
    private static partial Regex TestResult();

    /// <summary>"Pharyngitis, strep test positive": a test that names an organism the diagnosis does not is documentation of it (J02.0).</summary>
    private static bool NamesAnotherOrganism(string clause, List<string> kept) =>
        OrganismTest().Match(clause) is { Success: true } organism && !kept.Exists(k => k.Contains(organism.Value, StringComparison.Ordinal));

    [GeneratedRegex(@"\b(?:strep|flu|influenza|covid|sars|rsv|mono|hiv|hcv|hepatitis|lyme|pertussis|mrsa|c\.? diff)")]
    private static partial Regex OrganismTest();

    /// <summary>A treatment clause after the diagnosis ("topical steroid", "oral antibiotics", "hydrocortisone cream"): not a condition.</summary>
    [GeneratedRegex(@"^(?:(?:topical|oral|po|iv|inhaled|nebulized|otc|prn|short course of|course of)\s+(?:steroids?|corticosteroids?|antibiotics?|abx|antifungals?|antivirals?|antihistamines?|nsaids?|creams?|ointments?|therapy|medications?|meds|rehydration|hydration|fluids)|[a-z-]+\s+(?:cream|ointment|lotion|drops|inhaler|nebs?|tabs?|tablets?|patch)|(?:supportive|symptomatic|conservative|comfort)\s+(?:care|treatment|management|measures|therapy)|(?:ed|er|pcp|clinic|outpatient|specialist)\s+(?:follow[- ]?up|f/u|referral|visit)|(?:unspecified|unknown|unclear|undetermined)\s+(?:cause|etiology|origin)|.*\b(?:reviewed|discussed|provided|explained|recommended|encouraged|advised|repeat|repeated|rechecked))$")]
    private static partial Regex TreatmentClause();

    [GeneratedRegex(@"\b(?:today|tonight|yesterday|this (?:morning|evening|visit|week)|at this time)\b")]
    private static partial Regex TimeWords();

    [GeneratedRegex(@"\b(?:nail|nailbed|nail bed)s?\s+(?:intact|not involved|uninvolved|spared|undamaged)\b|\bno (?:nail|nailbed|nail bed) (?:damage|involvement|injury)\b")]
    private static partial Regex NailIntact();

    [GeneratedRegex(@"\b(?:newborn|neonat\w*|infant)\b.*\b(?:check|exam|examination|visit|well)\b|\b(?:check|exam|examination|visit)\b.*\b(?:newborn|neonat\w*)\b")]
    private static partial Regex NewbornCheck();

    [GeneratedRegex(@"\b(?<days>\d{1,2})\s*-?\s*(?:days?|d)(?:[- ]old)\b")]
    private static partial Regex AgeInDays();

    /// <summary>"?UTI": a question mark before a word marks the diagnosis uncertain.</summary>
    [GeneratedRegex(@"(?<![\w)])\?\s*(?=[a-z])")]
    private static partial Regex QueryMark();

    /// <summary>Where the diagnosis was seen: "on ultrasound", "seen on CT", "by DEXA", "per x-ray".</summary>
    [GeneratedRegex(@"\s*\b(?:(?:seen|noted|found|confirmed|shown|detected|diagnosed)\s+)?(?:on|by|per|via)\s+(?:(?:a|the|recent|routine|screening)\s+)*(?:ultrasound|us|u/s|sonogram|ct|ct scan|cat scan|mri|x-?rays?|xr|cxr|chest x-?ray|radiograph|imaging|echo|echocardiogram|ekg|ecg|dexa|dexa scan|bone density(?: scan)?|holter|labs?|exam|examination|physical exam)\b")]
    private static partial Regex HowFound();

    /// <summary>A size ("4.2 cm", "3 mm"): a finding's measure, which no diagnosis code's title states.</summary>
    [GeneratedRegex(@"\s*\b(?:about |approx\.? |approximately |~)?\d+(?:\.\d+)?\s*(?:x\s*\d+(?:\.\d+)?\s*)?(?:cm|mm)\b")]
    private static partial Regex Size();

    /// <summary>The extent of a skin disease ("about 5% BSA").</summary>
    [GeneratedRegex(@"\s*(?:\b(?:about|approx\.?|approximately|~)\s*)?\b\d+(?:\.\d+)?\s*%\s*(?:bsa|tbsa|body surface area|of body surface)\b")]
    private static partial Regex BodySurface();

    [GeneratedRegex(@"\bgdm\b")]
    private static partial Regex Gdm();

    [GeneratedRegex(@"^(?:no|without)\s+(?:dx|diagnosis)\s+of\s+(?<what>.+)$")]
    private static partial Regex NoDiagnosisOf();

    /// <summary>Words that place the statement in a pregnancy, so "N weeks" is the gestational age.</summary>
    [GeneratedRegex(@"pregnan|gestation|gravid|trimester|prenatal|antenatal|antepartum|obstetric|eclampsia|hyperemesis|placenta|\bg\d+\s*p\d+|\biup\b|intrauterine|ectopic|miscarriage|threatened abortion|preterm labou?r|breech|oligohydramnios|polyhydramnios|singleton|\btwins?\b")]
    private static partial Regex PregnancyContext();

    [GeneratedRegex(@"(?:\b(?:at|ga)\s*)?(?<!\b(?:x|for)\s?)\b(?<weeks>\d{1,2})(?:\s*\+\s*\d|\s+\d/7)?\s*-?\s*(?:weeks?|wks?|w(?!/))\b(?!\s*(?:postpartum|post partum|after delivery|ago))(?:\s*(?:of\s+)?(?:gestation(?:al age)?|ga|pregnant|of pregnancy))?")]
    private static partial Regex WeeksOfGestation();

    [GeneratedRegex(@"\b(?:first|second|third|1st|2nd|3rd)\s+trimester\b|\btrimester\b")]
    private static partial Regex Trimester();

    [GeneratedRegex(@"\bg(?<g>\d{1,2})\s*p\d{1,2}(?:\d{0,3}|(?:-\d+){0,3})\b")]
    private static partial Regex GravidaPara();

    /// <summary>"on X" (not "acute on chronic"), "controlled with/on/by X", "treated with X", "managed with X", "maintained on X".</summary>
    /// <remarks>A plan that keeps a drug ("continue metformin", "resume apixaban", "still taking insulin") documents its current use too.</remarks>
    [GeneratedRegex(@"(?:\b(?:(?:well )?controlled|treated|managed|maintained)\s+(?:with\b|w/|on\b|by\b)|(?<!acute )\bon\b(?! chronic)|^(?:cont|resume[sd]?|still (?:on|taking)|taking|takes)\b(?=\s+[a-z])|\bcontinue[sd]?\b(?=\s+[a-z]))")]
    private static partial Regex Treatment();

    [GeneratedRegex(@"\b(?:not|no longer|never|off)\s*$")]
    private static partial Regex NegatedTreatment();

    [GeneratedRegex(@"\b(?:insulin[- ]requiring|requiring insulin|insulin[- ]treated|(?:long[- ]term|current) (?:use of )?insulin(?: use)?)\b")]
    private static partial Regex InsulinRequiring();

    [GeneratedRegex(@"\b(?:both|bilaterally|bilateral|ou)\b")]
    private static partial Regex Both();
}
