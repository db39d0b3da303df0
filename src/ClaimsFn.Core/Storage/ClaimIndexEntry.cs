using System.Globalization;
using ClaimsFn.Core.Claims;

namespace ClaimsFn.Core.Storage;

/// <summary>
/// One claim as the index and the batch tally hold it: ids, state, codes, amounts and milestone dates. No PHI
/// (no names, birth dates, member ids or addresses), so list pages and KPIs never touch the claim document.
/// Stored as one compact text value (<see cref="Format"/>): a tally cell holds ~50 of them at 100k claims a batch.
/// </summary>
public sealed record ClaimIndexEntry(
    string ClaimId,
    string BatchId,
    ClaimState State,
    int Sequence,
    int Version,
    string PayerId,
    DateOnly DateOfService,
    decimal Charge,
    decimal Paid,
    decimal DeniedAmount,
    IReadOnlyList<string> Carcs,
    IReadOnlyList<string> EditIds,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    bool? FirstScrubPassed,
    DateTimeOffset? FirstSubmittedAt,
    bool? FirstAcknowledgmentAccepted,
    DateTimeOffset? FirstAdjudicatedAt,
    IReadOnlyList<string> InitialDenialCarcs)
{
    private const char Separator = '|';
    private const int FieldCount = 19;

    public static ClaimIndexEntry From(Claim c) => new(
        c.ClaimId, c.BatchId, c.State, c.EventCount, c.Version, (c.Encounter.Payer?.Id ?? "").Replace(Separator, '/'), c.Encounter.DateOfService, c.Encounter.TotalCharge,
        c.Postings.Sum(p => p.Payment.Paid),
        c.Denial?.DeniedAmount ?? 0m,
        c.Denial is { } d ? [.. d.Reasons.Select(r => r.ToString())] : [],
        // The findings that hold the claim (reject-level edits, coder questions), by their stable ids.
        c.State is ClaimState.ScrubFailed or ClaimState.NeedsCoderReview or ClaimState.Corrected
            ? [.. c.Issues.Where(i => i.Severity == IssueSeverity.Reject || c.State == ClaimState.NeedsCoderReview).Select(i => i.Code).Distinct(StringComparer.Ordinal)]
            : [],
        c.ReceivedAt, c.UpdatedAt,
        c.Milestones.FirstScrubPassed, c.Milestones.FirstSubmittedAt, c.Milestones.FirstAcknowledgmentAccepted, c.Milestones.FirstAdjudicatedAt,
        [.. c.Milestones.InitialDenialReasons.Select(r => r.ToString())]);

    /// <summary>Payer A/R: what is still owed by the payer on a billed claim. Unbilled claims (not yet submitted) and
    /// settled ones (paid, voided) owe nothing; a denial owes its denied amount until it is resolved.</summary>
    public decimal Outstanding => State switch
    {
        ClaimState.Submitted or ClaimState.Accepted or ClaimState.Rejected => Math.Max(0m, Charge - Paid),
        ClaimState.Denied or ClaimState.PartiallyPaid or ClaimState.Corrected => DeniedAmount,
        _ => 0m,
    };

    public string Format() => string.Join(Separator,
        ClaimId, BatchId, State.ToString(), Int(Sequence), Int(Version), PayerId, DateOfService.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        Money(Charge), Money(Paid), Money(DeniedAmount), string.Join(' ', Carcs), string.Join(' ', EditIds),
        Time(ReceivedAt), Time(UpdatedAt), Flag(FirstScrubPassed), Time(FirstSubmittedAt), Flag(FirstAcknowledgmentAccepted), Time(FirstAdjudicatedAt),
        string.Join(' ', InitialDenialCarcs));

    /// <summary>Reads a value written by <see cref="Format"/>; null when it is not one (a newer or damaged format).</summary>
    public static ClaimIndexEntry? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var f = text.Split(Separator);
        if (f.Length != FieldCount || !Enum.TryParse<ClaimState>(f[2], out var state)
            || !DateOnly.TryParseExact(f[6], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dos)) return null;
        return new ClaimIndexEntry(f[0], f[1], state, ParseInt(f[3]), ParseInt(f[4]), f[5], dos, ParseMoney(f[7]), ParseMoney(f[8]), ParseMoney(f[9]),
            Words(f[10]), Words(f[11]), ParseTime(f[12]) ?? default, ParseTime(f[13]) ?? default, ParseFlag(f[14]), ParseTime(f[15]), ParseFlag(f[16]), ParseTime(f[17]), Words(f[18]));
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
    private static string Time(DateTimeOffset? value) => value is { } v ? v.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) : "";
    private static string Flag(bool? value) => value switch { true => "1", false => "0", null => "" };
    private static int ParseInt(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
    private static decimal ParseMoney(string s) => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : 0m;
    private static DateTimeOffset? ParseTime(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
    private static bool? ParseFlag(string s) => s switch { "1" => true, "0" => false, _ => null };
    private static string[] Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
