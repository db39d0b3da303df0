using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.PayerRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>The claim's frequency code (CLM05-3) is a professional claim frequency (1 original, 7 replacement, 8 void) the payer accepts electronically (payer rule).</summary>
public sealed class ClaimFrequencyEdit : ClaimEdit
{
    public override string Id => "FREQ-CODE-NOT-ACCEPTED";
    public override EditCategory Category => EditCategory.PayerRule;
    public override string Description => "The claim frequency code (1 original, 7 replacement, 8 void) is one the payer accepts.";
    public override string FixHint => "Send the correction the way the payer takes it (often its portal or a paper corrected claim), or change the payer rule if it is out of date.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var code = context.ClaimFrequencyCode;
        if (!PayerRule.KnownClaimFrequencyCodes.Contains(code))
            yield return Finding($"Claim frequency code {code} is not a professional claim frequency code (1 original, 7 replacement, 8 void).", "2300.CLM05-3");
        else if (!context.PayerRule.AcceptedClaimFrequencyCodes.Contains(code))
            yield return Finding($"{PayerName.Of(context.PayerRule)} does not accept claims of frequency code {code} ({Meaning(code)}).", "2300.CLM05-3");
    }

    private static string Meaning(string code) => code switch
    {
        "1" => "original",
        "7" => "replacement",
        "8" => "void",
        _ => "unknown",
    };
}
