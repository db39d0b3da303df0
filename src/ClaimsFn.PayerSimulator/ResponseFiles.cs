using System.Globalization;
using System.Text;
using ClaimsFn.Core.Claims;
using ClaimsFn.Core.X12;

namespace ClaimsFn.PayerSimulator;

/// <summary>
/// Writes the simulated payer's files with ClaimsFn's X12 segment writer (counts computed): a 999 that accepts
/// every 837 transaction set (005010X231A1), a 277CA that accepts every claim with its payer claim number
/// (005010X214), and 835s (005010X221A1) built from <see cref="ClaimPayment"/>s.
/// </summary>
public static class ResponseFiles
{
    private static readonly X12Delimiters D = X12Delimiters.Standard;
    private const string Sender = "SIMPAYER";
    private const string Receiver = "CLAIMSFN";

    public static string Ack999(X12Interchange sent, long controlNumber, DateTimeOffset at)
    {
        var group = sent.Groups[0];
        return Envelope("FA", "005010X231A1", controlNumber, at, w =>
        {
            w.Segment("ST").Element("999").Element("0001").Element("005010X231A1").End();
            w.Segment("AK1").Element("HC").Element(group.ControlNumber).Element(group.Version).End();
            foreach (var set in group.TransactionSets)
            {
                w.Segment("AK2").Element("837").Element(set.ControlNumber).Element(set.ImplementationVersion).End();
                w.Segment("IK5").Element("A").End();
            }
            var count = group.TransactionSets.Count.ToString(CultureInfo.InvariantCulture);
            w.Segment("AK9").Element("A").Element(count).Element(count).Element(count).End();
        });
    }

    public static string Ack277CA(IEnumerable<SubmittedClaim> claims, long controlNumber, DateTimeOffset at)
    {
        var day = at.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return Envelope("HN", "005010X214", controlNumber, at, w =>
        {
            w.Segment("ST").Element("277").Element("0001").Element("005010X214").End();
            w.Segment("BHT").Element("0085").Element("08").Element("SIM" + controlNumber.ToString(CultureInfo.InvariantCulture)).Element(day).Element(at.ToString("HHmm", CultureInfo.InvariantCulture)).Element("TH").End();
            w.Segment("HL").Element("1").Element("").Element("20").Element("1").End();
            w.Segment("NM1").Element("PR").Element("2").Element("SIMULATED PAYER").Skip(4).Element("PI").Element("SIM").End();
            w.Segment("TRN").Element("1").Element(controlNumber.ToString(CultureInfo.InvariantCulture)).End();
            w.Segment("DTP").Element("050").Element("D8").Element(day).End();
            w.Segment("DTP").Element("009").Element("D8").Element(day).End();
            w.Segment("HL").Element("2").Element("1").Element("21").Element("1").End();
            w.Segment("NM1").Element("41").Element("2").Element(Receiver).Skip(4).Element("46").Element(Receiver).End();
            w.Segment("TRN").Element("2").Element(controlNumber.ToString(CultureInfo.InvariantCulture)).End();
            w.Segment("STC").Composite("A1", "19", "PR").Element(day).Element("WQ").Element("0").End();
            w.Segment("HL").Element("3").Element("2").Element("19").Element("1").End();
            w.Segment("NM1").Element("85").Element("2").Element("BILLING PROVIDER").End();
            var hl = 3;
            foreach (var claim in claims)
            {
                w.Segment("HL").Element((++hl).ToString(CultureInfo.InvariantCulture)).Element("3").Element("PT").End();
                w.Segment("NM1").Element("QC").Element("1").Element("PATIENT").End();
                w.Segment("TRN").Element("2").Element(claim.PatientControlNumber).End();
                w.Segment("STC").Composite("A2", "20", "PR").Element(day).Element("WQ").Element(claim.TotalCharge).End();
                w.Segment("REF").Element("1K").Element(Adjudicator.PayerClaimNumber(claim.PatientControlNumber)).End();
            }
        });
    }

