namespace ClaimsFn.Core.Coding;

/// <summary>
/// How the coder turned one diagnosis given as text (or as a header code plus documentation) into a code,
/// for the audit trail: its 1-based position in the encounter, the code assigned (null when a coder must
/// choose), the confidence (0–1) and the evidence (an index path, a title, or a guideline). The statement
/// itself is not repeated here: it stays in the encounter as sent.
/// </summary>
public sealed record DiagnosisTextCoding(int Position, string? AssignedCode, double Confidence, string Evidence)
{
    /// <summary>Codes the statement needs besides <see cref="AssignedCode"/> (e.g. Z79.4 after E11.9, Z68.43 after E66.813), in
    /// guideline order; on the claim they follow all of the encounter's diagnoses (see <see cref="ClaimCoder"/>).</summary>
    public IReadOnlyList<string> AdditionalCodes { get; init; } = [];
}
