using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Coding;

/// <summary>What the coding stage decided: the accepted codes, or why a coder must look.</summary>
public sealed record CodingOutcome(bool NeedsCoderReview, int? CodeSetYear, IReadOnlyList<string> DiagnosisCodes, IReadOnlyList<ClaimIssue> Issues)
{
    /// <summary>For each diagnosis that came as text: what the text coder assigned or proposed, with confidence and evidence.</summary>
    public IReadOnlyList<DiagnosisTextCoding> TextCoding { get; init; } = [];

    public string? Reason => NeedsCoderReview ? string.Join(" ", Issues.Where(i => i.Severity == IssueSeverity.Reject).Select(i => i.Message)) : null;
}
