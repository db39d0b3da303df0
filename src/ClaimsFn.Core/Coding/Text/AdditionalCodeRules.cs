using System.Text.RegularExpressions;

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// The codes a statement needs besides its main code, in guideline order: the stage or type a combination code
/// asks for ("use additional code": N18.x after E1x.22 / I12 / I13, I50.x after I11.0 / I13; N18.x before D63.1,
/// "code first"), a manifestation (U07.1 then J12.82; G30 then F02; I69.x91 then R13.1x; diabetic gastroparesis
/// then K31.84; COPD with a lower respiratory infection then the infection), the organism (B95–B96) when the main
/// code does not name it, and status codes (Z79.4 / Z79.84 for diabetes treated with insulin / oral drugs,
/// guideline I.C.4.a.3; Z99.2 dialysis; Z79.01 anticoagulants; Z79.82 aspirin; Z68.x BMI after the weight
/// diagnosis, I.B.14). Also turns one side into both when the documentation says bilateral and the code set
/// has no bilateral code (right, then left). Each added code must exist and be billable in the year's set.
/// </summary>
public sealed partial class AdditionalCodeRules(IcdCodeSet codeSet)
{
    private static readonly (string[] Words, string Code, string Root)[] Organisms =
    [
        (["e. coli", "e coli", "escherichia"], "B9620", "coli"),
        (["klebsiella"], "B961", "klebsiella"),
        (["pseudomonas"], "B965", "pseudomonas"),
        (["mrsa", "methicillin resistant"], "B9562", "staphylococc"),
        (["mssa", "methicillin susceptible"], "B9561", "staphylococc"),
        (["h. pylori", "h pylori", "helicobacter"], "B9681", "pylori"),
        (["proteus"], "B964", "proteus"),
        (["enterococcus", "enterococcal"], "B952", "enterococc"),
    ];

