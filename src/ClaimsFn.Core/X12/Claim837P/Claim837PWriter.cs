using System.Globalization;
using System.Text;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Primitives;
using ClaimsFn.Core.Scrubbing.PayerRules;

namespace ClaimsFn.Core.X12.Claim837P;

/// <summary>
/// Writes 005010X222A1 (837P) interchanges. Everything countable is computed while writing: HL numbers
/// and parents, SE01, GE01, IEA01, CLM02 (= Σ SV102, never the stated total), LX numbers. Claims are
/// checked with <see cref="Validate"/> first (the submit stage does it before queuing a claim), so a claim
/// that cannot be written is held with located issues instead of breaking an interchange.
/// Thread-safe: holds only options.
/// </summary>
public sealed class Claim837PWriter
{
    private readonly X12Options options;
    private readonly X12Delimiters delimiters;
    private readonly IPayerRuleSource payerRules;

    /// <param name="payerRules">Where SBR09 comes from (the payer's rule, else its name); the embedded rules when null.</param>
    public Claim837PWriter(X12Options options, IPayerRuleSource? payerRules = null)
    {
        this.options = options;
        this.payerRules = payerRules ?? StaticPayerRuleSource.Embedded;
        delimiters = options.GetDelimiters();
    }

    public X12Delimiters Delimiters => delimiters;

    /// <summary>
    /// SBR09, from the payer rules only (<see cref="PayerRule.ClaimFilingIndicatorFor"/>): the payer's
    /// <c>claimFilingIndicator</c>, else what its name says (e.g. "Medicare …" MB), else CI.
    /// </summary>
    public string ClaimFilingIndicatorFor(Payer payer)
    {
        return payerRules.Current.For(payer.Id).ClaimFilingIndicatorFor(payer.Name);
    }

