namespace ClaimsFn.Core.Claims;

public enum SubmissionStatus
{
    /// <summary>The send started; whether it reached the connector is not yet known.</summary>
    Sending = 1,

    /// <summary>The connector confirmed receipt.</summary>
    Sent,
}
