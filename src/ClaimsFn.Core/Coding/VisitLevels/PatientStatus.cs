namespace ClaimsFn.Core.Coding.VisitLevels;

/// <summary>New (no professional service from the practice's same-specialty clinicians in three years) or established.</summary>
public enum PatientStatus
{
    New = 1,
    Established,
}
