using System.Globalization;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Primitives;

namespace ClaimsFn.Core.X12.Remittance835;

/// <summary>
/// Reads 835 health care claim payment/advice transaction sets (005010X221A1) into <see cref="Remittance"/>s, one
/// per ST/SE. The header gives the payment (BPR), its trace (TRN), the payer (N1*PR, REF*2U) and payee (N1*PE);
/// each CLP opens a claim payment (loop 2100) with its CAS, MOA/MIA remark codes and DTM dates; each SVC opens a
/// service line (loop 2110) with its DTM, CAS, REF*6R, AMT*B6 and LQ*HE; PLB closes the set with provider
/// adjustments. Patient names (NM1*QC and friends) are skipped, never kept.
/// <para>Errors (the set cannot be posted): no BPR or TRN, an amount or code that does not parse, a CAS group
/// other than CO/OA/PI/PR, a CAS or SVC outside a claim. Warnings (the set is read): an SVC without a procedure
/// code, a BPR16 that is not a date, a remark code that is not one. Balancing is not the reader's job: <see cref="RemittanceBalancing"/> checks it before posting.
/// Issues locate the segment and element and never quote element data.</para>
/// </summary>
public static class Remittance835Reader
{
    /// <summary>The 835 guide version (ST03/GS08).</summary>
    public const string Guide = "005010X221A1";

    /// <summary>Reads every 835 transaction set of an interchange text.</summary>
    public static IReadOnlyList<X12ParseResult<Remittance>> Read(string text)
    {
        var envelope = X12Reader.Parse(text);
        return envelope.Value is null ? [X12ParseResult<Remittance>.Failed([.. envelope.Issues])] : Read(envelope.Value);
    }

    public static IReadOnlyList<X12ParseResult<Remittance>> Read(X12Interchange interchange)
    {
        var results = new List<X12ParseResult<Remittance>>();
        foreach (var group in interchange.Groups)
            foreach (var set in group.TransactionSets)
                results.Add(IsRemittance(group, set) ? ReadTransactionSet(set)
                    : X12ParseResult<Remittance>.Failed(new X12Issue("835-NOT-REMITTANCE", $"Transaction set {set.TransactionSetId} is not an 835 ({Guide}).", set.Header.Position, "ST", 1)));
        if (results.Count == 0) results.Add(X12ParseResult<Remittance>.Failed(new X12Issue("835-EMPTY", "The interchange holds no transaction set.")));
        return results;
    }

    /// <summary>True for an 835 of the 005010X221 guide (A1 errata or the base).</summary>
    public static bool IsRemittance(X12FunctionalGroup group, X12TransactionSet set) =>
        set.TransactionSetId == "835" && (set.ImplementationVersion.StartsWith("005010X221", StringComparison.Ordinal)
            || (set.ImplementationVersion.Length == 0 && group.Version.StartsWith("005010X221", StringComparison.Ordinal)));

