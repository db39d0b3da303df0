using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>Every diagnosis must exist in the ICD-10-CM code set of the date of service's fiscal year (MCE "invalid diagnosis code").</summary>
public sealed class DiagnosisNotValidForDateOfServiceEdit : ClaimEdit
{
    public override string Id => "DX-INVALID-FOR-DOS";
    public override EditCategory Category => EditCategory.CodeSet;
    public override string Description => "Each diagnosis is an ICD-10-CM code of the fiscal year containing the date of service.";
    public override string FixHint => "Replace the code with one valid on the date of service (codes change every October 1).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var dx = context.Diagnoses;
        for (var i = 0; i < dx.Count; i++)
        {
            var location = $"2300.HI[{i + 1}]";
            if (dx[i] is not { } code)
                yield return Finding($"Diagnosis {i + 1} is not in ICD-10-CM format.", location);
            else if (context.CodeSet is null)
                yield return Finding($"No ICD-10-CM code set is loaded for the date of service, so {code.Dotted} cannot be validated.", location);
            else if (!context.CodeSet.TryGet(code, out _))
                yield return Finding($"{code.Dotted} is not an ICD-10-CM FY{context.CodeSet.FiscalYear} code.", location);
        }
    }
}