    /// <summary>The codes in reporting order (the main code first, possibly changed: N18.5 on dialysis is N18.6, one side becomes
    /// the bilateral code), with the evidence for each code added.</summary>
    /// <param name="organismText">The statement text in which to look for the organism (the full text when the condition was coded without it).</param>
    public (IReadOnlyList<string> Codes, IReadOnlyList<string> Evidence) Apply(string main, DocumentedStatement doc, string? organismText = null)
    {
        var text = doc.Text;
        var organismIn = organismText ?? text;
        var codes = new List<string> { main };
        var evidence = new List<string>();
        void Add(string code, string why)
        {
            if (codes.Contains(code) || !codeSet.TryGet(code, out var e) || !e.Billable) return;
            codes.Add(code);
            evidence.Add($"{Dotted(code)}: {why}");
        }
        void Prepend(string code, string why)
        {
            if (codes.Contains(code) || !codeSet.TryGet(code, out var e) || !e.Billable) return;
            codes.Insert(0, code);
            evidence.Add($"{Dotted(code)}: {why}");
        }

        var ckdStage = KidneyStage(text, doc.Dialysis);
        if (main == "N185" && doc.Dialysis) codes[0] = "N186";
        if (main == "D631") Prepend(ckdStage ?? "N189", "code first the chronic kidney disease stage (D63.1)");
        // "Anemia in CKD stage 3b" found the stage first: D63.1 still follows it (tabular D63.1: code first underlying chronic kidney disease).
        if (main.StartsWith("N18", StringComparison.Ordinal) && (ClinicalText.ContainsWord(text, "anemia") || ClinicalText.ContainsWord(text, "anaemia")) && !text.Contains("without anemia", StringComparison.Ordinal) && !text.Contains("no anemia", StringComparison.Ordinal)) Add("D631", "anemia in chronic kidney disease: D63.1 after the N18.x stage (D63.1: code first underlying chronic kidney disease)");
        if (main is "I130" or "I132" or "I110") Add(HeartFailure(text), "use additional code for the type of heart failure (I.C.9.a.1/3)");
        if (IsDiabetes(main) && main[3..] == "22" && Hypertension(text))
        {
            // Diabetes, hypertension and CKD: each "with" presumes a link, so E1x.22 and I12.x / I13.x are both coded, then the stage (I.C.4.a, I.C.9.a.2).
            var stage5 = ckdStage is "N185" or "N186";
            var failure = HeartFailureWords().IsMatch(text);
            Add(failure ? (stage5 ? "I132" : "I130") : (stage5 ? "I120" : "I129"), "hypertension with chronic kidney disease is presumed linked: I12.x / I13.x beside the diabetic CKD code (I.C.9.a.2)");
            if (failure) Add(HeartFailure(text), "use additional code for the type of heart failure (I.C.9.a.3)");
        }
        if (IsDiabetes(main) && main[3..] == "22" || main.StartsWith("I12", StringComparison.Ordinal) || main.StartsWith("I13", StringComparison.Ordinal))
            Add(ckdStage ?? "N189", "use additional code for the stage of chronic kidney disease (I.C.4.a / I.C.9.a.2)");
        if (main.StartsWith("N18", StringComparison.Ordinal) && (ClinicalText.ContainsWord(text, "aki") || text.Contains("acute kidney", StringComparison.Ordinal) || text.Contains("acute renal", StringComparison.Ordinal)))
        {
            codes[0] = "N179";
            Add(ckdStage ?? main, "acute kidney failure on chronic kidney disease: both are coded (N17.x, then the N18.x stage)");
        }
        else if (main.StartsWith("N17", StringComparison.Ordinal) && ckdStage is not null)
            Add(ckdStage, "acute kidney failure on chronic kidney disease: both are coded (N17.x, then the N18.x stage)");
        if (main == "U071")
        {
            if (ClinicalText.ContainsWord(text, "pneumonia")) Add("J1282", "COVID-19 pneumonia (I.C.1.g.1.a)");
            else if (ClinicalText.ContainsWord(text, "bronchitis")) Add("J208", "acute bronchitis due to COVID-19 (I.C.1.g.1.a)");
        }
        if (main.StartsWith("J44", StringComparison.Ordinal) && (ClinicalText.ContainsWord(text, "pneumonia") || ClinicalText.ContainsWord(text, "acute bronchitis")))
        {
            codes[0] = "J440";
            Add(ClinicalText.ContainsWord(text, "pneumonia") ? "J189" : "J209", "COPD with acute lower respiratory infection: use additional code to identify the infection (J44.0)");
        }
        if (IsDiabetes(main) && ClinicalText.ContainsWord(text, "gastroparesis"))
        {
            codes[0] = main[..3] + "43";
            Add("K3184", "diabetic gastroparesis: E1x.43 with the manifestation K31.84 (index)");
        }
        if (main.StartsWith("A40", StringComparison.Ordinal) || main.StartsWith("A41", StringComparison.Ordinal))
        {
            // Sepsis with a localized infection: the sepsis code first, then the localized infection (I.C.1.d.4).
            if (ClinicalText.ContainsWord(text, "uti") || text.Contains("urinary tract infection", StringComparison.Ordinal)) Add("N390", "sepsis first, then the localized infection (I.C.1.d.4)");
            else if (ClinicalText.ContainsWord(text, "pneumonia")) Add("J189", "sepsis first, then the localized infection (I.C.1.d.4)");
        }
        if (main.StartsWith("G30", StringComparison.Ordinal))
            Add(DementiaCode(text), "dementia in Alzheimer's disease: G30 first, then F02 by severity and behavioral disturbance (index)");
        if (main.StartsWith("R131", StringComparison.Ordinal) && StrokeSequela().IsMatch(text))
        {
            // "Dysphagia as late effect of cerebral infarction, oropharyngeal phase": the sequela code first, the dysphagia type after it (I.C.9.d).
            codes[0] = text.Contains("hemorrhag", StringComparison.Ordinal) ? "I69191" : text.Contains("infarct", StringComparison.Ordinal) || ClinicalText.ContainsWord(text, "stroke") || ClinicalText.ContainsWord(text, "cva") ? "I69391" : "I69991";
            Add(main, "dysphagia following a stroke: use additional code for the type of dysphagia (I69.x91)");
        }
        if (main.StartsWith("I69", StringComparison.Ordinal) && main.EndsWith("91", StringComparison.Ordinal))
            Add(DysphagiaType(text), "dysphagia following a stroke: use additional code for the type of dysphagia (I69.x91)");

        if (main is "N400" or "N401" && LowerUrinarySymptom(text) is { } symptom)
        {
            // BPH with a urinary symptom is N40.1 "with lower urinary tract symptoms"; use additional code for the symptom (N40.1).
            codes[0] = "N401";
            Add(symptom, "benign prostatic hyperplasia with lower urinary tract symptoms: N40.1, then the symptom (use additional code)");
        }
        if ((main.StartsWith("L974", StringComparison.Ordinal) || main.StartsWith("L975", StringComparison.Ordinal)) && DiabeticUlcer(text) is { } diabetic)
            Prepend(diabetic, "diabetic foot ulcer: E1x.621 first, then the L97 site and depth (E1x.621: use additional code to identify the site of the ulcer)");
        if (main[0] is not ('A' or 'B' or 'Z') && codeSet.TryGet(main, out var mainEntry))
        {
            var title = mainEntry.Title.ToLowerInvariant();
            foreach (var (words, code, root) in Organisms)
                if (words.Any(w => ClinicalText.ContainsWord(organismIn, w)) && !title.Contains(root, StringComparison.Ordinal))
                {
                    Add(code, "use additional code to identify the infectious agent (B95–B97)");
                    break;
                }
        }

        if (doc.Bilateral) Bilateral(codes, evidence);
        if (doc.TrimesterFromWeeks is { } trimester) Trimester(codes, trimester, evidence);
        if (doc.Gravida is { } gravida && gravida > 0 && codes[0].StartsWith("Z349", StringComparison.Ordinal) && codes[0].Length == 5)
        {
            // Supervision of a normal pregnancy whose gravida is documented: G1 is the first pregnancy (Z34.0-), a later one "other" (Z34.8-).
            var known = (gravida == 1 ? "Z340" : "Z348") + codes[0][4];
            if (codeSet.TryGet(known, out var k) && k.Billable)
            {
                codes[0] = known;
                evidence.Add($"{Dotted(known)}: gravida {gravida}: {(gravida == 1 ? "first" : "other")} normal pregnancy");
            }
        }

        if (IsDiabetes(codes[0]))
        {
            if (doc.Insulin && !codes[0].StartsWith("E10", StringComparison.Ordinal)) Add("Z794", "long-term (current) use of insulin (I.C.4.a.3)");
            if (doc.OralHypoglycemic) Add("Z7984", "long-term (current) use of oral hypoglycemic drugs (I.C.4.a.3)");
            if (doc.InsulinPump) Add("Z9641", "presence of insulin pump");
            if (doc.InjectableNonInsulin) Add("Z7985", "long-term (current) use of injectable non-insulin antidiabetic drugs (I.C.4.a.3)");
        }
        if (PreExistingDiabetesInPregnancy(codes[0]))
        {
            // Pre-existing diabetes in pregnancy: O24.0–O24.3 / O24.8 first, then the E code (added by the coder), then Z79.4 / Z79.84 (I.C.15.g).
            if (doc.InsulinInPregnancy && !codes[0].StartsWith("O240", StringComparison.Ordinal)) Add("Z794", "long-term (current) use of insulin with pre-existing diabetes in pregnancy (I.C.15.g, I.C.4.a.3)");
            if (doc.OralInPregnancy) Add("Z7984", "long-term (current) use of oral hypoglycemic drugs with pre-existing diabetes in pregnancy (I.C.15.g)");
        }
        if (doc.Dialysis && (codes.Contains("N186") || codes[0] is "I120" or "I132")) Add("Z992", "dependence on renal dialysis (use additional code with N18.6)");
        if (doc.HomeOxygenDependence && codes[0] != "Z9981") Add("Z9981", "dependence on supplemental oxygen (home oxygen)");
        if (main.StartsWith("R652", StringComparison.Ordinal) && !codes.Any(c => c.StartsWith("A4", StringComparison.Ordinal)))
            Prepend("A419", "severe sepsis: code first the underlying infection (R65.2); no organism documented → A41.9 (I.C.1.d.1.b)");
        if (codes[0].StartsWith("O9901", StringComparison.Ordinal))
            Add(ClinicalText.ContainsWord(text, "iron") ? "D509" : "D649", "anemia complicating pregnancy: use additional code to identify the anemia (O99.0)");
        foreach (var (drugs, code, what) in LongTermDrugs)
            if (!codes[0].StartsWith("Z79", StringComparison.Ordinal) && drugs.Any(d => ClinicalText.ContainsWord(doc.Treatments, d))) Add(code, $"long-term (current) use of {what}");
        if (doc.Anticoagulant && codes[0] != "Z7901") Add("Z7901", "long-term (current) use of anticoagulants");
        if (doc.Aspirin && codes[0] != "Z7982") Add("Z7982", "long-term (current) use of aspirin");
        if (doc.BodyMassIndex is { } bmi && !codes[0].StartsWith("Z68", StringComparison.Ordinal)) Add(BmiCode(bmi), "BMI, reported after the weight diagnosis (I.B.14)");
        if (doc.GestationWeeks is { } weeks && (codes[0][0] == 'O' || codes[0].StartsWith("Z33", StringComparison.Ordinal) || codes[0].StartsWith("Z34", StringComparison.Ordinal) || codes[0].StartsWith("Z36", StringComparison.Ordinal)))
            Add(WeeksOfGestation(weeks), "weeks of gestation, after the pregnancy codes (Z3A; I.C.15.a)");
        if (codes[0] == "O80" && doc.GestationWeeks is null && Weeks().Match(text) is { Success: true } delivered)
            Add(WeeksOfGestation(int.Parse(delivered.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture)), "weeks of gestation, after the pregnancy codes (Z3A; I.C.15.a)");
        if (codes[0] == "O80") Add("Z370", "O80 is reported with the outcome of delivery Z37.0, single live birth, only (I.C.15.b.4)");
        return (codes, evidence);
    }

