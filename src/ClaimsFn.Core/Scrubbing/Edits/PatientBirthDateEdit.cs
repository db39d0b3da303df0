using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>
/// The patient's date of birth (DMG02) is present, not after the date of service, and at most 124 years
/// before it (MCE edit 14 "Invalid age", I/OCE edit 25). The patient is the subscriber when the relationship
/// is self; otherwise the separate patient, which must then be given.
/// </summary>
public sealed class PatientBirthDateEdit : ClaimEdit
{
    public const int MaxAge = 124;

    public override string Id => "PATIENT-DOB-INVALID";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The patient is given, with a date of birth not after the date of service and at most 124 years before it.";
    public override string FixHint => "Enter the patient's date of birth from the registration or insurance card.";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var self = ScrubContext.IsSelf(context.Encounter.Subscriber?.Relationship);
        var location = self ? "2010BA.DMG02" : "2010CA.DMG02";
        var patient = context.Patient;
        if (patient is null)
            yield return Finding("The subscriber is not the patient, and the claim gives no patient.", "2010CA", "Add the patient's name, date of birth and sex, or set the relationship to self.");
        else if (patient.DateOfBirth is not { } dob)
            yield return Finding("The patient's date of birth is missing.", location);
        else if (ScrubContext.AgeOn(dob, context.Encounter.DateOfService) is not { } age)
            yield return Finding("The patient's date of birth is after the date of service.", location);
        else if (age > MaxAge)
            yield return Finding($"The patient's date of birth is more than {MaxAge} years before the date of service.", location);
    }
}
