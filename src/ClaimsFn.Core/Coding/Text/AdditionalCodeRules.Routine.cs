using System.Text.RegularExpressions;

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// Statements whose whole class the guidelines code by one rule, read from their words (s19-t6): the supervision of a normal
/// pregnancy (Z34.0- first, Z34.8- other, Z34.9- unspecified, by trimester, then the weeks Z3A; I.C.15.b.1 / I.C.15.a.3), routine
/// postpartum follow-up (Z39.2), long-term (current) use of a drug (Z79.-, I.C.21.c.3), and poisoning by a drug (T36–T50 by intent,
/// accidental when unspecified, I.C.19.e.5.b). Each reading is null when the statement says anything else (a complication, a high
/// risk, another condition), so the ordinary coding reads it.
/// </summary>
public sealed partial class AdditionalCodeRules
{
    /// <summary>Long-term (current) drug use by drug (Index: Long-term (current) (prophylactic) drug therapy (use of)); a drug not listed is not read.</summary>
    private static readonly Dictionary<string, string> LongTermUseOf = new(StringComparer.Ordinal)
    {
        ["prednisone"] = "Z7952", ["prednisolone"] = "Z7952", ["methylprednisolone"] = "Z7952", ["dexamethasone"] = "Z7952", ["hydrocortisone"] = "Z7952",
        ["insulin"] = "Z794", ["aspirin"] = "Z7982",
        ["warfarin"] = "Z7901", ["coumadin"] = "Z7901", ["apixaban"] = "Z7901", ["eliquis"] = "Z7901", ["rivaroxaban"] = "Z7901", ["xarelto"] = "Z7901",
        ["dabigatran"] = "Z7901", ["anticoagulant"] = "Z7901", ["anticoagulants"] = "Z7901", ["anticoagulation"] = "Z7901",
        ["clopidogrel"] = "Z7902", ["plavix"] = "Z7902", ["antiplatelet"] = "Z7902", ["antiplatelets"] = "Z7902",
        ["metformin"] = "Z7984", ["glipizide"] = "Z7984",
        ["opioid"] = "Z79891", ["opioids"] = "Z79891", ["opiate"] = "Z79891", ["opiates"] = "Z79891", ["oxycodone"] = "Z79891", ["hydrocodone"] = "Z79891", ["morphine"] = "Z79891",
        ["methotrexate"] = "Z79631", ["tamoxifen"] = "Z79810", ["raloxifene"] = "Z79810", ["anastrozole"] = "Z79811", ["letrozole"] = "Z79811", ["exemestane"] = "Z79811",
        ["nsaid"] = "Z791", ["nsaids"] = "Z791", ["ibuprofen"] = "Z791", ["naproxen"] = "Z791", ["meloxicam"] = "Z791",
        ["antibiotic"] = "Z792", ["antibiotics"] = "Z792", ["doxycycline"] = "Z792",
    };

    private static readonly HashSet<string> LongTermWords = ["long", "term", "longterm", "chronic", "current", "maintenance", "daily"];
    private static readonly HashSet<string> LongTermFillers = ["on", "of", "use", "user", "therapy", "treatment", "medication", "drug", "low", "dose", "mg", "the", "a", "patient", "pt", "takes", "taking", "status"];

    private static readonly HashSet<string> NormalPregnancyWords = ["normal", "routine", "uncomplicated", "low", "risk"];
    private static readonly HashSet<string> PregnancyWords = ["pregnancy", "pregnant", "prenatal", "antenatal", "intrauterine", "iup", "gestation"];
    private static readonly HashSet<string> PregnancyFillers =
        ["supervision", "of", "encounter", "for", "visit", "care", "exam", "examination", "check", "checkup", "follow", "up", "ob", "the", "a", "at", "in",
         "finding", "trimester", "first", "second", "third", "1st", "2nd", "3rd", "primigravida", "multigravida", "primigravid", "multigravid", "singleton", "weeks", "week", "wks", "wk", "single", "viable"];