    /// <summary>
    /// The X12 syntax checks of one claim (docs/x12.md lists them): every element the 837P requires is present, every
    /// value fits its element's length and uses only characters X12 can carry, repeats stay within the segment's
    /// limits (12 diagnoses, 50 lines, 4 modifiers, 1–4 pointers), and the relationship maps to an 837P code. Business
    /// rules (NPI check digit, EIN, taxonomy, ZIP, POS, code formats, units, pointers into HI, sex, birth date,
    /// frequency, REF*F8) are scrub edits (docs/rules.md), which hold a claim before it reaches the writer; these
    /// checks only make sure that no interchange is broken by a claim that reaches it anyway. Empty when writable.
    /// </summary>
    public IReadOnlyList<ClaimIssue> Validate(Claim claim)
    {
        var issues = new List<ClaimIssue>();
        var e = claim.Encounter;
        void Reject(string code, string location, string message) => issues.Add(new ClaimIssue(code, IssueSeverity.Reject, message, location));
        void Text(string? value, string location, int maxLength, bool required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required) Reject("X12-REQUIRED-MISSING", location, $"{location} is required by the 837P guide and is empty.");
                return;
            }
            if (X12Text.Problem(value.Trim(), delimiters) is { } problem) Reject("X12-CHARACTER-NOT-ALLOWED", location, $"{location} {problem}.");
            if (value.Trim().Length > maxLength) Reject("X12-TOO-LONG", location, $"{location} is longer than the {maxLength} characters the guide allows.");
        }

        // 2000A/2010AA billing provider: NM109 (NPI), REF*EI, N3/N4 are required.
        var bp = e.BillingProvider;
        Text(bp?.Npi, "2010AA.NM109", 80, true);
        Text(bp?.Name, "2010AA.NM103", 60, true);
        Text(bp?.TaxId, "2010AA.REF02", 50, true);
        Text(bp?.Taxonomy, "2000A.PRV03", 50, false);
        Address(bp?.Address, "2010AA");

        // 2000B/2010BA subscriber, 2010BB payer.
        var sub = e.Subscriber;
        var relationship = Claim837PGuide.RelationshipCode(sub?.Relationship);
        if (relationship is null) Reject("X12-RELATIONSHIP-INVALID", "2000C.PAT01", "The patient's relationship to the subscriber is not one the 837P can express.");
        var subscriberIsPatient = relationship == "18";
        Text(sub?.LastName, "2010BA.NM103", 60, true);
        Text(sub?.FirstName, "2010BA.NM104", 35, false);
        Text(sub?.MemberId, "2010BA.NM109", 80, true);
        if (subscriberIsPatient)
        {
            // IG: 2010BA N3, N4 and DMG are required when the subscriber is the patient.
            Address(sub?.Address, "2010BA");
            Demographics(sub, "2010BA");
        }
        else if (e.Patient is null)
        {
            Reject("X12-PATIENT-MISSING", "2000C", "The patient is not the subscriber, so the patient (2000C/2010CA) is required.");
        }
        else
        {
            Text(e.Patient.LastName, "2010CA.NM103", 60, true);
            Text(e.Patient.FirstName, "2010CA.NM104", 35, false);
            Address(e.Patient.Address, "2010CA");
            Demographics(e.Patient, "2010CA");
        }
        Text(e.Payer?.Name, "2010BB.NM103", 60, true);
        Text(e.Payer?.Id, "2010BB.NM109", 80, true);

        // 2300 claim.
        var pcn = Claim837PGuide.PatientControlNumber(claim.ClaimId, claim.Version);
        if (pcn.Length > Claim837PGuide.MaxPatientControlNumberLength) Reject("X12-TOO-LONG", "2300.CLM01", "The patient control number is longer than 38 characters.");
        Text(e.PlaceOfService, "2300.CLM05-1", 2, true);
        var frequency = claim.FrequencyCode;
        Text(frequency, "2300.CLM05-3", 1, true);
        // IG: REF*F8 is written (and its REF02 required) when CLM05-3 is 7 or 8.
        if (ClaimBilling.CitesPayerClaim(frequency)) Text(claim.BilledPayerClaimControlNumber, "2300.REF*F8", 50, true);
        Text(e.PriorAuthorization, "2300.REF*G1", 50, false);

        var diagnoses = claim.BilledDiagnoses;
        if (diagnoses.Count == 0) Reject("X12-REQUIRED-MISSING", "2300.HI01", "At least one diagnosis (HI*ABK) is required.");
        if (diagnoses.Count > Claim837PGuide.MaxDiagnoses) Reject("X12-TOO-MANY", "2300.HI", $"The 837P carries at most {Claim837PGuide.MaxDiagnoses} diagnoses.");
        for (var i = 0; i < diagnoses.Count; i++) Text(diagnoses[i], $"2300.HI{i + 1:00}-2", 30, true);

        // 2310B rendering provider, when it differs from the billing provider.
        if (RenderingProviderDiffers(e))
        {
            Text(e.RenderingProvider!.Npi, "2310B.NM109", 80, true);
            Text(e.RenderingProvider.Name, "2310B.NM103", 60, true);
            Text(e.RenderingProvider.Taxonomy, "2310B.PRV03", 50, false);
        }

        // 2400 service lines.
        var lines = e.ServiceLines ?? [];
        if (lines.Count == 0) Reject("X12-REQUIRED-MISSING", "2400", "At least one service line is required.");
        if (lines.Count > Claim837PGuide.MaxServiceLines) Reject("X12-TOO-MANY", "2400", $"The 837P carries at most {Claim837PGuide.MaxServiceLines} service lines per claim.");
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            var at = $"2400[{n + 1}]";
            if (line is null)
            {
                Reject("X12-REQUIRED-MISSING", at, $"{at} is empty.");
                continue;
            }
            Text(line.Procedure, $"{at}.SV101-2", 48, true);
            if (Mods(line).Count > Claim837PGuide.MaxModifiers) Reject("X12-TOO-MANY", $"{at}.SV101", "At most four modifiers per line.");
            for (var m = 0; m < Mods(line).Count; m++) Text(Mods(line)[m], $"{at}.SV101-{m + 3}", 2, true);
            if (Ptrs(line).Count is 0 or > Claim837PGuide.MaxPointersPerLine)
                Reject("X12-POINTER-INVALID", $"{at}.SV107", "Each line needs one to four diagnosis pointers.");
        }
        return issues;

        void Address(Address? a, string loop)
        {
            if (a is null || string.IsNullOrWhiteSpace(a.Line1))
            {
                Reject("X12-REQUIRED-MISSING", $"{loop}.N301", $"{loop} needs a street address (N3).");
                return;
            }
            Text(a.Line1, $"{loop}.N301", 55, true);
            Text(a.City, $"{loop}.N401", 30, true);
            // N402 is an ID element of exactly two characters; N403 of 3 to 15 (the code values are scrub edits).
            Text(a.State, $"{loop}.N402", 2, true);
            Text(a.PostalCode, $"{loop}.N403", 15, true);
        }

        void Demographics(Person? p, string loop)
        {
            if (p?.DateOfBirth is null) Reject("X12-REQUIRED-MISSING", $"{loop}.DMG02", $"{loop} needs a date of birth (DMG).");
            Text(p?.Sex, $"{loop}.DMG03", 1, true);
        }
    }

    // A batch line can say "modifiers": null; the writer reads a missing list as empty.
    private static IReadOnlyList<string> Mods(ServiceLine line) => line.Modifiers ?? [];

    private static IReadOnlyList<int> Ptrs(ServiceLine line) => line.DiagnosisPointers ?? [];

    private static bool RenderingProviderDiffers(Encounter e) =>
        e.RenderingProvider is { Npi.Length: > 0 } r && r.Npi.Trim() != e.BillingProvider.Npi.Trim();

    public string Write(Claim837PInterchange interchange)
    {
        var text = new StringBuilder(1024 + interchange.TransactionSets.Sum(t => t.Claims.Count) * 900);
        Write(text, interchange);
        return text.ToString();
    }

    public void Write(StringBuilder output, Claim837PInterchange interchange)
    {
        if (interchange.TransactionSets.Count == 0) throw new ArgumentException("An interchange needs at least one transaction set.", nameof(interchange));
        var w = new X12SegmentWriter(output, delimiters, options.LineBreakAfterSegment ? "\n" : "");
        var at = interchange.CreatedAt.ToUniversalTime();
        var isa13 = ControlNumber(interchange.InterchangeControlNumber, 9);
        w.Raw(Isa(at, isa13));
        var gs06 = ControlNumber(interchange.GroupControlNumber, 1);
        w.Segment("GS").Element(Claim837PGuide.FunctionalIdentifier)
            .Element(Blank(options.ApplicationSenderCode) ?? options.SenderId).Element(Blank(options.ApplicationReceiverCode) ?? options.ReceiverId)
            .Element(at.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).Element(at.ToString("HHmm", CultureInfo.InvariantCulture))
            .Element(gs06).Element("X").Element(Claim837PGuide.Version).End();
        foreach (var set in interchange.TransactionSets) WriteTransactionSet(w, set, isa13, at);
        w.Segment("GE").Element(interchange.TransactionSets.Count.ToString(CultureInfo.InvariantCulture)).Element(gs06).End();
        w.Segment("IEA").Element("1").Element(isa13).End();
    }

    private void WriteTransactionSet(X12SegmentWriter w, Claim837PTransactionSet set, string isa13, DateTimeOffset at)
    {
        if (set.Claims.Count == 0) throw new ArgumentException("A transaction set needs at least one claim.", nameof(set));
        var st02 = ControlNumber(set.ControlNumber, 4);
        w.ResetCount();
        w.Segment("ST").Element("837").Element(st02).Element(Claim837PGuide.Version).End();
        // BHT02 00 = original transmission; BHT06 CH = chargeable (claims, not encounters).
        w.Segment("BHT").Element("0019").Element("00").Element($"{isa13}-{st02}")
            .Element(at.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).Element(at.ToString("HHmm", CultureInfo.InvariantCulture)).Element("CH").End();
        // 1000A submitter (with its EDI contact), 1000B receiver.
        w.Segment("NM1").Element("41").Element("2").Element(options.SubmitterName).Skip(4).Element("46").Element(options.SubmitterId).End();
        w.Segment("PER").Element("IC").Element(options.SubmitterContactName).Element("TE").Element(options.SubmitterContactPhone).End();
        w.Segment("NM1").Element("40").Element("2").Element(options.ReceiverName).Skip(4).Element("46").Element(Blank(options.ReceiverPrimaryId) ?? options.ReceiverId).End();

        var hl = 0;
        // One 2000A per billing provider, in order of first appearance; its claims follow it.
        foreach (var group in set.Claims.GroupBy(c => (c.Encounter.BillingProvider.Npi.Trim(), c.Encounter.BillingProvider.TaxId.Trim())))
        {
            var billingHl = ++hl;
            var bp = group.First().Encounter.BillingProvider;
            w.Segment("HL").Element(billingHl.ToString(CultureInfo.InvariantCulture)).Element("").Element("20").Element("1").End();
            if (!string.IsNullOrEmpty(bp.Taxonomy)) w.Segment("PRV").Element("BI").Element("PXC").Element(bp.Taxonomy.Trim()).End();
            w.Segment("NM1").Element("85").Element("2").Element(Clean(bp.Name)).Skip(4).Element("XX").Element(bp.Npi.Trim()).End();
            WriteAddress(w, bp.Address!);
            w.Segment("REF").Element("EI").Element(bp.TaxId.Trim()).End();
            foreach (var claim in group) WriteClaim(w, claim, billingHl, ref hl);
        }
        w.Segment("SE").Element((w.Count + 1).ToString(CultureInfo.InvariantCulture)).Element(st02).End();
    }

    private void WriteClaim(X12SegmentWriter w, Claim claim, int billingHl, ref int hl)
    {
        var e = claim.Encounter;
        var sub = e.Subscriber;
        var relationship = Claim837PGuide.RelationshipCode(sub.Relationship) ?? throw new InvalidOperationException("Claims must be validated before they are written.");
        var subscriberIsPatient = relationship == "18";

        // 2000B subscriber: HL04 = 1 when a patient level (2000C) follows.
        var subscriberHl = ++hl;
        w.Segment("HL").Element(subscriberHl.ToString(CultureInfo.InvariantCulture)).Element(billingHl.ToString(CultureInfo.InvariantCulture)).Element("22").Element(subscriberIsPatient ? "0" : "1").End();
        // SBR01 P (primary), SBR02 18 only when the subscriber is the patient, SBR09 the claim filing indicator.
        w.Segment("SBR").Element("P").Element(subscriberIsPatient ? "18" : null).Skip(6).Element(ClaimFilingIndicatorFor(e.Payer)).End();
        w.Segment("NM1").Element("IL").Element("1").Element(Clean(sub.LastName)).Element(Clean(sub.FirstName)).Skip(3).Element("MI").Element(sub.MemberId.Trim()).End();
        if (subscriberIsPatient)
        {
            WriteAddress(w, sub.Address!);
            WriteDemographics(w, sub);
        }
        // 2010BB payer.
        w.Segment("NM1").Element("PR").Element("2").Element(Clean(e.Payer.Name)).Skip(4).Element("PI").Element(e.Payer.Id.Trim()).End();

        if (!subscriberIsPatient)
        {
            // 2000C patient, 2010CA.
            var patient = e.Patient!;
            w.Segment("HL").Element((++hl).ToString(CultureInfo.InvariantCulture)).Element(subscriberHl.ToString(CultureInfo.InvariantCulture)).Element("23").Element("0").End();
            w.Segment("PAT").Element(relationship).End();
            w.Segment("NM1").Element("QC").Element("1").Element(Clean(patient.LastName)).Element(Clean(patient.FirstName)).End();
            WriteAddress(w, patient.Address!);
            WriteDemographics(w, patient);
        }

        // 2300 claim. CLM06 Y provider signature on file; CLM07 A assigned; CLM08 Y benefits assigned; CLM09 Y release on file.
        var total = e.ServiceLines.Sum(l => l.Charge);
        w.Segment("CLM").Element(Claim837PGuide.PatientControlNumber(claim.ClaimId, claim.Version)).Element(total).Skip(2)
            .Composite(e.PlaceOfService.Trim(), "B", claim.FrequencyCode).Element("Y").Element("A").Element("Y").Element("Y").End();
        if (!string.IsNullOrWhiteSpace(e.PriorAuthorization)) w.Segment("REF").Element("G1").Element(e.PriorAuthorization.Trim()).End();
        if (claim.FrequencyCode is Claim837PGuide.FrequencyReplacement or Claim837PGuide.FrequencyVoid)
            w.Segment("REF").Element("F8").Element(claim.BilledPayerClaimControlNumber).End();
        var diagnoses = claim.BilledDiagnoses;
        w.Segment("HI");
        for (var i = 0; i < diagnoses.Count; i++) w.Composite(i == 0 ? "ABK" : "ABF", diagnoses[i]);
        w.End();

        // 2310B rendering provider, only when not the billing provider.
        if (RenderingProviderDiffers(e))
        {
            var r = e.RenderingProvider!;
            var (last, first) = SplitName(r.Name);
            w.Segment("NM1").Element("82").Element("1").Element(last).Element(first).Skip(3).Element("XX").Element(r.Npi.Trim()).End();
            if (!string.IsNullOrEmpty(r.Taxonomy)) w.Segment("PRV").Element("PE").Element("PXC").Element(r.Taxonomy.Trim()).End();
        }

        // 2400 lines.
        var dos = e.DateOfService.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        Span<string?> procedure = new string?[2 + Claim837PGuide.MaxModifiers];
        Span<string?> pointers = new string?[Claim837PGuide.MaxPointersPerLine];
        for (var n = 0; n < e.ServiceLines.Count; n++)
        {
            var line = e.ServiceLines[n];
            w.Segment("LX").Element((n + 1).ToString(CultureInfo.InvariantCulture)).End();
            procedure.Clear();
            procedure[0] = "HC";
            procedure[1] = line.Procedure.Trim().ToUpperInvariant();
            for (var m = 0; m < Mods(line).Count; m++) procedure[2 + m] = Mods(line)[m].Trim().ToUpperInvariant();
            pointers.Clear();
            for (var p = 0; p < Ptrs(line).Count; p++) pointers[p] = Ptrs(line)[p].ToString(CultureInfo.InvariantCulture);
            // SV105 (place of service) is left empty: the line inherits CLM05-1.
            w.Segment("SV1").Composite(procedure).Element(line.Charge).Element("UN").Element(line.Units).Skip(2).Composite(pointers).End();
            // The line's own dates when the encounter gives them (a range as RD8), else the claim's date of service.
            if (line.ServiceDateEnd is { } lineEnd && lineEnd != (line.ServiceDate ?? e.DateOfService))
                w.Segment("DTP").Element("472").Element("RD8").Element(string.Create(CultureInfo.InvariantCulture, $"{line.ServiceDate ?? e.DateOfService:yyyyMMdd}-{lineEnd:yyyyMMdd}")).End();
            else
                w.Segment("DTP").Element("472").Element("D8").Element(line.ServiceDate is { } lineDate ? lineDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : dos).End();
        }
    }

    private void WriteAddress(X12SegmentWriter w, Address a)
    {
        w.Segment("N3").Element(Clean(a.Line1)).End();
        w.Segment("N4").Element(Clean(a.City)).Element(a.State.Trim().ToUpperInvariant()).Element(a.PostalCode.Trim()).End();
    }

    private static void WriteDemographics(X12SegmentWriter w, Person p) =>
        w.Segment("DMG").Element("D8").Element(p.DateOfBirth!.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).Element(p.Sex.Trim().ToUpperInvariant()).End();

    private string Isa(DateTimeOffset at, string isa13)
    {
        var d = delimiters;
        return string.Join(d.Element,
            "ISA", "00", new string(' ', 10), "00", new string(' ', 10),
            options.SenderIdQualifier, options.SenderId.PadRight(15), options.ReceiverIdQualifier, options.ReceiverId.PadRight(15),
            at.ToString("yyMMdd", CultureInfo.InvariantCulture), at.ToString("HHmm", CultureInfo.InvariantCulture),
            d.Repetition.ToString(), X12Reader.InterchangeVersion, isa13, "0", options.UsageIndicator, d.Component.ToString());
    }

    /// <summary>"Last, First" splits into NM103/NM104; a name without a comma goes whole into NM103.</summary>
    private static (string Last, string? First) SplitName(string name)
    {
        var comma = name.IndexOf(',');
        return comma < 0 ? (Clean(name), null) : (Clean(name[..comma]), Clean(name[(comma + 1)..]));
    }

    private static string Clean(string value) => value.Trim();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string ControlNumber(long value, int minDigits)
    {
        if (value is < 1 or > 999_999_999) throw new ArgumentOutOfRangeException(nameof(value), "X12 control numbers are 1 to 999999999.");
        return value.ToString(new string('0', minDigits), CultureInfo.InvariantCulture);
    }
}
