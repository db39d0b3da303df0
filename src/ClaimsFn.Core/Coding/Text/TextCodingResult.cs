namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// What the text coder made of one statement: candidates best first, whether the best is confident
/// enough to assign without a coder (<see cref="AutoAssigned"/>), and otherwise the question a coder
/// would put to the provider.
/// </summary>
public sealed record TextCodingResult(string Statement, IReadOnlyList<CodeSuggestion> Suggestions, bool AutoAssigned, string? Question)
{
    public CodeSuggestion? Best => Suggestions.Count > 0 ? Suggestions[0] : null;

    /// <summary>The assigned code (undotted) when <see cref="AutoAssigned"/>, else null.</summary>
    public string? AssignedCode => AutoAssigned ? Best?.Code : null;
}
