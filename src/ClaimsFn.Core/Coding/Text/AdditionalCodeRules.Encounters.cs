using System.Text.RegularExpressions;

namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// Encounters and statuses the guidelines code by their own Z code, read from the whole class of statements that say them:
/// a screening is coded by what is screened for (Index main term Screening: "Hepatitis C screening" is Z11.59, never the disease);
/// an encounter for chemotherapy, radiotherapy or immunotherapy is Z51.1x / Z51.0 first, then the neoplasm (I.C.2.e.2); tobacco
/// cessation counseling is Z71.6, then the nicotine dependence (Z71.6: use additional code for nicotine dependence); a joint
/// replacement is Z96.6- by joint and side, after Z47.1 when the visit is its aftercare (I.C.21.c.7); a coronary stent is Z95.5.
/// </summary>
public sealed partial class AdditionalCodeRules
{
    /// <summary>The service an encounter is for, and what the statement says besides it (the reason, coded on its own).</summary>
    public sealed record EncounterReason(string Code, string Remainder, string Why, Func<IReadOnlyList<string>, bool> Fits);

    /// <summary>Screened-for conditions by category (the Index's "Screening, ..." subterms), most specific prefix first.</summary>
    private static readonly (string[] Prefixes, string Code)[] ScreeningFor =
    [
        (["E78"], "Z13220"),
        (["E08", "E09", "E10", "E11", "E13", "R73", "O24"], "Z131"),
        (["B20", "Z21"], "Z114"),
        (["A15", "Z227"], "Z111"),
        (["U071"], "Z1152"),
        (["A50", "A51", "A52", "A53", "A54"], "Z113"),
        (["B15", "B16", "B17", "B18", "B19"], "Z1159"),
        (["C18", "C19", "C20"], "Z1211"),
        (["C61"], "Z125"),
        (["C53"], "Z124"),
        (["C34"], "Z122"),
        (["C43", "C44"], "Z1283"),
        (["D50", "D51", "D52", "D53", "D64"], "Z130"),
        (["E03", "E05", "E07"], "Z1329"),
        (["F32", "F33"], "Z1331"),
        (["M80", "M81"], "Z13820"),
        (["I10", "I20", "I21", "I25", "I48"], "Z136"),
    ];

    /// <summary>The screening code for a condition code (what the statement screens for), or null when none is known.</summary>
    public static string? ScreeningCode(string condition)
    {
        foreach (var (prefixes, code) in ScreeningFor)
            if (prefixes.Any(p => condition.StartsWith(p, StringComparison.Ordinal))) return code;
        return null;
    }

    /// <summary>
    /// The encounter a statement names and the rest of it ("Encounter for chemotherapy for breast cancer" → Z51.11 and "breast cancer");
    /// null when it names none. <see cref="EncounterReason.Fits"/> says whether the codes of the rest are a reason the encounter takes.
    /// </summary>
    public static EncounterReason? ReadEncounter(string text)
    {
        var t = text.ToLowerInvariant();
        if (Screening().Match(t) is { Success: true } screen && !ScreeningResult().IsMatch(t))
        {
            var rest = Cleaned(t.Remove(screen.Index, screen.Length));
            // "Screening colonoscopy, average risk": the test names what is screened for, when nothing else is said.
            var words = rest.Split([' ', ',', '-', '/', ';'], StringSplitOptions.RemoveEmptyEntries);
            var test = words.Select(w => ScreeningTests.GetValueOrDefault(w)).FirstOrDefault(c => c is not null);
            if (test is not null && words.All(w => ScreeningTests.ContainsKey(w) || ScreeningFillers.Contains(w)))
                return new EncounterReason(test, "", "the screening test names what is screened for (Index: Screening)", _ => false);
            return new EncounterReason("", rest, "a screening is coded by what is screened for (Index: Screening), never as the condition", c => c.Count == 1 && ScreeningCode(c[0]) is not null);
        }
        if (AntineoplasticTherapy().Match(t) is { Success: true } therapy)
        {
            var kind = therapy.Groups["kind"].Value;
            var code = kind.StartsWith("radi", StringComparison.Ordinal) ? "Z510" : kind.StartsWith("immuno", StringComparison.Ordinal) ? "Z5112" : "Z5111";
            var rest = Cleaned(t.Remove(therapy.Index, therapy.Length));
            return new EncounterReason(code, rest, "an encounter for antineoplastic therapy: Z51.0 / Z51.1x first, then the neoplasm (I.C.2.e)", c => c.Count > 0 && IsNeoplasm(c[0]));
        }
        if (TobaccoCounseling().Match(t) is { Success: true } counseling)
        {
            var rest = Cleaned(t.Remove(counseling.Index, counseling.Length));
            return new EncounterReason("Z716", rest, "tobacco abuse counseling: Z71.6, then the nicotine dependence (use additional code, F17.-)",
                c => c.Count > 0 && c.All(x => x.StartsWith("F172", StringComparison.Ordinal) || x == "Z720" || x == "Z87891"));
        }
        return null;
    }

