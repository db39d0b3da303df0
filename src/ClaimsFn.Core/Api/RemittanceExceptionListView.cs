using ClaimsFn.Core.Remittances;

namespace ClaimsFn.Core.Api;

/// <summary>Remittance exceptions of the months asked for, newest first.</summary>
public sealed record RemittanceExceptionListView(IReadOnlyList<string> Months, int Count, IReadOnlyList<RemittanceException> Exceptions);
