namespace ClaimsFn.Core.Coding.VisitLevels;

/// <summary>The level of medical decision making of the 2021 AMA office/outpatient E/M guidelines.</summary>
public enum MedicalDecisionMaking
{
    Straightforward = 1,
    Low,
    Moderate,
    High,
}
