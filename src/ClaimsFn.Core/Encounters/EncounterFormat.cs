namespace ClaimsFn.Core.Encounters;

/// <summary>The batch file formats ClaimsFn reads; see README and docs/fhir-mapping.md, docs/csv-superbill.md.</summary>
public enum EncounterFormat
{
    /// <summary>ClaimsFn JSON lines: one encounter object per line (<c>.jsonl</c>, or <c>.ndjson</c> without <c>resourceType</c>).</summary>
    JsonLines = 1,

    /// <summary>One FHIR R4 Bundle as a JSON document (<c>.json</c>).</summary>
    FhirBundle,

    /// <summary>FHIR R4 NDJSON: one Bundle per line (<c>.ndjson</c> or <c>.jsonl</c> whose lines have a <c>resourceType</c>).</summary>
    FhirNdjson,

    /// <summary>The CSV superbill: one row per service line, grouped by encounter id (<c>.csv</c>).</summary>
    Csv,
}
