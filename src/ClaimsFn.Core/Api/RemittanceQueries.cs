using System.Globalization;
using System.Text.Json;
using ClaimsFn.Core.Remittances;

namespace ClaimsFn.Core.Api;

/// <summary>Remittances over HTTP: one remittance with the outcome of each claim payment, and the exceptions to work.</summary>
public sealed class RemittanceQueries(ApiStores stores, TimeProvider time)
{
    public async Task<ApiResponse> GetRemittanceAsync(string remittanceId, CancellationToken cancellationToken = default)
    {
        if (!RemittanceIds.IsWellFormed(remittanceId)) return NotFound();
        var record = await stores.Remittances.GetAsync(remittanceId, cancellationToken).ConfigureAwait(false);
        if (record is null) return NotFound();
        var claims = await stores.Remittances.GetClaimsAsync(remittanceId, cancellationToken).ConfigureAwait(false);
        return new ApiResponse(200, JsonSerializer.Serialize(new RemittanceView(record, claims), ApiJson.Default.RemittanceView));
    }

    /// <summary>The exceptions of <paramref name="month"/> (<c>yyyy-MM</c>); by default this month and the one before.</summary>
    public async Task<ApiResponse> ListRemittanceExceptionsAsync(string? month = null, CancellationToken cancellationToken = default)
    {
        List<string> months;
        if (string.IsNullOrWhiteSpace(month))
        {
            var now = time.GetUtcNow();
            months = [RemittanceStore.Month(now), RemittanceStore.Month(now.AddMonths(-1))];
        }
        else if (DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            months = [month.Trim()];
        }
        else
        {
            return new ApiResponse(400, JsonSerializer.Serialize(new ApiError("month must be yyyy-MM."), ApiJson.Default.ApiError));
        }
        var exceptions = await stores.Remittances.ListExceptionsAsync(months, cancellationToken).ConfigureAwait(false);
        return new ApiResponse(200, JsonSerializer.Serialize(new RemittanceExceptionListView(months, exceptions.Count, exceptions), ApiJson.Default.RemittanceExceptionListView));
    }

    private static ApiResponse NotFound() => new(404, JsonSerializer.Serialize(new ApiError("No such remittance."), ApiJson.Default.ApiError));
}
