using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using FhirEncounter = Hl7.Fhir.Model.Encounter;

namespace ClaimsFn.Core.Encounters.Fhir;

/// <summary>
/// Reads FHIR R4 Bundles (one Bundle JSON document, or NDJSON with one Bundle per line) into encounter records, one
/// per FHIR Encounter, as a stream: entries are taken one at a time (<see cref="FhirBundleStream"/>), parsed with
/// Firely's SDK only when of a kind a claim needs, and reduced to their facts at once. An Encounter becomes its record
/// when its Bundle ends, because its Conditions, Claim and Coverage may come after it. The record number is the
/// Encounter's entry number in a Bundle file, and its position in the file for NDJSON (the location then names the
/// line and the entry). docs/fhir-mapping.md describes the mapping.
/// </summary>
public sealed class FhirEncounterReader
{
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings().UsingMode(DeserializationMode.Recoverable));

    /// <summary>The resource types a claim is built from; every other entry is skipped unparsed.</summary>
    private static readonly HashSet<string> Needed =
        ["Patient", "RelatedPerson", "Coverage", "Encounter", "Condition", "Procedure", "Claim", "Practitioner", "PractitionerRole", "Organization", "Location"];

    private static readonly HashSet<string> BundleTypes = ["collection", "transaction", "batch", "searchset", "document"];

    public async IAsyncEnumerable<EncounterRecord> ReadAsync(Stream batch, string defaultSource, bool oneBundlePerLine, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var directory = new FhirDirectory();
        var bundle = new FhirBundleScope();
        long ordinal = 0;
        long lastRecord = 0;
        var anyBundle = false;
        await foreach (var e in new FhirBundleStream(batch, oneBundlePerLine).ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (e)
            {
                case FhirJsonEvent.EntryRead entry:
                    Add(entry, bundle, directory);
                    break;

                case FhirJsonEvent.BundleRead end:
                {
                    anyBundle = true;
                    var problem = NotReadable(end);
                    if (problem is not null)
                    {
                        bundle.Clear();
                        if (!oneBundlePerLine)
                        {
                            yield return EncounterRecord.FileRejected($"The file is not one ClaimsFn reads: {problem}.");
                            yield break;
                        }
                        yield return EncounterRecord.Rejected(++ordinal, $"Line {end.Line} was not read: {problem}.", $"line {end.Line}");
                        break;
                    }
                    foreach (var (entryNumber, record) in Emit(bundle, directory, defaultSource))
                    {
                        lastRecord = oneBundlePerLine ? ++ordinal : entryNumber;
                        yield return record with
                        {
                            RecordNumber = lastRecord,
                            Location = oneBundlePerLine ? $"line {end.Line}, entry {entryNumber}" : $"entry {entryNumber}",
                        };
                    }
                    bundle.Clear();
                    break;
                }

                case FhirJsonEvent.Broken broken:
                    bundle.Clear();
                    if (oneBundlePerLine)
                    {
                        yield return EncounterRecord.Rejected(++ordinal, $"Line {broken.Line} is not a readable FHIR Bundle: {broken.Reason}; none of its encounters were read.", $"line {broken.Line}");
                        break;
                    }
                    if (anyBundle)
                    {
                        yield return EncounterRecord.Rejected(lastRecord + 1, $"The file could not be read to its end: {broken.Reason}.", "after the Bundle");
                        yield break;
                    }
                    yield return EncounterRecord.FileRejected($"The file is not a readable FHIR Bundle: {broken.Reason}. Nothing was read; fix the file and upload it again.");
                    yield break;
            }
        }
        if (!anyBundle && !oneBundlePerLine) yield return EncounterRecord.FileRejected("The file holds no FHIR Bundle.");
    }

    private static string? NotReadable(FhirJsonEvent.BundleRead end) =>
        end.ResourceType is null ? "it is JSON but not a FHIR resource (it has no resourceType)"
        : end.ResourceType != "Bundle" ? $"it is a FHIR {Quote(end.ResourceType)}, not a Bundle; put the resources in a Bundle"
        : end.BundleType is not null && !BundleTypes.Contains(end.BundleType) ? $"the Bundle's type is {Quote(end.BundleType)}; ClaimsFn reads collection, transaction, batch, searchset and document Bundles"
        : null;

    /// <summary>A resource or Bundle type as sent, when it looks like one (so that nothing else from the file is echoed).</summary>
    private static string Quote(string value) =>
        value.Length is > 0 and <= 40 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? value : "(unrecognized type)";

    /// <summary>
    /// The Bundle's Encounters as records, and its unreadable entries as rejections, in entry order. Lazy: each
    /// encounter is mapped only when its record is taken, so a Bundle's claims are never all in memory at once.
    /// </summary>
    private static IEnumerable<(long Entry, EncounterRecord Record)> Emit(FhirBundleScope bundle, FhirDirectory directory, string source)
    {
        var mapper = new FhirEncounterMapper(bundle, directory);
        var rejections = bundle.Rejections.OrderBy(r => r.Entry).ToList();
        var next = 0;
        foreach (var e in bundle.Encounters.All)
        {
            for (; next < rejections.Count && rejections[next].Entry < e.Entry; next++)
                yield return (rejections[next].Entry, EncounterRecord.Rejected(rejections[next].Entry, rejections[next].Reason));
            var (encounter, rejection) = mapper.Map(e, source);
            yield return (e.Entry, encounter is not null ? EncounterRecord.Accepted(e.Entry, encounter) : EncounterRecord.Rejected(e.Entry, rejection!));
        }
        for (; next < rejections.Count; next++)
            yield return (rejections[next].Entry, EncounterRecord.Rejected(rejections[next].Entry, rejections[next].Reason));
    }

    /// <summary>Reads one Bundle entry: skips kinds a claim does not need, parses the others with Firely and keeps their facts.</summary>
    private static void Add(FhirJsonEvent.EntryRead entry, FhirBundleScope bundle, FhirDirectory directory)
    {
        if (!Utf8.IsValid(entry.Json))
        {
            bundle.Rejections.Add((entry.Entry, "The entry is not valid UTF-8 text; save the file as UTF-8 and upload it again."));
            return;
        }
        var (fullUrl, resourceJson, resourceType, problem) = Split(entry.Json);
        if (problem is not null)
        {
            bundle.Rejections.Add((entry.Entry, problem));
            return;
        }
        if (resourceJson.IsEmpty) return; // a request-only entry (e.g. DELETE): nothing to bill
        if (resourceType is null)
        {
            bundle.Rejections.Add((entry.Entry, "The entry's resource has no resourceType."));
            return;
        }
        if (!ModelInfo.IsKnownResource(resourceType))
        {
            bundle.Rejections.Add((entry.Entry, $"The entry's resourceType {Quote(resourceType)} is not a FHIR R4 resource type."));
            return;
        }
        if (!Needed.Contains(resourceType)) return;

        Resource? resource;
        IEnumerable<CodedException> issues;
        var reader = new Utf8JsonReader(resourceJson.Span);
        try
        {
            if (!Deserializer.TryDeserializeResource(ref reader, out resource, out issues))
            {
                bundle.Rejections.Add((entry.Entry, $"The {resourceType} could not be read as FHIR R4 ({Describe(issues)}); fix it and upload the file again."));
                return;
            }
        }
        catch (JsonException)
        {
            bundle.Rejections.Add((entry.Entry, $"The {resourceType} is not valid JSON."));
            return;
        }

        List<string> Keys(string type, IEnumerable<Identifier> identifiers) => FhirFactExtractor.Keys(type, resource!.Id, fullUrl, identifiers);
        switch (resource)
        {
            case Patient p:
                bundle.Patients.Add(Keys("Patient", p.Identifier), FhirFactExtractor.Person(p, Keys("Patient", p.Identifier), p.Name, p.BirthDate, p.Gender, p.Address));
                break;
            case RelatedPerson rp:
                bundle.RelatedPersons.Add(Keys("RelatedPerson", rp.Identifier), FhirFactExtractor.Person(rp, Keys("RelatedPerson", rp.Identifier), rp.Name, rp.BirthDate, rp.Gender, rp.Address));
                break;
            case Coverage c:
                var coverageKeys = Keys("Coverage", c.Identifier);
                bundle.Coverages.Add(coverageKeys, FhirFactExtractor.Coverage(entry.Entry, c, coverageKeys));
                break;
            case FhirEncounter enc:
                var encounterKeys = Keys("Encounter", enc.Identifier);
                bundle.Encounters.Add(encounterKeys, FhirFactExtractor.Encounter(entry.Entry, enc, encounterKeys, fullUrl));
                break;
            case Condition cond:
                var conditionKeys = Keys("Condition", cond.Identifier);
                bundle.Conditions.Add(conditionKeys, FhirFactExtractor.Condition(entry.Entry, cond, conditionKeys));
                break;
            case Procedure proc:
                bundle.Procedures.Add(FhirFactExtractor.Procedure(entry.Entry, proc));
                break;
            case Claim claim:
                bundle.Claims.Add(FhirFactExtractor.Claim(entry.Entry, claim));
                break;
            case Organization o:
                var organizationKeys = Keys("Organization", o.Identifier);
                directory.Organizations.Add(organizationKeys, FhirFactExtractor.Organization(o, organizationKeys));
                break;
            case Practitioner pr:
                var practitionerKeys = Keys("Practitioner", pr.Identifier);
                directory.Practitioners.Add(practitionerKeys, FhirFactExtractor.Practitioner(pr, practitionerKeys));
                break;
            case PractitionerRole role:
                directory.AddRole(FhirFactExtractor.PractitionerRole(role, Keys("PractitionerRole", role.Identifier)));
                break;
            case Location l:
                var locationKeys = Keys("Location", l.Identifier);
                directory.Locations.Add(locationKeys, FhirFactExtractor.Location(l, locationKeys));
                break;
        }
    }

    /// <summary>The entry's fullUrl, its resource's JSON and resourceType; or why the entry is not an entry.</summary>
    private static (string? FullUrl, ReadOnlyMemory<byte> Resource, string? ResourceType, string? Problem) Split(byte[] json)
    {
        string? fullUrl = null;
        ReadOnlyMemory<byte> resource = default;
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return (null, default, null, "The entry is not a JSON object.");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("fullUrl"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String) fullUrl = reader.GetString();
                    else reader.Skip();
                }
                else if (reader.ValueTextEquals("resource"u8))
                {
                    reader.Read();
                    var begin = (int)reader.TokenStartIndex;
                    if (reader.TokenType != JsonTokenType.StartObject) return (null, default, null, "The entry's resource is not a JSON object.");
                    reader.Skip();
                    resource = json.AsMemory(begin, (int)reader.BytesConsumed - begin);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            return (null, default, null, "The entry is not valid JSON.");
        }
        return (fullUrl, resource, resource.IsEmpty ? null : ResourceTypeOf(resource.Span), null);
    }

    private static string? ResourceTypeOf(ReadOnlySpan<byte> resource)
    {
        var reader = new Utf8JsonReader(resource);
        reader.Read();
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName) continue;
            var isType = reader.CurrentDepth == 1 && reader.ValueTextEquals("resourceType"u8);
            reader.Read();
            if (isType) return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            reader.Skip();
        }
        return null;
    }

    /// <summary>Firely's issue codes and element paths; its messages may quote the data, so they are left out.</summary>
    private static string Describe(IEnumerable<CodedException> issues)
    {
        var described = issues.Take(3).Select(i => i is ExtendedCodedException { InstancePath: { Length: > 0 } path } ? $"{i.ErrorCode} at {path}" : i.ErrorCode).ToList();
        return described.Count == 0 ? "unreadable" : string.Join("; ", described);
    }
}
