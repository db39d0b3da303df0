namespace ClaimsFn.Core.Submission;

/// <summary>The connector's proof of receipt: where the interchange went (a blob name, a clearinghouse id).</summary>
public sealed record SubmissionReceipt(string Reference);