    /// <summary>
    /// The codes for two conditions documented in one statement and coded apart (<paramref name="first"/>, <paramref name="second"/>: the codes of each
    /// part, main code first), when a guideline codes them together; null when no rule pairs them, so the coder still asks.
    /// A routine exam with a finding is the "with abnormal findings" code, then the finding (I.C.21.c.13); a personal history then the
    /// acquired absence or status it left (Z85–Z87 with Z89–Z99); aftercare of a joint replacement is Z47.1 then the joint (Z96.6-);
    /// anemia in CKD is the stage then D63.1; AKI on CKD is N17.x then the stage; diabetes with a foot ulcer is E1x.621 then the L97 site.
    /// </summary>
    public (IReadOnlyList<string> Codes, string Evidence)? Combine(IReadOnlyList<string> first, IReadOnlyList<string> second, string text)
    {
        if (first.Count == 0 || second.Count == 0) return null;
        (IReadOnlyList<string>, string)? Checked(IReadOnlyList<string> codes, string why) =>
            codes.All(c => codeSet.TryGet(c, out var e) && e.Billable) && codes.Distinct().Count() == codes.Count ? (codes, why) : null;
        foreach (var (x, y) in (ValueTuple<IReadOnlyList<string>, IReadOnlyList<string>>[])[(first, second), (second, first)])
        {
            string a = x[0], b = y[0];
            if (ExamWithFindings(a) is { } exam && b[0] is not ('Z' or 'R') && y.Count == 1 && x.Count == 1)
                return Checked([exam, b], "a routine examination with an abnormal finding: the \"with abnormal findings\" code, then the finding (I.C.21.c.13)");
            if (IsPersonalHistory(a) && x.Count == 1 && IsStatus(b) && y.Count == 1)
                return Checked([a, b], "a personal history, then the status it left (acquired absence, device, transplant)");
            if (b.StartsWith("Z966", StringComparison.Ordinal) && y.Count == 1 && ClinicalText.ContainsWord(text, "aftercare") && a.StartsWith("Z5", StringComparison.Ordinal))
                return Checked(["Z471", b], "aftercare following joint replacement surgery: Z47.1, then the joint (Z96.6-)");
            if (a is "D649" or "D631" && b.StartsWith("N18", StringComparison.Ordinal) && y.Count == 1 && x.Count == 1)
                return Checked([b, "D631"], "anemia in chronic kidney disease: the N18.x stage, then D63.1 (D63.1: code first underlying chronic kidney disease)");
            if (a.StartsWith("N17", StringComparison.Ordinal) && b.StartsWith("N18", StringComparison.Ordinal) && y.Count == 1 && x.Count == 1 && ReferenceEquals(x, first))
                return Checked([a, b], "acute kidney failure on chronic kidney disease: both are coded (N17.x, then the N18.x stage)");
            if (a.StartsWith("N17", StringComparison.Ordinal) && b.StartsWith("E86", StringComparison.Ordinal) && y.Count == 1 && x.Count == 1)
                return Checked([a, b], "acute kidney failure with volume depletion: no combination code, each is coded (N17.x, then E86.x)");
            if (IsDiabetes(a) && x.Count == 1 && (b.StartsWith("L974", StringComparison.Ordinal) || b.StartsWith("L975", StringComparison.Ordinal)) && y.Count == 1 && ClinicalText.ContainsWord(text, "ulcer"))
                return Checked([a[..3] + "621", b], "diabetes with a foot ulcer: E1x.621, then the L97 site (use additional code to identify the site of the ulcer)");
        }
        // Written as a list of conditions that no combination code joins: each is coded, in the order written.
        if (first.Count == 1 && second.Count == 1)
        {
            string a = first[0], b = second[0];
            if (a[0] != 'Z' && IsReportedStatus(b))
                return Checked([a, b], "a condition, then a status documented beside it (device, graft, long-term drug, dependence, former smoker)");
            if ((a.StartsWith("Z12", StringComparison.Ordinal) || a.StartsWith("Z13", StringComparison.Ordinal)) && b[..3] is "Z80" or "Z81" or "Z82" or "Z83" or "Z84")
                return Checked([a, b], "a screening, then the family history that is its reason (I.C.21.c.5)");
            if (IsPrimaryNeoplasm(a) && b[..3] is "C77" or "C78" or "C79")
                return Checked([a, b], "a primary malignant neoplasm and its secondary site, each coded (I.C.2)");
            if (a == "N400" && b[..3] is "R35" or "R33" or "R39")
                return Checked(["N401", b], "benign prostatic hyperplasia with lower urinary tract symptoms: N40.1, then the symptom (use additional code)");
            // Two signs or symptoms of different categories ("Cough and fever"); not those one code joins (nausea with vomiting R11.2, fever with chills R50.9).
            if (a[0] == 'R' && b[0] == 'R' && a[..3] != b[..3] && a[..3] != "R11" && b[..3] != "R11" && !(a[..3] is "R50" or "R68" && b[..3] is "R50" or "R68"))
                return Checked([a, b], "signs and symptoms documented together, no combination code: each is coded (IV.D)");
            if ((a == "I10" && IsDiabetes(b)) || (IsDiabetes(a) && b == "I10"))
                return Checked([a, b], "hypertension and diabetes without kidney involvement: no combination code, each is coded");
        }
        return null;
    }

