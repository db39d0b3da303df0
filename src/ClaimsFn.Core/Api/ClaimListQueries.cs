using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Core.Api;

/// <summary>
/// <c>GET /api/claims</c>: claims by batch, by work-queue state, by edit id or by CARC, narrowed by payer, state and a
/// date-of-service range. Each page is one storage query on the claim index (docs/api.md), never a scan of claim rows.
/// </summary>
public sealed partial class ClaimListQueries(ApiStores stores, TimeProvider time)
{
    public const int DefaultLimit = 100, MaxLimit = 1000;

    // A batch page is whole tally cells; at 100k claims a cell holds ~50, in a small batch one or two.
    private const int ClaimsPerCellGuess = 8;

    public async Task<ApiResponse> ListClaimsAsync(string? state = null, string? batch = null, string? edit = null, string? carc = null, string? payer = null,
        string? from = null, string? to = null, string? limit = null, string? continuation = null, CancellationToken cancellationToken = default)
    {
        ClaimState? wantedState = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!Enum.TryParse<ClaimState>(state.Trim(), ignoreCase: true, out var s) || !Enum.IsDefined(s) || int.TryParse(state, out _))
                return Bad($"Unknown state; use one of {string.Join(", ", Enum.GetNames<ClaimState>())}.");
            wantedState = s;
        }
        batch = Blank(batch);
        if (batch is not null && (!ClaimId.IsWellFormed(batch) || batch[0] != 'b')) return Bad("A batch id is 'b' and 20 hex digits.");
        edit = Blank(edit)?.ToUpperInvariant();
        if (edit is not null && !EditId().IsMatch(edit)) return Bad("An edit id is letters, digits and hyphens (e.g. CLAIM-TOTAL-MISMATCH).");
        CarcCode? wantedCarc = null;
        if (Blank(carc) is { } c)
        {
            if (!CarcCode.TryParse(c, out var code)) return Bad("A CARC is 1 to 5 letters or digits.");
            wantedCarc = code;
        }
        payer = Blank(payer);
        if (payer is not null && payer.Length > 80) return Bad("A payer id is at most 80 characters.");
        if (!TryDate(from, out var fromDate) || !TryDate(to, out var toDate)) return Bad("Dates of service are yyyy-MM-dd.");
        var size = DefaultLimit;
        if (Blank(limit) is { } l && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
            return Bad($"limit is 1 to {MaxLimit}.");

        // The list's own index partition; the other filters narrow each page.
        string scope;
        if (batch is not null) scope = "batch|" + batch;
        else if (edit is not null) scope = ClaimIndexStore.QueueKey("edit", edit);
        else if (wantedCarc is { } rc) scope = ClaimIndexStore.QueueKey("carc", rc.ToString());
        else if (wantedState is { } ws)
        {
            if (!ClaimIndexStore.QueueStates.Contains(ws))
                return Bad($"Claims in state {ws} are listed by batch (batch=…); the work-queue states are {string.Join(", ", ClaimIndexStore.QueueStates)}.");
            scope = ClaimIndexStore.QueueKey("state", ws.ToString());
        }
        else return Bad("Name a list: batch, state (a work-queue state), edit or carc.");

        string? storageToken = null;
        if (Blank(continuation) is { } token && !ContinuationToken.TryDecode(token, scope, out storageToken))
            return Bad("The continuation is not one of this list's.");

        var page = batch is not null
            ? await stores.Index.GetBatchPageAsync(batch, storageToken, Math.Clamp(size / ClaimsPerCellGuess, 1, 125), cancellationToken).ConfigureAwait(false)
            : await stores.Index.GetQueuePageAsync(scope, storageToken, size, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var claims = page.Entries
            .Where(e => wantedState is null || e.State == wantedState)
            .Where(e => edit is null || e.EditIds.Contains(edit, StringComparer.Ordinal))
            .Where(e => wantedCarc is null || e.Carcs.Any(r => CarcCode.TryParse(r, out var x) && x == wantedCarc.Value))
            .Where(e => payer is null || string.Equals(e.PayerId, payer, StringComparison.OrdinalIgnoreCase))
            .Where(e => fromDate is null || e.DateOfService >= fromDate)
            .Where(e => toDate is null || e.DateOfService <= toDate)
            .OrderBy(e => e.ClaimId, StringComparer.Ordinal)
            .Select(e => ClaimListItemView.From(e, today))
            .ToList();
        var view = new ClaimListView(scope, claims, ContinuationToken.Encode(scope, page.Continuation));
        return new ApiResponse(200, JsonSerializer.Serialize(view, ApiJson.Default.ClaimListView));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool TryDate(string? s, out DateOnly? date)
    {
        date = null;
        if (Blank(s) is not { } text) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,59}$")]
    private static partial Regex EditId();

    internal static ApiResponse Bad(string message) => new(400, JsonSerializer.Serialize(new ApiError(message), ApiJson.Default.ApiError));
}
