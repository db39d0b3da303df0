namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>How findings name the payer whose rule applied.</summary>
public static class PayerName
{
    public static string Of(PayerRule rule) => rule.PayerId is null ? "the payer (default rules)" : $"payer {rule.Name}";
}
