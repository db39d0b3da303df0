using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ClaimsFn.Core.Encounters;

/// <summary>
/// Reads the ClaimsFn JSON-lines batch format (one encounter object per line, see README) as a stream.
/// Bad lines become rejections with the line number and a reason; the reader never throws for bad data.
/// Rejection reasons name fields, never their values, because the values may be PHI.
/// </summary>
public sealed class JsonLinesEncounterReader
{
    public async IAsyncEnumerable<EncounterRecord> ReadAsync(Stream batch, string defaultSource, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var line in Utf8LineReader.ReadAsync(batch, cancellationToken).ConfigureAwait(false))
        {
            if (line.Error is not null) yield return EncounterRecord.Rejected(line.Number, line.Error, $"line {line.Number}");
            else if (!string.IsNullOrWhiteSpace(line.Text)) yield return Parse(line.Number, line.Text, defaultSource);
        }
    }

    public static EncounterRecord Parse(long lineNumber, string line, string defaultSource) =>
        ParseLine(lineNumber, line, defaultSource) with { Location = $"line {lineNumber}" };

    private static EncounterRecord ParseLine(long lineNumber, string line, string defaultSource)
    {
        Encounter? encounter;
        try
        {
            encounter = JsonSerializer.Deserialize(line, EncounterJson.Default.Encounter);
        }
        catch (JsonException ex)
        {
            // JsonException messages quote the path, not the data.
            return EncounterRecord.Rejected(lineNumber, $"Not a valid encounter JSON object ({Describe(ex)}).");
        }
        if (encounter is null) return EncounterRecord.Rejected(lineNumber, "The line is JSON null, not an encounter.");
        if (string.IsNullOrWhiteSpace(encounter.Source)) encounter = encounter with { Source = defaultSource };
        var missing = MissingFields(encounter);
        return missing.Count == 0
            ? EncounterRecord.Accepted(lineNumber, encounter)
            : EncounterRecord.Rejected(lineNumber, $"Missing required field(s): {string.Join(", ", missing)}.");
    }

    /// <summary>Fields without which no claim can be built; everything else is the scrubber's to judge.</summary>
    private static List<string> MissingFields(Encounter e)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(e.EncounterId)) missing.Add("encounterId");
        if (e.DateOfService == default) missing.Add("dateOfService");
        if (e.Subscriber is null) missing.Add("subscriber");
        if (e.BillingProvider is null) missing.Add("billingProvider");
        if (e.Payer is null) missing.Add("payer");
        return missing;
    }

    private static string Describe(JsonException ex) =>
        ex.Path is { Length: > 0 } path ? $"problem at {path}" : "malformed JSON";
}
