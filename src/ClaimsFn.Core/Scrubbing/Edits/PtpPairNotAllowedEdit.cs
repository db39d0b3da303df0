using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Ncci;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// Two lines form an NCCI PTP pair with modifier indicator 0 in force on the date of service: the Column 2
/// code is not payable beside the Column 1 code, and no modifier bypasses the edit (I/OCE edit 20; Medicare
/// denies it with CARC CO-236). Runs only when NCCI tables are imported (<c>ClaimsFn:NcciPath</c>).
/// </summary>
public sealed class PtpPairNotAllowedEdit : ClaimEdit
{
    public override string Id => "PTP-PAIR-NOT-ALLOWED";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "No line is the Column 2 code of an NCCI PTP pair with modifier indicator 0 on the same day.";
    public override string FixHint => "Remove the Column 2 code: it is part of the Column 1 service or mutually exclusive with it, and no modifier makes it payable.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        foreach (var pair in PtpPairs.Find(context))
        {
            if (pair.Edit.ModifierIndicator == PtpModifierIndicator.NotAllowed)
                yield return Finding($"Service line {pair.Column2Line + 1} ({pair.Column2Code}) is the Column 2 code of an NCCI PTP edit with line {pair.Column1Line + 1} ({pair.Column1Code}); modifier indicator 0: no modifier bypasses it.", $"2400[{pair.Column2Line + 1}].SV101-2");
        }
    }
}
