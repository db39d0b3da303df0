using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Storage;

namespace ClaimsFn.Core.Remittances;

/// <summary>
/// The Remittances table (one partition per remittance: the remittance row and one row per CLP) and the
/// RemittanceExceptions table (partition = the month received, <c>yyyy-MM</c>; row = remittance id + CLP
/// position). Keys are deterministic, so a repeated delivery rewrites the same rows instead of adding new ones.
/// </summary>
public sealed class RemittanceStore(TableClient remittances, TableClient exceptions)
{
    private const string RemittanceRowKey = "remittance";
    private const string ClaimPrefix = "claim-";

    public async Task<RemittanceRecord?> GetAsync(string remittanceId, CancellationToken cancellationToken = default)
    {
        var response = await remittances.GetEntityIfExistsAsync<TableEntity>(remittanceId, RemittanceRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public Task UpsertAsync(RemittanceRecord record, CancellationToken cancellationToken = default) =>
        remittances.UpsertEntityAsync(ToEntity(record), TableUpdateMode.Replace, cancellationToken);

    public Task UpsertClaimAsync(string remittanceId, RemittanceClaimRecord row, CancellationToken cancellationToken = default) =>
        remittances.UpsertEntityAsync(new TableEntity(remittanceId, ClaimPrefix + row.Sequence.ToString("D4", CultureInfo.InvariantCulture))
        {
            ["Sequence"] = row.Sequence,
            ["PatientControlNumber"] = row.PatientControlNumber,
            ["ClaimId"] = row.ClaimId,
            ["Status"] = (int)row.Status,
            ["Charge"] = TableMoney.Write(row.Charge),
            ["Paid"] = TableMoney.Write(row.Paid),
            ["PatientResponsibility"] = TableMoney.Write(row.PatientResponsibility),
            ["PayerClaimControlNumber"] = row.PayerClaimControlNumber,
            ["Outcome"] = row.Outcome.ToString(),
            ["ExceptionKind"] = row.ExceptionKind?.ToString(),
            ["Detail"] = row.Detail,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<RemittanceClaimRecord>> GetClaimsAsync(string remittanceId, CancellationToken cancellationToken = default)
    {
        var rows = new List<RemittanceClaimRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {remittanceId} and RowKey ge {ClaimPrefix} and RowKey lt {ClaimPrefix + "~"}");
        await foreach (var e in remittances.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var kind = e.GetString("ExceptionKind");
            rows.Add(new RemittanceClaimRecord(
                e.GetInt32("Sequence") ?? 0, e.GetString("PatientControlNumber") ?? "", e.GetString("ClaimId"), (ClaimStatusCode)(e.GetInt32("Status") ?? 0),
                TableMoney.Read(e.GetString("Charge")), TableMoney.Read(e.GetString("Paid")), TableMoney.Read(e.GetString("PatientResponsibility")),
                e.GetString("PayerClaimControlNumber"), Enum.Parse<PostingOutcome>(e.GetString("Outcome")!),
                string.IsNullOrEmpty(kind) ? null : Enum.Parse<RemittanceExceptionKind>(kind), e.GetString("Detail") ?? ""));
        }
        return rows;
    }

    /// <summary>Records an exception (idempotent: the same remittance position always has the same row).</summary>
    public Task UpsertExceptionAsync(RemittanceException exception, CancellationToken cancellationToken = default) =>
        exceptions.UpsertEntityAsync(new TableEntity(Month(exception.At), $"{exception.RemittanceId}-{exception.Sequence:D4}")
        {
            ["RemittanceId"] = exception.RemittanceId,
            ["Sequence"] = exception.Sequence,
            ["Kind"] = exception.Kind.ToString(),
            ["ClaimId"] = exception.ClaimId,
            ["PatientControlNumber"] = exception.PatientControlNumber,
            ["Paid"] = exception.Paid is { } paid ? TableMoney.Write(paid) : null,
            ["Detail"] = exception.Detail,
            ["At"] = exception.At,
        }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>The exceptions recorded in the given months (<c>yyyy-MM</c>), newest first.</summary>
    public async Task<IReadOnlyList<RemittanceException>> ListExceptionsAsync(IEnumerable<string> months, CancellationToken cancellationToken = default)
    {
        var list = new List<RemittanceException>();
        foreach (var month in months)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {month}");
            await foreach (var e in exceptions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                list.Add(new RemittanceException(e.GetString("RemittanceId") ?? "", e.GetInt32("Sequence") ?? 0, Enum.Parse<RemittanceExceptionKind>(e.GetString("Kind")!),
                    e.GetString("ClaimId"), e.GetString("PatientControlNumber"), TableMoney.ReadOptional(e.GetString("Paid")), e.GetString("Detail") ?? "", e.GetDateTimeOffset("At") ?? default));
            }
        }
        return [.. list.OrderByDescending(x => x.At).ThenBy(x => x.RemittanceId, StringComparer.Ordinal).ThenBy(x => x.Sequence)];
    }

    public static string Month(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(RemittanceRecord r) => new(r.RemittanceId, RemittanceRowKey)
    {
        ["State"] = r.State.ToString(),
        ["Source"] = r.Source,
        ["PayerIdentifier"] = r.PayerIdentifier,
        ["PayerId"] = r.PayerId,
        ["PayerName"] = r.PayerName,
        ["TraceNumber"] = r.TraceNumber,
        ["PaymentDate"] = TableMoney.WriteDate(r.PaymentDate),
        ["TotalPayment"] = TableMoney.Write(r.TotalPayment),
        ["ClaimCount"] = r.ClaimCount,
        ["Posted"] = r.Posted,
        ["AlreadyPosted"] = r.AlreadyPosted,
        ["Exceptions"] = r.Exceptions,
        ["Reason"] = r.Reason,
        ["ReceivedAt"] = r.ReceivedAt,
        ["CompletedAt"] = r.CompletedAt,
    };

    private static RemittanceRecord FromEntity(TableEntity e) => new()
    {
        RemittanceId = e.PartitionKey,
        State = Enum.Parse<RemittanceState>(e.GetString("State")!),
        Source = e.GetString("Source"),
        PayerIdentifier = e.GetString("PayerIdentifier"),
        PayerId = e.GetString("PayerId"),
        PayerName = e.GetString("PayerName"),
        TraceNumber = e.GetString("TraceNumber"),
        PaymentDate = TableMoney.ReadDate(e.GetString("PaymentDate")),
        TotalPayment = TableMoney.Read(e.GetString("TotalPayment")),
        ClaimCount = e.GetInt32("ClaimCount") ?? 0,
        Posted = e.GetInt32("Posted") ?? 0,
        AlreadyPosted = e.GetInt32("AlreadyPosted") ?? 0,
        Exceptions = e.GetInt32("Exceptions") ?? 0,
        Reason = e.GetString("Reason"),
        ReceivedAt = e.GetDateTimeOffset("ReceivedAt") ?? default,
        CompletedAt = e.GetDateTimeOffset("CompletedAt"),
    };
}
