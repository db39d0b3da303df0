using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// A claim naming a wrong-surgery event (Y65.51 wrong procedure on the correct patient, Y65.52 procedure on a patient
/// not scheduled for surgery, Y65.53 correct procedure on the wrong side or body part) is held for review: Medicare
/// does not pay for the erroneous surgery (NCD 140.6–140.8) and the MCE flags it (edit 18 "wrong procedure performed").
/// </summary>
public sealed class DiagnosisWrongProcedureEdit : ClaimEdit
{
    public override string Id => "DX-WRONG-PROCEDURE";
    public override EditCategory Category => EditCategory.CodeConsistency;
    public override string Description => "No diagnosis reports a wrong-surgery event (Y65.51–Y65.53); such a claim is held for review.";
    public override string FixHint => "Bill the erroneous surgery as non-covered per the payer's wrong-surgery policy (Medicare: modifiers PA/PB/PC) after review; related services go on a separate claim.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var dx = context.Diagnoses;
        for (var i = 0; i < dx.Count; i++)
        {
            if (dx[i] is { } code && code.Value is "Y6551" or "Y6552" or "Y6553")
                yield return Finding($"{code.Dotted} reports a wrong-surgery event; the claim needs review before it is billed.", $"2300.HI[{i + 1}]");
        }
    }
}