    /// <summary>Drugs whose current use has its own Z79 status code, read from the treatment the statement documents.</summary>
    private static readonly (string[] Drugs, string Code, string What)[] LongTermDrugs =
    [
        (["tamoxifen", "raloxifene"], "Z79810", "selective estrogen receptor modulators"),
        (["anastrozole", "letrozole", "exemestane", "arimidex", "femara"], "Z79811", "aromatase inhibitors"),
        (["prednisone", "prednisolone", "methylprednisolone", "dexamethasone"], "Z7952", "systemic steroids"),
    ];

    /// <summary>Status codes reported beside a condition: a device or graft (Z95, Z96), long-term drugs (Z79), dependence on a machine
    /// (Z99), history of tobacco dependence (Z87.891), an amputation (Z89), an artificial opening or transplant (Z93, Z94).</summary>
    private static bool IsReportedStatus(string code) => code[..3] is "Z95" or "Z96" or "Z79" or "Z99" or "Z89" or "Z93" or "Z94" || code == "Z87891";

    private static bool IsPrimaryNeoplasm(string code) => code[0] == 'C' && (string.CompareOrdinal(code[..3], "C77") < 0 || code.StartsWith("C80", StringComparison.Ordinal));

    /// <summary>An examination code "with abnormal findings" (Z00.01, Z00.121, Z01.411): the findings are coded after it.</summary>
    public static bool IsExamWithFindings(string code) => code is "Z0001" or "Z00121" or "Z01411";