    public static X12ParseResult<Remittance> ReadTransactionSet(X12TransactionSet set)
    {
        var errors = new List<X12Issue>();
        var warnings = new List<X12Issue>();
        var remittance = new Remittance { ControlNumber = set.ControlNumber };
        var claims = new List<ClaimPayment>();
        var plb = new List<ProviderAdjustment>();
        ClaimBuilder? claim = null;
        LineBuilder? line = null;
        string? party = null; // the N1 loop we are in: PR payer, PE payee
        bool sawBpr = false, sawTrn = false;

        foreach (var s in set.Body)
        {
            switch (s.Id)
            {
                case "BPR":
                    sawBpr = true;
                    remittance = remittance with
                    {
                        HandlingCode = s[1],
                        TotalPayment = Amount(s, 2, errors) ?? 0m,
                        CreditDebit = s[3].IsEmpty ? "C" : s[3],
                        PaymentMethod = s[4],
                        // A wrong BPR16 does not change what to post: a warning, and no payment date.
                        PaymentDate = Date(s, 16, warnings, required: false),
                    };
                    break;
                case "TRN":
                    sawTrn = true;
                    if (s[2].IsEmpty) errors.Add(Issue("835-REQUIRED", "TRN02 (the check or EFT trace number) is required.", s, 2));
                    if (s[3].IsEmpty) errors.Add(Issue("835-REQUIRED", "TRN03 (the payer identifier) is required.", s, 3));
                    remittance = remittance with { TraceNumber = s[2], PayerIdentifier = s[3] };
                    break;
                case "N1":
                    party = s[1];
                    if (party == "PR") remittance = remittance with { PayerName = Blank(s[2]), PayerId = s[3].Value == "XV" ? Blank(s[4]) : remittance.PayerId };
                    else if (party == "PE") remittance = remittance with { PayeeId = Blank(s[4]) };
                    break;
                case "REF" when claim is null && party == "PR" && s[1].Value == "2U":
                    remittance = remittance with { PayerId = Blank(s[2]) ?? remittance.PayerId };
                    break;
                case "LX":
                    Flush();
                    party = null;
                    break;
                case "CLP":
                    Flush();
                    party = null;
                    claim = ReadClp(s, errors);
                    break;
                case "CAS":
                    if (claim is null) { errors.Add(Issue("835-STRUCTURE", "CAS outside a claim payment (loop 2100).", s)); break; }
                    (line?.Adjustments ?? claim.Adjustments).AddRange(ReadCas(s, errors));
                    break;
                case "MOA" when claim is not null && line is null:
                    claim.Remarks.AddRange(Remarks(s, [3, 4, 5, 6, 7], warnings));
                    break;
                case "MIA" when claim is not null && line is null:
                    claim.Remarks.AddRange(Remarks(s, [5, 20, 21, 22, 23, 24], warnings));
                    break;
                case "DTM" when line is not null:
                    if (s[1].Value is "472" or "150") line.ServiceDate ??= Date(s, 2, errors, required: true);
                    break;
                case "DTM" when claim is not null:
                    if (s[1].Value == "232") claim.ServiceFrom = Date(s, 2, errors, required: true);
                    else if (s[1].Value == "233") claim.ServiceTo = Date(s, 2, errors, required: true);
                    break;
                case "SVC":
                    if (claim is null) { errors.Add(Issue("835-STRUCTURE", "SVC outside a claim payment (loop 2100).", s)); break; }
                    FlushLine();
                    line = ReadSvc(s, errors, warnings);
                    break;
                case "REF" when line is not null && s[1].Value == "6R":
                    line.LineControlNumber = Blank(s[2]);
                    break;
                case "AMT" when line is not null && s[1].Value == "B6":
                    line.Allowed = Amount(s, 2, errors);
                    break;
                case "LQ" when line is not null && s[1].Value == "HE":
                    if (RarcCode.TryParse(s[2], out var remark)) line.Remarks.Add(remark);
                    else warnings.Add(Issue("835-RARC", "LQ02 is not a remark code.", s, 2));
                    break;
                case "PLB":
                    Flush();
                    plb.AddRange(ReadPlb(s, errors));
                    break;
            }
        }
        Flush();
        if (!sawBpr) errors.Add(new X12Issue("835-REQUIRED", "The 835 has no BPR (financial information) segment.", set.Header.Position, "ST"));
        if (!sawTrn) errors.Add(new X12Issue("835-REQUIRED", "The 835 has no TRN (reassociation trace number) segment.", set.Header.Position, "ST"));
        if (errors.Count > 0) return X12ParseResult<Remittance>.Failed([.. errors, .. warnings]);
        return X12ParseResult<Remittance>.Ok(remittance with { Claims = claims, ProviderAdjustments = plb, PayerId = remittance.PayerId ?? Blank(remittance.PayerIdentifier) }, warnings);

        void FlushLine()
        {
            if (line is null || claim is null) return;
            claim.Services.Add(line.Build());
            line = null;
        }

        void Flush()
        {
            FlushLine();
            if (claim is not null) claims.Add(claim.Build());
            claim = null;
        }
    }

