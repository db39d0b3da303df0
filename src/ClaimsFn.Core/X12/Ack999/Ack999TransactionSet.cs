namespace ClaimsFn.Core.X12.Ack999;

/// <summary>The 999's verdict on one transaction set it acknowledges (AK2 … IK5).</summary>
/// <param name="TransactionSetId">AK201, e.g. 837.</param>
/// <param name="ControlNumber">AK202: the ST02 of the acknowledged set.</param>
/// <param name="Version">AK203, e.g. 005010X222A1.</param>
/// <param name="StatusCode">IK501: A, E (accepted, errors noted), M, R, W, X (rejected).</param>
/// <param name="SyntaxErrorCodes">IK502–IK506.</param>
public sealed record Ack999TransactionSet(string TransactionSetId, string ControlNumber, string Version, string StatusCode,
    IReadOnlyList<string> SyntaxErrorCodes, IReadOnlyList<Ack999Error> Errors)
{
    /// <summary>A and E accept the set (E with errors noted); every other code rejects it.</summary>
    public bool Accepted => StatusCode is "A" or "E";

    /// <summary>A reason for people and the status API: codes and locations, never data.</summary>
    public string Describe()
    {
        var parts = new List<string> { $"IK5 {StatusCode} ({Ack999Codes.Describe(Ack999Codes.TransactionSetStatus, StatusCode)})" };
        parts.AddRange(SyntaxErrorCodes.Select(c => $"{c}: {Ack999Codes.Describe(Ack999Codes.TransactionSetErrors, c)}"));
        parts.AddRange(Errors.Select(e => e.ToString()));
        return string.Join("; ", parts);
    }
}
