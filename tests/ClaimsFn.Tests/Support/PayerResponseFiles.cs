using System.Globalization;
using System.Text;
using ClaimsFn.Core.X12;

namespace ClaimsFn.Tests.Support;

/// <summary>
/// Writes the 999 and 277CA files a clearinghouse would send back for interchanges we sent, in the tests'
/// role of payer. Built with the same segment writer (counts computed), shaped per 005010X231A1 / 005010X214.
/// </summary>
public static class PayerResponseFiles
{
    private static readonly X12Delimiters D = X12Delimiters.Standard;

    /// <summary>A 999 for the interchange's group: each ST accepted, or rejected with an IK3/IK4 when in <paramref name="rejectSets"/>.</summary>
    public static string Ack999(X12Interchange sent, IReadOnlySet<string>? rejectSets = null, long controlNumber = 555)
    {
        var group = sent.Groups[0];
        return Envelope("FA", "005010X231A1", controlNumber, w =>
        {
            w.Segment("ST").Element("999").Element("0001").Element("005010X231A1").End();
            w.Segment("AK1").Element("HC").Element(group.ControlNumber).Element("005010X222A1").End();
            var accepted = 0;
            foreach (var set in group.TransactionSets)
            {
                w.Segment("AK2").Element("837").Element(set.ControlNumber).Element("005010X222A1").End();
                if (rejectSets?.Contains(set.ControlNumber) == true)
                {
                    w.Segment("IK3").Element("NM1").Element("19").Element("2010BA").Element("8").End();
                    w.Segment("IK4").Element("9").Element("67").Element("7").End();
                    w.Segment("IK5").Element("R").Element("5").End();
                }
                else
                {
                    accepted++;
                    w.Segment("IK5").Element("A").End();
                }
            }
            var count = group.TransactionSets.Count.ToString(CultureInfo.InvariantCulture);
            w.Segment("AK9").Element(accepted == group.TransactionSets.Count ? "A" : accepted == 0 ? "R" : "P").Element(count).Element(count).Element(accepted.ToString(CultureInfo.InvariantCulture)).End();
        });
    }

    /// <summary>A 277CA with one patient level per claim: A2 accepted (with a payer claim control number) or A7 rejected.</summary>
    public static string Ack277CA(IEnumerable<(string PatientControlNumber, bool Accepted)> claims, long controlNumber = 556)
    {
        return Envelope("HN", "005010X214", controlNumber, w =>
        {
            w.Segment("ST").Element("277").Element("0001").Element("005010X214").End();
            w.Segment("BHT").Element("0085").Element("08").Element("ACK").Element("20260912").Element("0930").Element("TH").End();
            w.Segment("HL").Element("1").Element("").Element("20").Element("1").End();
            w.Segment("NM1").Element("PR").Element("2").Element("DEMO PAYER").Skip(4).Element("PI").Element("DEMO").End();
            w.Segment("TRN").Element("1").Element("1").End();
            w.Segment("DTP").Element("050").Element("D8").Element("20260912").End();
            w.Segment("DTP").Element("009").Element("D8").Element("20260912").End();
            w.Segment("HL").Element("2").Element("1").Element("21").Element("1").End();
            w.Segment("NM1").Element("41").Element("2").Element("CLAIMSFN").Skip(4).Element("46").Element("CLAIMSFN").End();
            w.Segment("TRN").Element("2").Element("1").End();
            w.Segment("STC").Composite("A1", "19", "PR").Element("20260912").Element("WQ").Element("0").End();
            w.Segment("HL").Element("3").Element("2").Element("19").Element("1").End();
            w.Segment("NM1").Element("85").Element("2").Element("PROVIDER").Skip(4).Element("XX").Element("1234567893").End();
            var hl = 3;
            var n = 0;
            foreach (var (pcn, accepted) in claims)
            {
                n++;
                w.Segment("HL").Element((++hl).ToString(CultureInfo.InvariantCulture)).Element("3").Element("PT").End();
                w.Segment("NM1").Element("QC").Element("1").Element("PATIENT").End();
                w.Segment("TRN").Element("2").Element(pcn).End();
                if (accepted)
                {
                    w.Segment("STC").Composite("A2", "20", "PR").Element("20260912").Element("WQ").Element("100").End();
                    w.Segment("REF").Element("1K").Element($"ICN{n:0000}").End();
                }
                else
                {
                    w.Segment("STC").Composite("A7", "562", "85").Element("20260912").Element("U").Element("100").End();
                }
            }
        });
    }

    private static string Envelope(string functionalId, string version, long controlNumber, Action<X12SegmentWriter> body)
    {
        var text = new StringBuilder();
        var w = new X12SegmentWriter(text, D);
        var isa13 = controlNumber.ToString("D9", CultureInfo.InvariantCulture);
        w.Raw($"ISA*00*{new string(' ', 10)}*00*{new string(' ', 10)}*ZZ*{"CLEARINGHOUSE",-15}*ZZ*{"CLAIMSFN",-15}*260912*0930*^*00501*{isa13}*0*T*:");
        w.Segment("GS").Element(functionalId).Element("CLEARINGHOUSE").Element("CLAIMSFN").Element("20260912").Element("0930").Element(controlNumber.ToString(CultureInfo.InvariantCulture)).Element("X").Element(version).End();
        w.ResetCount();
        body(w);
        w.Segment("SE").Element((w.Count + 1).ToString(CultureInfo.InvariantCulture)).Element("0001").End();
        w.Segment("GE").Element("1").Element(controlNumber.ToString(CultureInfo.InvariantCulture)).End();
        w.Segment("IEA").Element("1").Element(isa13).End();
        return text.ToString();
    }
}
