namespace ClaimsFn.Core.Scrubbing.PayerRules;

/// <summary>A fixed rule book: the embedded defaults, or one built by a test.</summary>
public sealed class StaticPayerRuleSource(PayerRuleBook book) : IPayerRuleSource
{
    public static StaticPayerRuleSource Embedded { get; } = new(PayerRuleBook.Embedded);

    public PayerRuleBook Current { get; } = book;
}
