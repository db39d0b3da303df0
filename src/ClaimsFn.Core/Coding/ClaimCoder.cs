using System.Globalization;
using System.Text.RegularExpressions;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding.Text;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Coding;

/// <summary>
/// Codes an encounter's diagnoses against the ICD-10-CM code set of the fiscal year that contains the
/// date of service. Each diagnosis is a code (validated: it must exist that year and be billable), a
/// header code followed by documentation ("M25.56 left", resolved to the billable code the words
/// support), or documentation text ("T2DM with hyperglycemia", coded by the text coder). A code is
/// assigned only when the text coder is confident; otherwise the claim goes to a coder with the
/// candidates and the question to answer. Nothing is guessed.
/// </summary>
public sealed partial class ClaimCoder
{
    /// <summary>How many billable candidates a header code or an uncertain text lists for the coder.</summary>
    public const int MaxCandidates = 8;

    private readonly CodeSetCatalog catalog;
    private readonly DiagnosisTextCoders? textCoders;

    /// <summary>Codes only; text diagnoses go to a coder.</summary>
    public ClaimCoder(CodeSetCatalog catalog) : this(catalog, null) { }

    public ClaimCoder(CodeSetCatalog catalog, DiagnosisTextCoders? textCoders)
    {
        this.catalog = catalog;
        this.textCoders = textCoders;
    }

    public CodingOutcome Code(Encounter encounter)
    {
        var year = FiscalYear.Of(encounter.DateOfService);
        var codeSet = catalog.ForDateOfService(encounter.DateOfService);
        if (codeSet is null)
        {
            return Review(year, [], [], Issue("CODESET-NOT-LOADED", $"No ICD-10-CM code set for FY{year} (date of service {encounter.DateOfService:yyyy-MM-dd}) is loaded.", null,
                "Import the FY order file for that year, then re-run coding."));
        }

        if (encounter.Diagnoses.Count == 0)
        {
            return Review(year, [], [], Issue("DX-MISSING", "The encounter has no diagnosis; at least one ICD-10-CM code is required.", "2300.HI",
                "Code the diagnoses from the visit documentation."));
        }

        var accepted = new List<string>(encounter.Diagnoses.Count);
        var additional = new List<string>();
        var issues = new List<ClaimIssue>();
        var textCoding = new List<DiagnosisTextCoding>();
        var textCoder = textCoders?.ForFiscalYear(year);
        for (var i = 0; i < encounter.Diagnoses.Count; i++)
        {
            var location = $"2300.HI[{i + 1}]";
            var sent = encounter.Diagnoses[i] ?? "";
            if (IcdCode.TryParse(sent, out var code))
            {
                // "T2DM" has the shape of a code; when no such code exists, it may still be an abbreviation the text coder knows.
                if (!codeSet.TryGet(code, out _) && textCoder is not null && !sent.Contains('.', StringComparison.Ordinal)
                    && textCoder.Code(sent, MaxCandidates) is { AssignedCode: { } abbreviated } read)
                {
                    textCoding.Add(new DiagnosisTextCoding(i + 1, abbreviated, read.Best!.Confidence, read.Best.Evidence));
                    Accept(accepted, abbreviated);
                }
                else CheckCode(codeSet, code, null, i, location, textCoder, accepted, issues, textCoding);
            }
            else if (CodeWithDocumentation().Match(sent) is { Success: true } m && IcdCode.TryParse(m.Groups["code"].Value, out var header) && codeSet.TryGet(header, out _))
            {
                CheckCode(codeSet, header, m.Groups["text"].Value, i, location, textCoder, accepted, issues, textCoding);
            }
            else if (textCoder is null)
            {
                issues.Add(Issue("DX-MALFORMED", $"Diagnosis {i + 1} is not in ICD-10-CM format.", location, "Enter a code such as E11.9."));
            }
            else
            {
                var result = textCoder.Code(sent, MaxCandidates);
                var extra = result.AssignedCodes.Skip(1).ToList();
                textCoding.Add(new DiagnosisTextCoding(i + 1, result.AssignedCode, result.Best?.Confidence ?? 0, result.Best?.Evidence ?? "") { AdditionalCodes = extra });
                if (result.AssignedCode is { } assigned)
                {
                    Accept(accepted, assigned);
                    additional.AddRange(extra);
                }
                else issues.Add(Issue("DX-TEXT-REVIEW",
                    $"Diagnosis {i + 1} is text that could not be coded with confidence {textCoder.AutoCodeThreshold.ToString("0.00", CultureInfo.InvariantCulture)} or more.{Candidates(result)}",
                    location, result.Question ?? "Code the diagnosis from the documentation."));
            }
        }

        // A statement that needs several codes keeps its first at its own position (the code the service lines' pointers
        // mean); the others follow all of the encounter's diagnoses, in guideline order, once each.
        foreach (var code in additional)
            if (!accepted.Contains(code)) accepted.Add(code);

        return (issues.Count == 0
            ? new CodingOutcome(false, year, accepted, [])
            : Review(year, accepted, textCoding, [.. issues])) with { TextCoding = textCoding };
    }

