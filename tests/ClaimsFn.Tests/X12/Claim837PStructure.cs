using System.Globalization;
using ClaimsFn.Tests.Support;

namespace ClaimsFn.Tests.X12;

/// <summary>
/// Walks one 837P transaction set as node-x12 read it and checks the 005010X222A1 loop structure the writer
/// promises: header loops, 2000A/2010AA, 2000B/2010BA/2010BB, 2000C/2010CA when the patient is not the
/// subscriber, 2300 (CLM, REF order, HI), 2310B, 2400 (LX/SV1/DTP*472); HL numbering and parents; CLM02 =
/// Σ SV102; pointers inside HI. Returns what it found, per claim, and every problem as text.
/// </summary>
public sealed class Claim837PStructure
{
    private readonly IReadOnlyList<NodeX12.Segment> s;
    private int i;

    private readonly char component;

    private Claim837PStructure(IReadOnlyList<NodeX12.Segment> segments, char component) => (s, this.component) = (segments, component);

    public List<string> Problems { get; } = [];

    public List<ClaimShape> Claims { get; } = [];

    public sealed record ClaimShape(string PatientControlNumber, bool HasPatientLoop, string? PatientRelationship, string Clm05, IReadOnlyList<string> Refs,
        IReadOnlyList<string> Diagnoses, bool HasRenderingProvider, IReadOnlyList<NodeX12.Segment> Lines, decimal Clm02);

    /// <param name="component">The component separator (ISA16).</param>
    public static Claim837PStructure Check(NodeX12.Transaction transaction, char component = ':')
    {
        var c = new Claim837PStructure(transaction.Segments, component);
        if (transaction.Header[1] != "837" || transaction.Header[3] != "005010X222A1") c.Problems.Add("ST is not an 005010X222A1 837.");
        c.Walk();
        return c;
    }

    private NodeX12.Segment? Peek => i < s.Count ? s[i] : null;

    private bool At(string id, string? e1 = null) => Peek is { } p && p.Id == id && (e1 is null || p[1] == e1);

    private NodeX12.Segment? Expect(string id, string? e1 = null, string? where = null)
    {
        if (At(id, e1)) return s[i++];
        Problems.Add($"{where ?? "?"}: expected {id}{(e1 is null ? "" : "*" + e1)} at body segment {i + 1}, found {(Peek is null ? "end" : Peek.Id + "*" + Peek[1])}.");
        return null;
    }

    private void Walk()
    {
        Expect("BHT", "0019", "header");
        Expect("NM1", "41", "1000A");
        Expect("PER", "IC", "1000A");
        Expect("NM1", "40", "1000B");
        var hl = 0;
        var billingHl = 0;
        while (Peek is not null)
        {
            var h = Expect("HL", null, "2000");
            if (h is null) return;
            hl++;
            if (h[1] != hl.ToString(CultureInfo.InvariantCulture)) Problems.Add($"HL01 {h[1]} should be {hl}.");
            switch (h[3])
            {
                case "20":
                    billingHl = hl;
                    if (h[2] != "") Problems.Add("2000A HL02 must be empty.");
                    if (h[4] != "1") Problems.Add("2000A HL04 must be 1.");
                    if (At("PRV", "BI")) i++;
                    Expect("NM1", "85", "2010AA");
                    Expect("N3", null, "2010AA");
                    var n4 = Expect("N4", null, "2010AA");
                    if (n4 is not null && n4[3].Length != 9) Problems.Add("2010AA N403 must be nine digits.");
                    Expect("REF", "EI", "2010AA");
                    break;
                case "22":
                    if (h[2] != billingHl.ToString(CultureInfo.InvariantCulture)) Problems.Add("2000B HL02 must point at its 2000A.");
                    var subscriberHl = hl;
                    var sbr = Expect("SBR", null, "2000B");
                    Expect("NM1", "IL", "2010BA");
                    var self = sbr?[2] == "18";
                    if (self)
                    {
                        Expect("N3", null, "2010BA (subscriber is patient)");
                        Expect("N4", null, "2010BA (subscriber is patient)");
                        Expect("DMG", "D8", "2010BA (subscriber is patient)");
                    }
                    else if (At("DMG")) Problems.Add("2010BA DMG is sent only when the subscriber is the patient.");
                    Expect("NM1", "PR", "2010BB");
                    string? relationship = null;
                    if (h[4] == "1")
                    {
                        if (self) Problems.Add("SBR02 must be empty when a 2000C patient loop follows.");
                        var p = Expect("HL", null, "2000C");
                        hl++;
                        if (p is not null && (p[1] != hl.ToString(CultureInfo.InvariantCulture) || p[2] != subscriberHl.ToString(CultureInfo.InvariantCulture) || p[3] != "23" || p[4] != "0"))
                            Problems.Add("2000C HL must be numbered next, point at its 2000B, level 23, no children.");
                        relationship = Expect("PAT", null, "2000C")?[1];
                        Expect("NM1", "QC", "2010CA");
                        Expect("N3", null, "2010CA");
                        Expect("N4", null, "2010CA");
                        Expect("DMG", "D8", "2010CA");
                    }
                    else if (!self) Problems.Add("A subscriber who is not the patient needs HL04 = 1 and a 2000C loop.");
                    ReadClaim(h[4] == "1", relationship);
                    break;
                default:
                    Problems.Add($"Unexpected HL03 {h[3]}.");
                    return;
            }
        }
    }