    /// <summary>One 835 transaction set paying (or denying, or reversing) <paramref name="payments"/> in one payment.</summary>
    public static string Remittance(PayerPlan plan, string traceNumber, IReadOnlyList<ClaimPayment> payments, long controlNumber, DateTimeOffset at)
    {
        var day = at.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var total = payments.Sum(p => p.Paid);
        // A payment cannot be negative: money taken back beyond what is paid is carried as a forwarding balance (PLB FB).
        var carried = Math.Min(total, 0m);
        total -= carried;
        return Envelope("HP", "005010X221A1", controlNumber, at, w =>
        {
            w.Segment("ST").Element("835").Element("0001").Element("005010X221A1").End();
            if (total > 0)
                w.Segment("BPR").Element("C").Element(total).Element("C").Element("ACH").Element("CCP").Element("01").Element("999999992").Element("DA").Element("123456")
                    .Element("1999999999").Element("").Element("01").Element("888888881").Element("DA").Element("654321").Element(day).End();
            else
                w.Segment("BPR").Element("H").Element(total).Element("C").Element("NON").Skip(11).Element(day).End();
            w.Segment("TRN").Element("1").Element(traceNumber).Element(plan.Identifier).End();
            w.Segment("DTM").Element("405").Element(day).End();
            w.Segment("N1").Element("PR").Element(plan.Name).Element("XV").Element(plan.PayerId).End();
            w.Segment("N3").Element("1 SIMULATION WAY").End();
            w.Segment("N4").Element("NOWHERE").Element("IL").Element("62701").End();
            w.Segment("N1").Element("PE").Element("BILLING PROVIDER").Element("XX").Element("1234567893").End();
            w.Segment("LX").Element("1").End();
            foreach (var p in payments)
            {
                w.Segment("CLP").Element(p.PatientControlNumber).Element(((int)p.Status).ToString(CultureInfo.InvariantCulture)).Element(p.Charge).Element(p.Paid)
                    .Element(p.PatientResponsibility == 0 ? null : X12SegmentWriter.FormatDecimal(p.PatientResponsibility)).Element(p.FilingIndicator).Element(p.PayerClaimControlNumber)
                    .Element("11").Element(p.Frequency).End();
                Cas(w, p.Adjustments);
                w.Segment("NM1").Element("QC").Element("1").Element("PATIENT").End();
                if (p.Remarks.Count > 0)
                {
                    w.Segment("MOA").Skip(2);
                    foreach (var r in p.Remarks.Take(5)) w.Element(r.ToString());
                    w.End();
                }
                foreach (var s in p.Services)
                {
                    w.Segment("SVC").Composite(["HC", s.Procedure, .. s.Modifiers]).Element(s.Charge).Element(s.Paid).Element("").Element(s.Units).End();
                    if (s.ServiceDate is { } d) w.Segment("DTM").Element("472").Element(d.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).End();
                    Cas(w, s.Adjustments);
                    if (s.LineControlNumber is { } lc) w.Segment("REF").Element("6R").Element(lc).End();
                    if (s.Allowed is { } allowed && p.Status != ClaimStatusCode.Reversal) w.Segment("AMT").Element("B6").Element(allowed).End();
                    foreach (var r in s.Remarks) w.Segment("LQ").Element("HE").Element(r.ToString()).End();
                }
            }
            if (carried != 0)
                w.Segment("PLB").Element("1234567893").Element($"{at.Year}1231").Composite("FB", traceNumber).Element(carried).End();
        });
    }

    /// <summary>CAS segments: one per group, up to six reasons each, as the guide asks.</summary>
    private static void Cas(X12SegmentWriter w, IReadOnlyList<Adjustment> adjustments)
    {
        foreach (var group in adjustments.GroupBy(a => a.Group))
        {
            foreach (var chunk in group.Chunk(6))
            {
                w.Segment("CAS").Element(group.Key.ToString());
                foreach (var a in chunk) w.Element(a.Reason.ToString()).Element(a.Amount).Element(a.Quantity is { } q ? X12SegmentWriter.FormatDecimal(q) : null);
                w.End();
            }
        }
    }

    private static string Envelope(string functionalId, string version, long controlNumber, DateTimeOffset at, Action<X12SegmentWriter> body)
    {
        var text = new StringBuilder();
        var w = new X12SegmentWriter(text, D, "\n");
        var isa13 = (controlNumber % 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);
        w.Raw($"ISA*00*{new string(' ', 10)}*00*{new string(' ', 10)}*ZZ*{Sender,-15}*ZZ*{Receiver,-15}*{at:yyMMdd}*{at:HHmm}*^*00501*{isa13}*0*T*:");
        var gs06 = (controlNumber % 1_000_000_000).ToString(CultureInfo.InvariantCulture);
        w.Segment("GS").Element(functionalId).Element(Sender).Element(Receiver).Element(at.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).Element(at.ToString("HHmm", CultureInfo.InvariantCulture)).Element(gs06).Element("X").Element(version).End();
        w.ResetCount();
        body(w);
        w.Segment("SE").Element((w.Count + 1).ToString(CultureInfo.InvariantCulture)).Element("0001").End();
        w.Segment("GE").Element("1").Element(gs06).End();
        w.Segment("IEA").Element("1").Element(isa13).End();
        return text.ToString();
    }
}
