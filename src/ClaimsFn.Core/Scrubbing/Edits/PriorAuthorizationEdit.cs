using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Scrubbing.PayerRules;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>A procedure the payer's rules list as needing prior authorization is billed without a prior authorization number (2300 REF*G1).</summary>
public sealed class PriorAuthorizationEdit : ClaimEdit
{
    public override string Id => "PRIOR-AUTH-MISSING";
    public override EditCategory Category => EditCategory.PayerRule;
    public override string Description => "A procedure the payer requires prior authorization for is billed with the authorization number.";
    public override string FixHint => "Enter the payer's prior authorization number for the service; if none was obtained, ask the payer about a retro-authorization before sending.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var codes = context.PayerRule.PriorAuthorizationCodes;
        if (codes.IsEmpty || !string.IsNullOrWhiteSpace(context.Encounter.PriorAuthorization)) yield break;
        var procedures = context.Procedures;
        for (var i = 0; i < procedures.Count; i++)
        {
            if (procedures[i] is { } code && codes.Contains(code.Value))
                yield return Finding($"Service line {i + 1} ({code.Value}) needs prior authorization from {PayerName.Of(context.PayerRule)}, and the claim has no authorization number.", "2300.REF*G1");
        }
    }
}
