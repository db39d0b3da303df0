namespace ClaimsFn.Core.Encounters;

/// <summary>
/// One record read from a batch: an encounter, or the reason the record could not be read.
/// <see cref="RecordNumber"/> is 1-based (the line number in a JSON-lines file) so a clerk can find it.
/// </summary>
public sealed record EncounterRecord(long RecordNumber, Encounter? Encounter, string? RejectionReason)
{
    public static EncounterRecord Accepted(long recordNumber, Encounter encounter) => new(recordNumber, encounter, null);

    public static EncounterRecord Rejected(long recordNumber, string reason) => new(recordNumber, null, reason);
}
