using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.Ncci;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// Two lines form an NCCI PTP pair with modifier indicator 1 in force on the date of service and neither line
/// carries an NCCI PTP-associated modifier that bypasses it (I/OCE edit 40). Global-surgery and other
/// modifiers (24, 25, 27, 57, 58, 59, 78, 79, 91, XE, XP, XS, XU) bypass on either line; an anatomic modifier
/// bypasses when the Column 2 line names a site the Column 1 line does not. Runs only with NCCI tables imported.
/// </summary>
public sealed class PtpPairNoModifierEdit : ClaimEdit
{
    public override string Id => "PTP-PAIR-NO-MODIFIER";
    public override EditCategory Category => EditCategory.CorrectCoding;
    public override string Description => "An NCCI PTP pair with modifier indicator 1 on the same day carries a PTP-associated modifier.";
    public override string FixHint => "If the services were distinct (different session, site or encounter) and documented, add the most specific modifier (XE, XS, XP or XU before 59; 25 on an E/M); otherwise remove the Column 2 code.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        foreach (var pair in PtpPairs.Find(context))
        {
            if (pair.Edit.ModifierIndicator == PtpModifierIndicator.Allowed && !NcciModifiers.Bypass(context.ModifiersOf(pair.Column1Line), context.ModifiersOf(pair.Column2Line)))
                yield return Finding($"Service line {pair.Column2Line + 1} ({pair.Column2Code}) is the Column 2 code of an NCCI PTP edit with line {pair.Column1Line + 1} ({pair.Column1Code}) and neither line has a modifier that bypasses it.", $"2400[{pair.Column2Line + 1}].SV101-3");
        }
    }
}
