namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>The MUE Adjudication Indicator (MAI): how the MUE value is applied.</summary>
public enum MueAdjudicationIndicator
{
    /// <summary>1 "Line Edit": units on each claim line; more units may go on separate lines with 76, 77, anatomic modifiers or 59/XE/XS/XP/XU.</summary>
    Line = 1,

    /// <summary>2 "Date of Service Edit: Policy": all units of the code on the date of service; absolute, no appeal.</summary>
    DateOfServicePolicy = 2,

    /// <summary>3 "Date of Service Edit: Clinical": all units of the code on the date of service; more are payable on appeal with documentation.</summary>
    DateOfServiceClinical = 3,
}
