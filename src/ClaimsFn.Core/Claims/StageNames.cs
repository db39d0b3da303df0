
namespace ClaimsFn.Core.Claims;

/// <summary>Stage names as they appear in messages, events and logs.</summary>
public static class StageNames
{
    public const string Ingest = "ingest";
    public const string Code = "code";
    public const string Scrub = "scrub";
    public const string Submit = "submit";
    public const string Resubmit = "resubmit";
    public const string Acknowledge = "acknowledge";
    public const string Error = "error";
    public const string Remittance = "remittance";
    public const string Correction = "correction";
    public const string AutoCorrection = "auto-correction";
}
