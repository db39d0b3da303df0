namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// What the text coder made of one statement: candidates best first, whether the best is confident
/// enough to assign without a coder (<see cref="AutoAssigned"/>), and otherwise the question a coder
/// would put to the provider. A statement that needs more than one code (obesity class + BMI, diabetes +
/// long-term insulin, a combination code + the stage it asks for) carries the others in
/// <see cref="AdditionalCodes"/>, in guideline order after the best candidate.
/// </summary>
public sealed record TextCodingResult(string Statement, IReadOnlyList<CodeSuggestion> Suggestions, bool AutoAssigned, string? Question)
{
    public CodeSuggestion? Best => Suggestions.Count > 0 ? Suggestions[0] : null;

    /// <summary>Codes (undotted) the statement needs besides <see cref="Best"/>, in the order they are reported after it.</summary>
    public IReadOnlyList<CodeSuggestion> AdditionalCodes { get; init; } = [];

    /// <summary>The assigned code (undotted) when <see cref="AutoAssigned"/>, else null; the first of <see cref="AssignedCodes"/>.</summary>
    public string? AssignedCode => AutoAssigned ? Best?.Code : null;

    /// <summary>The codes proposed for the statement, in reporting order: the best candidate, then <see cref="AdditionalCodes"/>.</summary>
    public IReadOnlyList<string> ProposedCodes => Best is null ? [] : [Best.Code, .. AdditionalCodes.Select(c => c.Code)];

    /// <summary>Every code assigned (undotted, reporting order) when <see cref="AutoAssigned"/>, else empty.</summary>
    public IReadOnlyList<string> AssignedCodes => AutoAssigned ? ProposedCodes : [];
}