    private static ClaimBuilder ReadClp(X12Segment s, List<X12Issue> errors)
    {
        if (s[1].IsEmpty) errors.Add(Issue("835-REQUIRED", "CLP01 (the patient control number) is required.", s, 1));
        var status = default(ClaimStatusCode);
        if (!int.TryParse(s[2], NumberStyles.None, CultureInfo.InvariantCulture, out var code) || !Enum.IsDefined((ClaimStatusCode)code))
            errors.Add(Issue("835-CODE", "CLP02 is not a claim status code this reader knows (1, 2, 3, 4, 19–23, 25).", s, 2));
        else status = (ClaimStatusCode)code;
        return new ClaimBuilder
        {
            PatientControlNumber = s[1],
            Status = status,
            Charge = Amount(s, 3, errors) ?? 0m,
            Paid = Amount(s, 4, errors) ?? 0m,
            PatientResponsibility = s[5].IsEmpty ? 0m : Amount(s, 5, errors) ?? 0m,
            FilingIndicator = Blank(s[6]),
            PayerClaimControlNumber = Blank(s[7]),
            Frequency = Blank(s[9]),
        };
    }

    /// <summary>CAS01 group, then up to six (reason, amount, quantity) triples: CAS02–04, 05–07, … 17–19.</summary>
    private static IEnumerable<Adjustment> ReadCas(X12Segment s, List<X12Issue> errors)
    {
        if (!Enum.TryParse<AdjustmentGroup>(s[1], out var group) || !Enum.IsDefined(group) || s[1].Value.Length != 2)
        {
            errors.Add(Issue("835-CODE", "CAS01 must be CO, OA, PI or PR.", s, 1));
            yield break;
        }
        for (var at = 2; at <= 17; at += 3)
        {
            if (s[at].IsEmpty)
            {
                if (at == 2) errors.Add(Issue("835-REQUIRED", "CAS02 (the first adjustment reason) is required.", s, 2));
                continue;
            }
            if (!CarcCode.TryParse(s[at], out var reason)) { errors.Add(Issue("835-CODE", "The adjustment reason is not a CARC.", s, at)); continue; }
            var amount = Amount(s, at + 1, errors);
            if (amount is null) continue;
            decimal? quantity = s[at + 2].IsEmpty ? null : Amount(s, at + 2, errors);
            yield return new Adjustment(group, reason, amount.Value, quantity);
        }
    }

    private static LineBuilder ReadSvc(X12Segment s, List<X12Issue> errors, List<X12Issue> warnings)
    {
        var composite = s[1];
        var procedure = composite.Component(2);
        if (procedure.Length == 0) warnings.Add(Issue("835-SVC01", "SVC01 has no procedure code (SVC01-2); the line is kept with its amounts.", s, 1));
        var modifiers = new List<string>();
        for (var c = 3; c <= 6; c++) if (composite.Component(c) is { Length: > 0 } m) modifiers.Add(m);
        var submitted = s[6];
        return new LineBuilder
        {
            Qualifier = composite.Component(1),
            Procedure = procedure,
            Modifiers = modifiers,
            Charge = Amount(s, 2, errors) ?? 0m,
            Paid = Amount(s, 3, errors) ?? 0m,
            Units = s[5].IsEmpty ? 1m : Amount(s, 5, errors) ?? 1m,
            SubmittedProcedure = submitted.IsEmpty ? null : Blank(submitted.Component(2)),
        };
    }

    /// <summary>PLB01 provider, PLB02 fiscal period date, then up to six (reason:reference, amount) pairs: PLB03/04 … PLB13/14.</summary>
    private static IEnumerable<ProviderAdjustment> ReadPlb(X12Segment s, List<X12Issue> errors)
    {
        var date = Date(s, 2, errors, required: false);
        for (var at = 3; at <= 13; at += 2)
        {
            if (s[at].IsEmpty) continue;
            var amount = Amount(s, at + 1, errors);
            if (amount is null) continue;
            yield return new ProviderAdjustment(s[1], date, s[at].Component(1), Blank(s[at].Component(2)), amount.Value);
        }
    }

