namespace ClaimsFn.Core.Encounters;

/// <summary>
/// One record read from a batch: an encounter, or the reason the record could not be read.
/// <see cref="RecordNumber"/> is 1-based and increases through the file, so ingest can checkpoint on it: the
/// line number in a JSON-lines file, the entry number in a FHIR Bundle file, the first row of the encounter in
/// a CSV file, and the encounter's position in the file for FHIR NDJSON. <see cref="Location"/> says where a
/// clerk finds the record ("line 6", "entry 17", "line 3, entry 17", "rows 5-7").
/// </summary>
public sealed record EncounterRecord(long RecordNumber, Encounter? Encounter, string? RejectionReason, string? Location = null)
{
    /// <summary>True for the one record that says the file as a whole cannot be read (<see cref="FileRejected"/>).</summary>
    public bool RejectsFile => RecordNumber == 0;

    public static EncounterRecord Accepted(long recordNumber, Encounter encounter, string? location = null) => new(recordNumber, encounter, null, location);

    public static EncounterRecord Rejected(long recordNumber, string reason, string? location = null) => new(recordNumber, null, reason, location);

    /// <summary>
    /// The file as a whole cannot be read (unknown format, not a Bundle, a CSV without its header, too large once
    /// decompressed). A reader yields it only as its first and only record, so nothing of the file was ingested.
    /// </summary>
    public static EncounterRecord FileRejected(string reason) => new(0, null, reason);
}