    private void ReadClaim(bool patientLoop, string? relationship)
    {
        var clm = Expect("CLM", null, "2300");
        if (clm is null) return;
        var refs = new List<string>();
        while (At("REF")) refs.Add(s[i++][1]);
        var expectedOrder = refs.OrderBy(r => r switch { "G1" => 0, "F8" => 1, _ => 2 }).ToList();
        if (!refs.SequenceEqual(expectedOrder)) Problems.Add("2300 REF segments are out of guide order (G1 before F8).");
        var hi = Expect("HI", null, "2300");
        var diagnoses = hi is null ? [] : hi.Values.Skip(1).ToList();
        if (diagnoses.Count == 0 || !diagnoses[0].StartsWith("ABK" + component, StringComparison.Ordinal) || diagnoses.Skip(1).Any(d => !d.StartsWith("ABF" + component, StringComparison.Ordinal)))
            Problems.Add("HI must start with ABK and continue with ABF.");
        var rendering = false;
        if (At("NM1", "82"))
        {
            rendering = true;
            i++;
            if (At("PRV", "PE")) i++;
        }
        var lines = new List<NodeX12.Segment>();
        var lx = 0;
        while (At("LX"))
        {
            lx++;
            if (s[i][1] != lx.ToString(CultureInfo.InvariantCulture)) Problems.Add($"LX01 must count lines from 1 (found {s[i][1]}).");
            i++;
            var sv1 = Expect("SV1", null, "2400");
            if (sv1 is not null)
            {
                lines.Add(sv1);
                if (!sv1[1].StartsWith("HC" + component, StringComparison.Ordinal) || sv1[3] != "UN") Problems.Add("SV1 must be HC:code and UN units.");
                foreach (var p in sv1[7].Split(component))
                    if (!int.TryParse(p, out var n) || n < 1 || n > diagnoses.Count) Problems.Add($"SV107 pointer {p} is outside HI.");
            }
            Expect("DTP", "472", "2400");
        }
        if (lx == 0) Problems.Add("A claim needs at least one 2400 loop.");
        var sum = lines.Sum(l => decimal.Parse(l[2], CultureInfo.InvariantCulture));
        var clm02 = decimal.Parse(clm[2], CultureInfo.InvariantCulture);
        if (sum != clm02) Problems.Add($"CLM02 {clm02} is not the sum of SV102 {sum}.");
        Claims.Add(new ClaimShape(clm[1], patientLoop, relationship, clm[5], refs, diagnoses, rendering, lines, clm02));
    }
}
