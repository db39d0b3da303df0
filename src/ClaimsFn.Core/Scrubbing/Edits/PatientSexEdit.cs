using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Scrubbing.Edits;

/// <summary>The patient's administrative sex (DMG03) is F, M or U (MCE edit 15 "Invalid sex", I/OCE edit 26).</summary>
public sealed class PatientSexEdit : ClaimEdit
{
    public override string Id => "PATIENT-SEX-INVALID";
    public override EditCategory Category => EditCategory.RequiredData;
    public override string Description => "The patient's sex is F, M or U.";
    public override string FixHint => "Enter the patient's sex as F, M or U (unknown).";

    public override IEnumerable<ClaimIssue> Check(ScrubContext context)
    {
        var patient = context.Patient;
        if (patient is null) yield break; // PATIENT-DOB-INVALID reports the missing patient
        var location = ScrubContext.IsSelf(context.Encounter.Subscriber?.Relationship) ? "2010BA.DMG03" : "2010CA.DMG03";
        var sex = patient.Sex?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(sex))
            yield return Finding("The patient's sex is missing.", location);
        else if (sex is not ("F" or "M" or "U"))
            yield return Finding("The patient's sex is not F, M or U.", location);
    }
}
