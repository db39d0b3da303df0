using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.Coding;

/// <summary>
/// Validates an encounter's diagnoses against the ICD-10-CM code set of the fiscal year that contains
/// the date of service. A code that is malformed, unknown for that year, or only a header sends the
/// claim to a coder with the question to answer; nothing is guessed.
/// </summary>
public sealed class ClaimCoder(CodeSetCatalog catalog)
{
    /// <summary>How many billable candidates a header code lists for the coder.</summary>
    public const int MaxCandidates = 8;

    public CodingOutcome Code(Encounter encounter)
    {
        var year = FiscalYear.Of(encounter.DateOfService);
        var codeSet = catalog.ForDateOfService(encounter.DateOfService);
        if (codeSet is null)
        {
            return Review(year, [], Issue("CODESET-NOT-LOADED", $"No ICD-10-CM code set for FY{year} (date of service {encounter.DateOfService:yyyy-MM-dd}) is loaded.", null,
                "Import the FY order file for that year, then re-run coding."));
        }

        if (encounter.Diagnoses.Count == 0)
        {
            return Review(year, [], Issue("DX-MISSING", "The encounter has no diagnosis; at least one ICD-10-CM code is required.", "2300.HI",
                "Code the diagnoses from the visit documentation."));
        }

        var accepted = new List<string>(encounter.Diagnoses.Count);
        var issues = new List<ClaimIssue>();
        for (var i = 0; i < encounter.Diagnoses.Count; i++)
        {
            var location = $"2300.HI[{i + 1}]";
            var sent = encounter.Diagnoses[i];
            if (!IcdCode.TryParse(sent, out var code))
            {
                issues.Add(Issue("DX-MALFORMED", $"Diagnosis {i + 1} is not in ICD-10-CM format.", location, "Enter a code such as E11.9."));
                continue;
            }
            if (!codeSet.TryGet(code, out var entry))
            {
                issues.Add(Issue("DX-UNKNOWN-FOR-DOS", $"{code.Dotted} is not an ICD-10-CM FY{year} code ({codeSet.Label}).", location,
                    "Check the code against the code set in effect on the date of service."));
                continue;
            }
            if (!entry.Billable)
            {
                var candidates = codeSet.BillableDescendants(code, MaxCandidates);
                var list = string.Join(", ", candidates.Select(c => IcdCode.Parse(c.Code).Dotted));
                issues.Add(Issue("DX-HEADER-CODE", $"{code.Dotted} ({entry.Title}) is a header, not billable; a more specific code is required. Candidates: {list}.", location,
                    Question(code)));
                continue;
            }
            accepted.Add(code.Value);
        }

        return issues.Count == 0
            ? new CodingOutcome(false, year, accepted, [])
            : Review(year, accepted, [.. issues]);
    }

    /// <summary>The question a coder asks the provider, from what the category's descendants vary by.</summary>
    private static string Question(IcdCode header) => header.Category[0] switch
    {
        'S' or 'T' => "Ask the provider for laterality and the encounter (initial, subsequent, sequela) to choose the 7th character.",
        'M' => "Ask the provider for site and laterality (right, left, bilateral).",
        'E' when header.Category is "E08" or "E09" or "E10" or "E11" or "E13" => "Ask the provider for complications (kidney, eye, nerve, circulatory) and control (hyperglycemia).",
        _ => "Ask the provider for the detail that selects a billable code.",
    };

    private static CodingOutcome Review(int year, IReadOnlyList<string> accepted, params ClaimIssue[] issues) => new(true, year, accepted, issues);

    private static ClaimIssue Issue(string code, string message, string? location, string hint) => new(code, IssueSeverity.Reject, message, location, hint);
}