    private static IEnumerable<RarcCode> Remarks(X12Segment s, int[] positions, List<X12Issue> warnings)
    {
        foreach (var p in positions)
        {
            if (s[p].IsEmpty) continue;
            if (RarcCode.TryParse(s[p], out var remark)) yield return remark;
            else warnings.Add(Issue("835-RARC", "Not a remark code.", s, p));
        }
    }

    /// <summary>An X12 R (decimal) value: optional minus, digits, optional decimal point; no exponent or grouping.</summary>
    private static decimal? Amount(X12Segment s, int position, List<X12Issue> errors)
    {
        var text = s[position].Value;
        if (text.Length > 0 && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return amount;
        errors.Add(Issue(text.Length == 0 ? "835-REQUIRED" : "835-AMOUNT", text.Length == 0 ? "An amount is required here." : "Not a decimal amount.", s, position));
        return null;
    }

    private static DateOnly? Date(X12Segment s, int position, List<X12Issue> errors, bool required)
    {
        var text = s[position].Value;
        if (text.Length == 0)
        {
            if (required) errors.Add(Issue("835-REQUIRED", "A date is required here.", s, position));
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(Issue("835-DATE", "Not a CCYYMMDD date.", s, position));
        return null;
    }

    private static X12Issue Issue(string code, string message, X12Segment s, int? element = null) => new(code, message, s.Position, s.Id, element);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed class ClaimBuilder
    {
        public string PatientControlNumber { get; init; } = "";
        public ClaimStatusCode Status { get; init; }
        public decimal Charge { get; init; }
        public decimal Paid { get; init; }
        public decimal PatientResponsibility { get; init; }
        public string? FilingIndicator { get; init; }
        public string? PayerClaimControlNumber { get; init; }
        public string? Frequency { get; init; }
        public DateOnly? ServiceFrom { get; set; }
        public DateOnly? ServiceTo { get; set; }
        public List<Adjustment> Adjustments { get; } = [];
        public List<RarcCode> Remarks { get; } = [];
        public List<ServicePayment> Services { get; } = [];

        public ClaimPayment Build() => new()
        {
            PatientControlNumber = PatientControlNumber, Status = Status, Charge = Charge, Paid = Paid, PatientResponsibility = PatientResponsibility,
            FilingIndicator = FilingIndicator, PayerClaimControlNumber = PayerClaimControlNumber, Frequency = Frequency, ServiceFrom = ServiceFrom, ServiceTo = ServiceTo,
            Adjustments = [.. Adjustments], Remarks = [.. Remarks.Distinct()], Services = [.. Services],
        };
    }

    private sealed class LineBuilder
    {
        public string Qualifier { get; init; } = "";
        public string Procedure { get; init; } = "";
        public IReadOnlyList<string> Modifiers { get; init; } = [];
        public decimal Charge { get; init; }
        public decimal Paid { get; init; }
        public decimal Units { get; init; } = 1;
        public string? SubmittedProcedure { get; init; }
        public DateOnly? ServiceDate { get; set; }
        public string? LineControlNumber { get; set; }
        public decimal? Allowed { get; set; }
        public List<Adjustment> Adjustments { get; } = [];
        public List<RarcCode> Remarks { get; } = [];

        public ServicePayment Build() => new()
        {
            Qualifier = Qualifier, Procedure = Procedure, Modifiers = Modifiers, Charge = Charge, Paid = Paid, Units = Units, SubmittedProcedure = SubmittedProcedure,
            ServiceDate = ServiceDate, LineControlNumber = LineControlNumber, Allowed = Allowed, Adjustments = [.. Adjustments], Remarks = [.. Remarks.Distinct()],
        };
    }
}
