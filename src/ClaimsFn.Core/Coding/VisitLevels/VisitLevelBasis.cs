namespace ClaimsFn.Core.Coding.VisitLevels;

/// <summary>What selected the visit level.</summary>
public enum VisitLevelBasis
{
    /// <summary>Nothing qualified: no code.</summary>
    None = 0,

    /// <summary>Total practitioner time on the date of the encounter.</summary>
    Time,

    /// <summary>Medical decision making.</summary>
    MedicalDecisionMaking,

    /// <summary>99211: an established-patient visit that needs neither time nor MDM.</summary>
    Minimal,
}
