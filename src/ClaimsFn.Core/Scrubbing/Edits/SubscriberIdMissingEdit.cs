using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>The subscriber's member id is required (2010BA NM109); its absence is a front-end rejection.</summary>
public sealed class SubscriberIdMissingEdit : ClaimEdit
{
    public override string Id => "SUBSCRIBER-ID-MISSING";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The subscriber's member id from the insurance card is present.";
    public override string FixHint => "Copy the member id from the patient's insurance card or eligibility response.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Encounter.Subscriber?.MemberId))
            yield return Finding("The subscriber member id is missing.", "2010BA.NM109");
    }
}
