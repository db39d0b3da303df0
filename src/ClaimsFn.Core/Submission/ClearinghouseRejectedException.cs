namespace ClaimsFn.Core.Submission;

/// <summary>The clearinghouse refused the interchange with a status that a retry will not change (4xx other than 408/409/429).</summary>
public sealed class ClearinghouseRejectedException(int status) : Exception($"The clearinghouse refused the interchange with status {status}.")
{
    public int Status { get; } = status;
}
