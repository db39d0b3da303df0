namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>Where the scrubber gets the payer rules for each claim; the current book may change between claims without a deploy.</summary>
public interface IPayerRuleSource
{
    /// <summary>The rules in force now. Cheap to call once per claim.</summary>
    PayerRuleBook Current { get; }
}