    /// <summary>The encounter's codes in order: the screening code alone; or the encounter code, then the reason's codes.</summary>
    public IReadOnlyList<string>? EncounterCodes(EncounterReason encounter, IReadOnlyList<string> reason)
    {
        if (!encounter.Fits(reason)) return null;
        IReadOnlyList<string> codes = encounter.Code.Length == 0 ? [ScreeningCode(reason[0])!] : [encounter.Code, .. reason.Where(c => c != encounter.Code)];
        return codes.All(c => codeSet.TryGet(c, out var e) && e.Billable) ? codes : null;
    }

    /// <summary>
    /// A joint replacement or a coronary stent documented as status, with nothing else: Z96.6- by joint and side ("s/p right TKA" →
    /// Z96.651), after Z47.1 when the visit is its aftercare (I.C.21.c.7); Z95.5 for a coronary stent ("s/p stent to LAD",
    /// "coronary stent in place"). Null when the statement says anything more (a complication, another condition).
    /// </summary>
    public (IReadOnlyList<string> Codes, string Evidence)? Status(string text)
    {
        var t = Cleaned(text.ToLowerInvariant().Replace("s/p", "status post", StringComparison.Ordinal).Replace("h/o", "history of", StringComparison.Ordinal));
        var words = t.Split([' ', ',', '-', '/', '(', ')', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        bool Only(HashSet<string> allowed) => words.All(w => allowed.Contains(w) || w.All(char.IsDigit));
        if (words.Any(StentWords.Contains) && words.Any(CoronaryWords.Contains) && (words.Any(StatusWords.Contains) || t.Contains("in place", StringComparison.Ordinal))
            && Only([.. StatusWords, .. StentWords, .. CoronaryWords, .. VesselWords]) && codeSet.TryGet("Z955", out var stent) && stent.Billable)
            return (["Z955"], "guideline: a coronary stent documented as status is Z95.5 (Presence of coronary angioplasty implant and graft)");
        var joints = words.Select(JointOf).Where(j => j is not null).Distinct().ToList();
        if (joints.Count != 1 || !words.Any(ReplacementWords.Contains) || !Only([.. StatusWords, .. ReplacementWords, .. JointWords.Keys, .. SideWords, .. AftercareWords])) return null;
        var aftercare = words.Contains("aftercare");
        if (!aftercare && !words.Any(StatusWords.Contains)) return null;
        var joint = joints[0]!;
        var right = words.Contains("right") || words.Contains("rt");
        var left = words.Contains("left") || words.Contains("lt");
        var both = words.Contains("bilateral") || words.Contains("both") || words.Contains("bilat") || (right && left);
        List<string> presence = both
            ? codeSet.TryGet(joint + "3", out var b) && b.Billable && b.Title.Contains("bilateral", StringComparison.OrdinalIgnoreCase) ? [joint + "3"] : [joint + "1", joint + "2"]
            : [joint + (right ? "1" : left ? "2" : "9")];
        IReadOnlyList<string> codes = aftercare ? ["Z471", .. presence] : presence;
        if (!codes.All(c => codeSet.TryGet(c, out var e) && e.Billable)) return null;
        return (codes, aftercare
            ? "guideline I.C.21.c.7: aftercare following joint replacement is Z47.1, then the joint (use additional code, Z96.6-)"
            : "guideline: a joint replacement documented as status is Z96.6- by joint and side (Presence of artificial joint)");
    }

    private static readonly Dictionary<string, string> ScreeningTests = new(StringComparer.Ordinal)
    {
        ["colonoscopy"] = "Z1211", ["mammogram"] = "Z1231", ["mammography"] = "Z1231", ["psa"] = "Z125",
    };

    private static readonly HashSet<string> ScreeningFillers = ["average", "risk", "routine", "annual", "encounter", "for", "a", "the", "bilateral", "exam", "test"];

    private static string? JointOf(string word) => JointWords.TryGetValue(word, out var j) ? j : null;

    private static bool IsNeoplasm(string code) => code[0] == 'C' || (code[0] == 'D' && string.CompareOrdinal(code[..3], "D50") < 0);

    private static string Cleaned(string text) => Regex.Replace(text, @"\s+", " ").Trim(' ', ',', ';', ':', '-', '.');

    private static readonly HashSet<string> StatusWords = ["status", "post", "history", "of", "presence", "in", "place", "with", "hx", "prior", "previous", "old", "the", "a", "to", "and", "x", "placement", "placed"];
    private static readonly HashSet<string> StentWords = ["stent", "stents", "stented", "stenting", "pci", "ptca", "angioplasty", "des", "bms"];
    private static readonly HashSet<string> CoronaryWords = ["coronary", "lad", "rca", "lcx", "circumflex", "cardiac", "pci", "ptca", "diagonal", "om"];
    private static readonly HashSet<string> VesselWords = ["artery", "left", "right", "anterior", "descending", "main", "proximal", "mid", "distal", "drug", "eluting", "bare", "metal", "obtuse", "marginal", "vessel"];
    private static readonly HashSet<string> ReplacementWords = ["arthroplasty", "replacement", "replaced", "tka", "tkr", "tha", "thr", "tsa", "prosthesis", "prosthetic", "artificial"];
    private static readonly HashSet<string> SideWords = ["right", "left", "rt", "lt", "bilateral", "bilat", "both"];
    private static readonly HashSet<string> AftercareWords = ["aftercare", "encounter", "for", "following", "after", "routine", "visit", "total", "partial", "joint", "surgery", "knees", "hips"];

    private static readonly Dictionary<string, string> JointWords = new(StringComparer.Ordinal)
    {
        ["knee"] = "Z9665", ["knees"] = "Z9665", ["tka"] = "Z9665", ["tkr"] = "Z9665",
        ["hip"] = "Z9664", ["hips"] = "Z9664", ["tha"] = "Z9664", ["thr"] = "Z9664",
        ["shoulder"] = "Z9661", ["tsa"] = "Z9661",
        ["elbow"] = "Z9662", ["wrist"] = "Z9663", ["ankle"] = "Z9666",
    };

    /// <summary>"Screening for X", "X screening", "screen for X", "encounter for screening for X".</summary>
    [GeneratedRegex(@"\b(?:(?:encounter|visit|here|seen) for )?(?:screening|screen)(?: (?:test|exam|examination))?(?: for)?\b")]
    private static partial Regex Screening();

    /// <summary>A screening that found something is coded as what it found.</summary>
    [GeneratedRegex(@"\b(?:positive|abnormal|failed|reactive|elevated|detected|result|results|showed|shows|revealed|found|history|family|hx|fh|personal)\b")]
    private static partial Regex ScreeningResult();

    [GeneratedRegex(@"\b(?:(?:encounter|admission|admitted|admit|here|visit|presents?|seen) for |for )?(?:(?:cycle|c)\s*\d+\s*(?:of )?)?(?:antineoplastic |maintenance |adjuvant |palliative |neoadjuvant )?(?<kind>chemotherapy|chemo|radiation therapy|radiotherapy|radiation treatment|immunotherapy)(?: (?:cycle|c)\s*\d+)?(?: (?:for|of))?\b")]
    private static partial Regex AntineoplasticTherapy();

    [GeneratedRegex(@"\b(?:(?:tobacco|smoking|nicotine) (?:cessation |use |abuse )?counsell?ing|counsell?ing (?:for|on|about|regarding) (?:tobacco|smoking|nicotine)(?: (?:cessation|use|abuse))?)\b")]
    private static partial Regex TobaccoCounseling();
}
