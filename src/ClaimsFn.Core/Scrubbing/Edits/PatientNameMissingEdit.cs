using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// The subscriber's last name (2010BA NM103) and, when the patient is someone else, the patient's (2010CA NM103)
/// are required for a person (837P 005010X222A1; SNIP 2). A first name is required only when the person has one,
/// which a claim cannot tell, so it is not checked.
/// </summary>
public sealed class PatientNameMissingEdit : ClaimEdit
{
    public override string Id => "PATIENT-NAME-MISSING";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The subscriber's last name, and the patient's when the patient is not the subscriber, are present.";
    public override string FixHint => "Enter the last name exactly as on the insurance card.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        if (context.Encounter.Subscriber is { } subscriber && string.IsNullOrWhiteSpace(subscriber.LastName))
            yield return Finding("The subscriber's last name is missing.", "2010BA.NM103");
        if (!ScrubContext.IsSelf(context.Encounter.Subscriber?.Relationship) && context.Encounter.Patient is { } patient && string.IsNullOrWhiteSpace(patient.LastName))
            yield return Finding("The patient's last name is missing.", "2010CA.NM103");
    }
}
