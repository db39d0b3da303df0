namespace ClaimsFn.Core.Responses;

/// <summary>The report of one payer response file (<c>batch-reports/payer-responses/{responseId}.json</c>):
/// what kind it was, what it changed, or why it could not be read. Ids, codes and positions only.</summary>
public sealed record PayerResponseReport(string ResponseId, string? Kind, bool Read, int ClaimsUpdated, int ClaimsUnchanged, IReadOnlyList<string> Notes, DateTimeOffset At);
