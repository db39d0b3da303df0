namespace ClaimsFn.Core.Submission;

/// <summary>One 837P interchange a dry run would submit: its payer, file name (ids only), text and claims.</summary>
public sealed record DryRunInterchange(string PayerId, string FileName, string Text, IReadOnlyList<string> ClaimIds);