    private static void CheckCode(IcdCodeSet codeSet, IcdCode code, string? documentation, int i, string location, DiagnosisTextCoder? textCoder,
        List<string> accepted, List<ClaimIssue> issues, List<DiagnosisTextCoding> textCoding)
    {
        var year = codeSet.FiscalYear;
        if (!codeSet.TryGet(code, out var entry))
        {
            issues.Add(Issue("DX-UNKNOWN-FOR-DOS", $"{code.Dotted} is not an ICD-10-CM FY{year} code ({codeSet.Label}).", location,
                "Check the code against the code set in effect on the date of service."));
            return;
        }
        if (entry.Billable)
        {
            Accept(accepted, code.Value);
            return;
        }
        // A header: the documentation given with it may pick the billable code (laterality, type, stage, 7th character).
        if (documentation is not null && textCoder is not null)
        {
            var resolved = textCoder.ResolveHeader(code.Value, documentation, MaxCandidates);
            textCoding.Add(new DiagnosisTextCoding(i + 1, resolved.AssignedCode, resolved.Best?.Confidence ?? 0, resolved.Best?.Evidence ?? ""));
            if (resolved.AssignedCode is { } assigned)
            {
                Accept(accepted, assigned);
                return;
            }
            issues.Add(Issue("DX-HEADER-CODE", $"{code.Dotted} ({entry.Title}) is a header, not billable, and the documentation given does not settle which code applies.{Candidates(resolved)}",
                location, resolved.Question ?? Question(code)));
            return;
        }
        var candidates = codeSet.BillableDescendants(code, MaxCandidates);
        var list = string.Join(", ", candidates.Select(c => IcdCode.Parse(c.Code).Dotted));
        issues.Add(Issue("DX-HEADER-CODE", $"{code.Dotted} ({entry.Title}) is a header, not billable; a more specific code is required. Candidates: {list}.", location,
            Question(code)));
    }

    /// <summary>Codes stay in the encounter's order, one per diagnosis, so that a claim without issues has
    /// <c>DiagnosisCodes[i]</c> for <c>Diagnoses[i]</c> and the service lines' diagnosis pointers still hold
    /// (the additional codes of multi-code statements come after them).</summary>
    private static void Accept(List<string> accepted, string code) => accepted.Add(code);

    private static string Candidates(TextCodingResult result) => result.Suggestions.Count == 0
        ? ""
        : " Candidates: " + string.Join(", ", result.Suggestions.Select(s => $"{s.Dotted} ({s.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})")) + ".";

    /// <summary>The question a coder asks the provider, from what the category's descendants vary by.</summary>
    private static string Question(IcdCode header) => header.Category[0] switch
    {
        'S' or 'T' => "Ask the provider for laterality and the encounter (initial, subsequent, sequela) to choose the 7th character.",
        'M' => "Ask the provider for site and laterality (right, left, bilateral).",
        'E' when header.Category is "E08" or "E09" or "E10" or "E11" or "E13" => "Ask the provider for complications (kidney, eye, nerve, circulatory) and control (hyperglycemia).",
        _ => "Ask the provider for the detail that selects a billable code.",
    };

    private static CodingOutcome Review(int year, IReadOnlyList<string> accepted, IReadOnlyList<DiagnosisTextCoding> textCoding, params ClaimIssue[] issues) =>
        new(true, year, accepted, issues) { TextCoding = textCoding };

    private static ClaimIssue Issue(string code, string message, string? location, string hint) => new(code, IssueSeverity.Reject, message, location, hint);

    /// <summary>A code, then words: "M25.56 left knee", "E11 - with hyperglycemia".</summary>
    [GeneratedRegex(@"^\s*(?<code>[A-Za-z][0-9][0-9A-Za-z](?:\.?[0-9A-Za-z]{1,4})?)\s*[-:,]?\s+(?<text>.*[A-Za-z].*)$")]
    private static partial Regex CodeWithDocumentation();
}
