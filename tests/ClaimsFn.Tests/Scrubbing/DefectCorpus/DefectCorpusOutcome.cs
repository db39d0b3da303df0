namespace ClaimsFn.Tests.Scrubbing.DefectCorpus;

/// <summary>What the scrubber did with one corpus claim: held it (a reject-level finding) or let it through, and the reject ids.</summary>
public sealed record DefectCorpusOutcome(DefectCorpusRecord Record, bool Held, IReadOnlyList<string> Rejects)
{
    /// <summary>A defect let through, or a clean claim held.</summary>
    public bool IsWrong => Record.ExpectDefect != Held;
}
