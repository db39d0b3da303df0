namespace ClaimsFn.Core.Scrubbing.Ncci;

/// <summary>A practitioner MUE: the most units of a code one provider reports for one patient on one date of service.</summary>
public readonly record struct MueEdit(int Value, MueAdjudicationIndicator Indicator);
