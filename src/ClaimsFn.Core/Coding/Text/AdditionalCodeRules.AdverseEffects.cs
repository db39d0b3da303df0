using System.Text.RegularExpressions;

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// An adverse effect of a drug correctly prescribed and properly taken (I.C.19.e.5.a): the nature of the effect first ("angioedema",
/// "rash"), then the drug's adverse-effect code (T36–T50 with 5 as the 5th or 6th character) and the encounter's 7th character.
/// </summary>
public sealed partial class AdditionalCodeRules
{
    /// <summary>
    /// Adverse-effect categories (Table of Drugs and Chemicals, "Adverse effect" column, without the 7th character) of drugs in
    /// common use, written by the ClaimsFn developers and checked against the FY2025 Table; a drug not listed is not read.
    /// Anticoagulants are left out: bleeding on them adds D68.32 (Coding Clinic), which this rule does not read.
    /// </summary>
    private static readonly Dictionary<string, string> AdverseEffectOf = new(StringComparer.Ordinal)
    {
        ["lisinopril"] = "T464X5", ["enalapril"] = "T464X5", ["ramipril"] = "T464X5", ["benazepril"] = "T464X5",
        ["amoxicillin"] = "T360X5", ["penicillin"] = "T360X5", ["ampicillin"] = "T360X5",
        ["cephalexin"] = "T361X5", ["ceftriaxone"] = "T361X5",
        ["azithromycin"] = "T363X5", ["doxycycline"] = "T364X5",
        ["ciprofloxacin"] = "T368X5", ["vancomycin"] = "T368X5", ["clindamycin"] = "T368X5",
        ["sulfamethoxazole"] = "T370X5", ["nitrofurantoin"] = "T378X5", ["trimethoprim"] = "T378X5",
        ["ibuprofen"] = "T39315", ["naproxen"] = "T39315", ["aspirin"] = "T39015", ["acetaminophen"] = "T391X5",
        ["methotrexate"] = "T451X5",
        ["metformin"] = "T383X5", ["insulin"] = "T383X5", ["prednisone"] = "T380X5", ["levothyroxine"] = "T381X5",
        ["simvastatin"] = "T466X5", ["digoxin"] = "T460X5", ["metoprolol"] = "T447X5",
        ["furosemide"] = "T501X5", ["hydrochlorothiazide"] = "T502X5", ["allopurinol"] = "T504X5",
        ["oxycodone"] = "T402X5", ["hydrocodone"] = "T402X5", ["codeine"] = "T402X5", ["morphine"] = "T402X5", ["tramadol"] = "T40425",
        ["lorazepam"] = "T424X5", ["fluoxetine"] = "T43225",
    };

    /// <summary>An adverse effect documented as such: the effect's words and the drug's adverse-effect code (7th character to add).</summary>
    public sealed record AdverseEffect(string Effect, string Encounter, string DrugCode, string Drug);

    /// <summary>
    /// "Angioedema due to lisinopril taken as prescribed, initial encounter" → the effect "angioedema", the encounter and T46.4X5A;
    /// null when the statement does not say the drug was taken as prescribed (or an adverse effect / reaction / side effect), names no
    /// listed drug, or says no encounter (the 7th character).
    /// </summary>
    public static AdverseEffect? ReadAdverseEffect(string text)
    {
        var t = text.ToLowerInvariant();
        if (!AsPrescribed().IsMatch(t) || Poisoning().IsMatch(t)) return null;
        var due = DrugCause().Matches(t).FirstOrDefault(m => AdverseEffectOf.ContainsKey(m.Groups["drug"].Value));
        if (due is null) return null;
        var code = AdverseEffectOf[due.Groups["drug"].Value];
        var encounter = Encounter().Match(t);
        if (!encounter.Success) return null;
        var effect = Regex.Replace(t.Remove(due.Index, due.Length), @"\s+", " ").Trim(' ', ',', ';');
        effect = Regex.Replace(AsPrescribed().Replace(Encounter().Replace(effect, ""), ""), @"\s+", " ").Trim(' ', ',', ';', ':');
        if (effect.Length == 0) return null;
        return new AdverseEffect(effect, encounter.Value, code + SeventhCharacter(encounter.Value), due.Groups["drug"].Value);
    }

    private static string SeventhCharacter(string encounter) =>
        encounter.StartsWith("subsequent", StringComparison.Ordinal) ? "D" : encounter.StartsWith("sequela", StringComparison.Ordinal) ? "S" : "A";

    [GeneratedRegex(@"\b(?:taken|used|given|administered) (?:as|properly as) (?:prescribed|directed)\b|\b(?:adverse (?:effect|reaction|drug reaction)|side effect)\b")]
    private static partial Regex AsPrescribed();

    /// <summary>Overdose, wrong drug or a drug not taken as prescribed is poisoning or underdosing, never an adverse effect.</summary>
    [GeneratedRegex(@"\b(?:overdose|poisoning|intentional|suicid\w*|accidental|wrong|underdos\w*|not as prescribed|too much|toxicity|toxic)\b")]
    private static partial Regex Poisoning();

    [GeneratedRegex(@"\s*\b(?:due to|from|secondary to|caused by|induced by|with|after|to|(?:(?:adverse|side|drug) )*(?:effect|reaction)s? (?:of|to|from))\s+(?<drug>[a-z]+)(?:\s+(?:\d+\s*mg|therapy|use))?(?:\s+(?:taken|used|given|administered) (?:as|properly as) (?:prescribed|directed))?")]
    private static partial Regex DrugCause();

    [GeneratedRegex(@"\b(?:initial|subsequent|sequela)(?: encounter| visit)?\b")]
    private static partial Regex Encounter();
}