    private static string? ExamWithFindings(string code) => code switch
    {
        "Z0000" or "Z0001" => "Z0001",
        "Z00129" or "Z00121" => "Z00121",
        "Z01419" or "Z01411" => "Z01411",
        _ => null,
    };

    private static bool IsPersonalHistory(string code) => code.Length >= 3 && code[..3] is "Z85" or "Z86" or "Z87";

    private static bool IsStatus(string code) => code.Length >= 3 && code[..3] is "Z89" or "Z90" or "Z93" or "Z94" or "Z95" or "Z96" or "Z98";

    /// <summary>O24.0- (type 1), O24.1- (type 2), O24.3- (unspecified) pre-existing diabetes in pregnancy, childbirth or the puerperium.</summary>
    public static bool PreExistingDiabetesInPregnancy(string code) => code.StartsWith("O240", StringComparison.Ordinal) || code.StartsWith("O241", StringComparison.Ordinal) || code.StartsWith("O243", StringComparison.Ordinal);

    private static string WeeksOfGestation(int weeks) => weeks switch
    {
        < 8 => "Z3A01",
        > 42 => "Z3A49",
        _ => "Z3A" + weeks.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>R13.1x from the documented phase of dysphagia (R13.10 when none is).</summary>
    private static string DysphagiaType(string text) =>
        text.Contains("pharyngoesophageal", StringComparison.Ordinal) ? "R1314"
        : text.Contains("oropharyngeal", StringComparison.Ordinal) ? "R1312"
        : text.Contains("oral phase", StringComparison.Ordinal) ? "R1311"
        : text.Contains("pharyngeal", StringComparison.Ordinal) ? "R1313"
        : "R1310";

    private static bool Hypertension(string text) =>
        ClinicalText.ContainsWord(text, "hypertension") || ClinicalText.ContainsWord(text, "htn") || ClinicalText.ContainsWord(text, "hypertensive");

    /// <summary>"Gestational hypertension, 34 weeks": the weeks settle the trimester the code left unspecified (O13.9 → O13.3; I.C.15.a.3).</summary>
    private void Trimester(List<string> codes, int trimester, List<string> evidence)
    {
        var main = codes[0];
        if (!codeSet.TryGet(main, out var entry) || main.Length < 4) return;
        var title = entry.Title.ToLowerInvariant();
        const string Unspecified = "unspecified trimester";
        var at = title.IndexOf(Unspecified, StringComparison.Ordinal);
        if (at < 0) return;
        var wanted = title[..at] + (trimester == 1 ? "first" : trimester == 2 ? "second" : "third") + " trimester" + title[(at + Unspecified.Length)..];
        foreach (var sibling in codeSet.BillableDescendants(main[..^1], 80))
        {
            if (sibling.Code.Length != main.Length || sibling.Title.ToLowerInvariant() != wanted) continue;
            codes[0] = sibling.Code;
            evidence.Add($"{Dotted(sibling.Code)}: the weeks of gestation give the trimester (I.C.15.a.3: first under 14 weeks, second 14 to under 28, third from 28)");
            return;
        }
    }

    private void Bilateral(List<string> codes, List<string> evidence)
    {
        var main = codes[0];
        if (!codeSet.TryGet(main, out var entry) || main.Length < 5) return;
        var title = entry.Title.ToLowerInvariant();
        if (title.Contains("bilateral", StringComparison.Ordinal)) return;
        var side = SideWord().Match(title);
        if (!side.Success) return;
        string Variant(string word) => title[..side.Index] + word + title[(side.Index + side.Length)..];
        // "Myopia, left eye" beside "Myopia, bilateral": the bilateral title drops the organ word after the side.
        string BilateralWithoutOrgan() => PairedOrgan().Match(title, side.Index + side.Length) is { Success: true } organ && organ.Index == side.Index + side.Length
            ? title[..side.Index] + "bilateral" + title[(organ.Index + organ.Length)..] : "";
        string? right = null, left = null, both = null;
        foreach (var sibling in codeSet.BillableDescendants(main[..^1], 80))
        {
            if (sibling.Code.Length != main.Length) continue;
            var t = sibling.Title.ToLowerInvariant();
            if (t == Variant("bilateral") || t == BilateralWithoutOrgan()) both = sibling.Code;
            else if (t == Variant("right")) right = sibling.Code;
            else if (t == Variant("left")) left = sibling.Code;
        }
        if (both is not null) codes[0] = both;
        else if (right is not null && left is not null)
        {
            codes[0] = right;
            codes.Insert(1, left);
            evidence.Add($"{Dotted(right)}, {Dotted(left)}: bilateral, and ICD-10-CM has no bilateral code here: one code per side");
        }
    }

    /// <summary>F02.x: severity (mild A, moderate B, severe C, unspecified 8) then the disturbance (agitation 11, other behavioral 18,
    /// psychotic 2, mood 3, anxiety 4, none 0).</summary>
    private static string DementiaCode(string text)
    {
        var severity = ClinicalText.ContainsWord(text, "mild") ? "A" : ClinicalText.ContainsWord(text, "moderate") ? "B" : ClinicalText.ContainsWord(text, "severe") ? "C" : "8";
        var disturbance = text.Contains("agitat", StringComparison.Ordinal) || text.Contains("aggress", StringComparison.Ordinal) || text.Contains("combative", StringComparison.Ordinal) ? "11"
            : text.Contains("psychot", StringComparison.Ordinal) || text.Contains("hallucinat", StringComparison.Ordinal) || text.Contains("delusion", StringComparison.Ordinal) ? "2"
            : text.Contains("depress", StringComparison.Ordinal) || ClinicalText.ContainsWord(text, "mood") ? "3"
            : text.Contains("anxiety", StringComparison.Ordinal) ? "4"
            : text.Contains("wandering", StringComparison.Ordinal) || text.Contains("sleep disturbance", StringComparison.Ordinal) || text.Contains("behavioral disturbance", StringComparison.Ordinal) && !text.Contains("without behavioral", StringComparison.Ordinal) ? "18"
            : "0";
        return "F02" + severity + disturbance;
    }

    /// <summary>R35 / R39 / R33 for a lower urinary tract symptom documented beside BPH; null when none is.</summary>
    private static string? LowerUrinarySymptom(string text) =>
        ClinicalText.ContainsWord(text, "nocturia") ? "R351"
        : text.Contains("incomplete emptying", StringComparison.Ordinal) || text.Contains("incomplete bladder emptying", StringComparison.Ordinal) ? "R3914"
        : text.Contains("weak stream", StringComparison.Ordinal) || text.Contains("poor stream", StringComparison.Ordinal) || text.Contains("weak urinary stream", StringComparison.Ordinal) ? "R3912"
        : ClinicalText.ContainsWord(text, "hesitancy") ? "R3911"
        : text.Contains("straining to void", StringComparison.Ordinal) ? "R3916"
        : text.Contains("urinary urgency", StringComparison.Ordinal) || text.Contains("urgency of urination", StringComparison.Ordinal) ? "R3915"
        : text.Contains("urinary frequency", StringComparison.Ordinal) || text.Contains("frequency of urination", StringComparison.Ordinal) ? "R350"
        : text.Contains("urinary retention", StringComparison.Ordinal) || text.Contains("retention of urine", StringComparison.Ordinal) ? "R339"
        : null;

    /// <summary>E10.621 / E11.621 for a foot ulcer documented as diabetic (type 2 when no type is documented, I.C.4.a); null when the
    /// diabetes is not documented or has another cause (E08, E09, E13 and O24 need their own words).</summary>
    private static string? DiabeticUlcer(string text)
    {
        if (!DiabetesWord().IsMatch(text) || OtherDiabetes().IsMatch(text)) return null;
        return TypeOneDiabetes().IsMatch(text) ? "E10621" : "E11621";
    }

    /// <summary>"Uncomplicated vaginal delivery at 39 weeks, single liveborn", "NSVD": a full-term (37–41 weeks when stated) normal
    /// delivery of one liveborn with no complication is O80 (I.C.15.b.4); null-safe for any other delivery.</summary>
    public static bool IsNormalDelivery(string text)
    {
        var t = text.ToLowerInvariant();
        if (!NormalDelivery().IsMatch(t) || DeliveryComplication().IsMatch(t.Replace("uncomplicated", "", StringComparison.Ordinal))) return false;
        var weeks = Weeks().Match(t);
        return !weeks.Success || int.Parse(weeks.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 37 and <= 41;
    }

    private static bool IsDiabetes(string code) => code.Length >= 4 && code[..3] is "E08" or "E09" or "E10" or "E11" or "E13";

    /// <summary>N18.x from the documented stage; ESRD, or stage 5 on dialysis, is N18.6 (I.C.14.a.2). Null when no stage is documented.</summary>
    private static string? KidneyStage(string text, bool dialysis)
    {
        if (ClinicalText.ContainsWord(text, "esrd") || text.Contains("end stage renal", StringComparison.Ordinal) || text.Contains("end-stage renal", StringComparison.Ordinal) || text.Contains("end stage kidney", StringComparison.Ordinal)) return "N186";
        var m = Stage().Match(text);
        if (!m.Success) return null;
        return m.Groups["n"].Value switch
        {
            "5" => dialysis ? "N186" : "N185",
            "4" => "N184",
            "3" => m.Groups["sub"].Value switch { "a" => "N1831", "b" => "N1832", _ => "N1830" },
            "2" => "N182",
            "1" => "N181",
            _ => null,
        };
    }

    /// <summary>I50.x from the documented type (systolic/HFrEF, diastolic/HFpEF, combined) and acuity; I50.9 when no type is documented.</summary>
    private static string HeartFailure(string text)
    {
        var t = text.Replace("chronic kidney", "kidney", StringComparison.Ordinal);
        var systolic = ClinicalText.ContainsWord(t, "systolic") || ClinicalText.ContainsWord(t, "hfref") || t.Contains("reduced ejection", StringComparison.Ordinal);
        var diastolic = ClinicalText.ContainsWord(t, "diastolic") || ClinicalText.ContainsWord(t, "hfpef") || t.Contains("preserved ejection", StringComparison.Ordinal);
        var type = (systolic && diastolic) || ClinicalText.ContainsWord(t, "combined") ? "4" : systolic ? "2" : diastolic ? "3" : null;
        if (type is null) return "I509";
        var acuteOnChronic = t.Contains("acute on chronic", StringComparison.Ordinal) || ClinicalText.ContainsWord(t, "decompensated") || ClinicalText.ContainsWord(t, "decompensation") || (ClinicalText.ContainsWord(t, "chronic") && ClinicalText.ContainsWord(t, "exacerbation"));
        var acuity = acuteOnChronic ? "3" : ClinicalText.ContainsWord(t, "acute") ? "1" : ClinicalText.ContainsWord(t, "chronic") ? "2" : "0";
        return "I50" + type + acuity;
    }

    /// <summary>Z68.x for an adult BMI (FY2027 splits 19.9 or less into Z68.18 / Z68.19; earlier years have Z68.1).</summary>
    private string BmiCode(decimal bmi)
    {
        if (bmi < 20) return codeSet.TryGet("Z6818", out _) ? (bmi < 18.5m ? "Z6818" : "Z6819") : "Z681";
        if (bmi < 40) return "Z68" + ((int)Math.Floor(bmi)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return bmi < 45 ? "Z6841" : bmi < 50 ? "Z6842" : bmi < 60 ? "Z6843" : bmi < 70 ? "Z6844" : "Z6845";
    }

    private static string Dotted(string code) => code.Length > 3 ? code[..3] + "." + code[3..] : code;

    [GeneratedRegex(@"\b(?:stage|ckd|ckd stage|kidney disease stage|kidney disease,? stage)\s*(?<n>[1-5])(?<sub>[ab])?\b")]
    private static partial Regex Stage();

    [GeneratedRegex(@"\b(?:diabetic|diabetes|dm|dm1|dm2|t1dm|t2dm|iddm|niddm)\b")]
    private static partial Regex DiabetesWord();

    [GeneratedRegex(@"\b(?:secondary|drug|steroid|induced|gestational|pregnancy|underlying|pancreatectomy)\b")]
    private static partial Regex OtherDiabetes();

    [GeneratedRegex(@"\b(?:type\s*(?:1|i|one)|t1dm|dm\s*(?:1|i)|dm1|iddm)\b")]
    private static partial Regex TypeOneDiabetes();

    [GeneratedRegex(@"\b(?:(?:uncomplicated|normal|spontaneous|routine) (?:spontaneous )?(?:vaginal )?delivery|nsvd|svd)\b")]
    private static partial Regex NormalDelivery();

    [GeneratedRegex(@"\b(?:complicat\w*|tear|laceration|hemorrhage|preterm|premature|cesarean|c-section|section|breech|forceps|vacuum|twins?|triplets?|stillb\w*|fetal demise|induc\w*|malpresentation|dystocia|preeclampsia|eclampsia|gestational|previa|abruption|multiple|iugr|postterm|post-term|episiotomy)\b")]
    private static partial Regex DeliveryComplication();

    [GeneratedRegex(@"\b(?<w>\d{2})\s*(?:weeks?|wks?|w)\b")]
    private static partial Regex Weeks();

    [GeneratedRegex(@"\b(?:unspecified|right|left)\b")]
    private static partial Regex SideWord();

    [GeneratedRegex(@"\G\s+(?:eye|ear|side|foot|hand|knee|hip|shoulder|leg|arm|lower limb|upper limb|lower extremity|upper extremity)\b")]
    private static partial Regex PairedOrgan();

    [GeneratedRegex(@"\b(?:heart failure|hf|chf|hfref|hfpef)\b")]
    private static partial Regex HeartFailureWords();

    /// <summary>A sequela of a stroke: "late effect of", "following", "due to old", "residual", "sequela of", "history of" a stroke or cerebral infarction.</summary>
    [GeneratedRegex(@"\b(?:late effects?|following|sequelae?|residual|old|history of|h/o|hx|post|after|from prior|due to prior|prior)\b.*\b(?:stroke|cva|cerebral infarct|cerebrovascular|infarction|intracerebral hemorrhage)")]
    private static partial Regex StrokeSequela();
}