    private static readonly HashSet<string> PostpartumFillers =
        ["routine", "follow", "up", "followup", "care", "and", "exam", "examination", "check", "checkup", "visit", "encounter", "for", "after", "following",
         "vaginal", "delivery", "cesarean", "c", "section", "the", "of", "a", "at", "weeks", "week", "wk", "wks", "mother", "maternal", "uncomplicated", "normal"];

    private static readonly HashSet<string> PoisoningFillers =
        ["overdose", "poisoning", "of", "by", "with", "on", "the", "a", "an", "initial", "subsequent", "sequela", "encounter", "visit", "no", "symptoms",
         "asymptomatic", "tablets", "tabs", "pills", "mg", "accidental", "accidentally", "unintentional", "intentional", "self", "harm", "suicide", "attempt", "undetermined",
         "intent", "ingestion", "ingested", "took", "too", "many", "drug"];

    /// <summary>
    /// A statement the guidelines code by one rule from its words alone: the supervision of a normal pregnancy ("Supervision of normal
    /// first pregnancy, first trimester" Z34.01; "Routine prenatal visit, multigravida, 24 weeks" Z34.82 + Z3A.24), routine postpartum
    /// follow-up (Z39.2), long-term drug use ("On long-term prednisone" Z79.52) or a drug poisoning ("Accidental overdose of
    /// acetaminophen, initial encounter" T39.1X1A). Null when it says anything else.
    /// </summary>
    /// <param name="written">The statement as written: "Pregnancy, 12 weeks, normal" says "normal" in a clause the documented text sets aside as a status word.</param>
    public (IReadOnlyList<string> Codes, string Evidence)? RoutineReading(string text, DocumentedStatement doc, string? written = null)
    {
        var t = text.ToLowerInvariant();
        var words = t.Split([' ', ',', '-', '/', '(', ')', '.', ';', ':', '+'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        bool Only(HashSet<string> a, HashSet<string> b) => words.All(w => a.Contains(w) || b.Contains(w) || w.All(char.IsDigit));
        (IReadOnlyList<string>, string)? Checked(IReadOnlyList<string> codes, string why) =>
            codes.All(c => codeSet.TryGet(c, out var e) && e.Billable) ? (codes, why) : null;

        var writtenWords = (written ?? text).ToLowerInvariant().Split([' ', ',', '-', '/', '(', ')', '.', ';', ':', '+'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(PregnancyWords.Contains) && (words.Any(NormalPregnancyWords.Contains) || writtenWords.Contains("normal")) && Only(PregnancyWords, [.. NormalPregnancyWords, .. PregnancyFillers])
            && !t.Contains("high risk", StringComparison.Ordinal) && (!words.Contains("low") || t.Contains("low risk", StringComparison.Ordinal)))
        {
            var first = words.Contains("primigravida") || words.Contains("primigravid") || FirstPregnancy().IsMatch(t) || doc.Gravida == 1;
            var other = words.Contains("multigravida") || words.Contains("multigravid") || doc.Gravida > 1;
            if (first && other) return null;
            var trimester = TrimesterWord().Matches(t).Select(m => m.Groups["n"].Value switch { "first" or "1st" => 1, "second" or "2nd" => 2, _ => 3 }).Distinct().ToList();
            if (doc.GestationWeeks is { } w && w is > 0 and <= 42) trimester = [.. trimester.Append(w < 14 ? 1 : w < 28 ? 2 : 3).Distinct()];
            // Two trimesters (the words and the weeks disagree): the record must settle it.
            if (trimester.Count > 1) return null;
            var main = (first ? "Z340" : other ? "Z348" : "Z349") + (trimester.Count == 1 ? trimester[0] : 0);
            IReadOnlyList<string> codes = doc.GestationWeeks is { } weeks ? [main, WeeksOfGestation(weeks)] : [main];
            return Checked(codes, "guideline I.C.15.b.1: a routine prenatal visit of a normal pregnancy is Z34.- (first / other pregnancy, by trimester), then the weeks (Z3A)");
        }
        if ((words.Contains("postpartum") || t.Contains("post partum", StringComparison.Ordinal) || words.Contains("puerperal")) && !words.Contains("immediately")
            && words.Any(w => w is "routine" or "follow" or "followup" or "check" or "checkup" or "visit" or "exam" or "examination" or "care")
            && Only(["postpartum", "post", "partum", "puerperal"], PostpartumFillers))
            return Checked(["Z392"], "Index: Postpartum, routine follow-up / Examination, postpartum, routine follow-up: Z39.2 (Encounter for routine postpartum follow-up)");

        var drugs = words.Where(LongTermUseOf.ContainsKey).Distinct().ToList();
        if (drugs.Count == 1 && !PoisoningWord().IsMatch(t) && (t.Contains("long term", StringComparison.Ordinal) || t.Contains("long-term", StringComparison.Ordinal) || words.Any(LongTermWords.Contains))
            && Only(LongTermWords, [.. LongTermFillers, drugs[0]]))
            return Checked([LongTermUseOf[drugs[0]]], $"guideline I.C.21.c.3: long-term (current) use of {drugs[0]} is Z79.- (Index: Long-term drug therapy)");

        if (PoisoningWord().IsMatch(t) && Encounter().Match(t) is { Success: true } encounter)
        {
            var poisons = words.Where(AdverseEffectOf.ContainsKey).Distinct().ToList();
            if (poisons.Count != 1 || !Only(PoisoningFillers, [poisons[0]])) return null;
            // Intent: accidental when the record does not say it (I.C.19.e.5.b); undetermined only when it says so.
            var intent = t.Contains("self harm", StringComparison.Ordinal) || t.Contains("self-harm", StringComparison.Ordinal) || words.Contains("suicide") || (words.Contains("intentional") && !words.Contains("unintentional")) ? '2'
                : words.Contains("undetermined") ? '4' : '1';
            var category = AdverseEffectOf[poisons[0]];
            var code = category[..^1] + intent + SeventhCharacter(encounter.Value);
            var intentTitle = intent switch { '2' => "intentional self-harm", '4' => "undetermined", _ => "accidental (unintentional)" };
            if (!codeSet.TryGet(code, out var entry) || !entry.Title.StartsWith("Poisoning by", StringComparison.Ordinal) || !entry.Title.Contains(intentTitle, StringComparison.Ordinal)) return null;
            return Checked([code], $"guideline I.C.19.e.5.b: poisoning by {poisons[0]} (Table of Drugs and Chemicals), {intentTitle}; the intent is accidental when the record does not say it");
        }
        return null;
    }

    /// <summary>
    /// Codes listed one by one that name essential hypertension (I10) and one heart failure (I50.-), and no kidney disease: the guideline
    /// presumes the link (I.C.9.a.1), so I11.0 takes the place of the first of them, the heart failure after it ("use additional code to
    /// identify the type of heart failure"). Null when the list is anything else.
    /// </summary>
    public static List<string>? HypertensiveHeartFailure(List<string> codes)
    {
        var failures = codes.Where(c => c.StartsWith("I50", StringComparison.Ordinal)).ToList();
        if (!codes.Contains("I10") || failures.Count != 1 || codes.Exists(c => c[..3] is "N18" or "N19" or "I11" or "I12" or "I13" or "I15" or "I16")) return null;
        var at = Math.Min(codes.IndexOf("I10"), codes.IndexOf(failures[0]));
        var rest = codes.Where(c => c != "I10" && c != failures[0]).ToList();
        rest.InsertRange(at, ["I110", failures[0]]);
        return rest;
    }

    [GeneratedRegex(@"\bfirst (?:normal )?pregnancy\b|\bg1\b")]
    private static partial Regex FirstPregnancy();

    [GeneratedRegex(@"\b(?<n>first|1st|second|2nd|third|3rd) trimester\b")]
    private static partial Regex TrimesterWord();

    [GeneratedRegex(@"\b(?:overdose|poisoning)\b")]
    private static partial Regex PoisoningWord();
}
