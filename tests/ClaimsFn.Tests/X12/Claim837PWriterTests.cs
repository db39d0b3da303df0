using ClaimsFn.Core.Claims;
using ClaimsFn.Core.X12;
using ClaimsFn.Core.X12.Claim837P;
using ClaimsFn.Tests.Support;
using Xunit;

namespace ClaimsFn.Tests.X12;

/// <summary>
/// The 837P writer, checked by an independent parser: every interchange the writer produces here is parsed
/// by npm node-x12 in strict mode (envelope, SE/GE/IEA counts, control numbers), and the loop structure it
/// read is walked against the 005010X222A1 guide by <see cref="Claim837PStructure"/>.
/// </summary>
public sealed class Claim837PWriterTests
{
    private static readonly DateTimeOffset Created = new(2026, 9, 10, 14, 5, 0, TimeSpan.Zero);

    private static string Write(X12Options options, params Claim837PTransactionSet[] sets) =>
        new Claim837PWriter(options).Write(new Claim837PInterchange(123, 45, Created, sets));

    private static string Write(params Claim[] claims) => Write(new X12Options(), new Claim837PTransactionSet(6789, claims));

    private static async Task<(NodeX12.Interchange Interchange, Claim837PStructure Structure)> ParseSingleAsync(string x12)
    {
        var parsed = await NodeX12.ParseTextAsync(x12);
        Assert.True(parsed.Ok, parsed.Error);
        var interchange = Assert.Single(parsed.Interchanges);
        var set = Assert.Single(Assert.Single(interchange.Groups).Transactions);
        var structure = Claim837PStructure.Check(set, interchange.Header[16][0]);
        Assert.True(structure.Problems.Count == 0, string.Join(Environment.NewLine, structure.Problems));
        return (interchange, structure);
    }

    [Fact]
    public async Task SubscriberIsPatient_NoPatientLoop_SubscriberDemographics()
    {
        var claim = TestClaims.Clean();
        Assert.Empty(new Claim837PWriter(new X12Options()).Validate(claim));
        var x12 = Write(claim);
        var (interchange, structure) = await ParseSingleAsync(x12);

        Assert.Equal("123", interchange.Header[13]); // node-x12 reads ISA13 as a number
        Assert.Equal("T", interchange.Header[15]);
        var group = interchange.Groups[0];
        Assert.Equal(["GS", "HC", "CLAIMSFN", "CLEARINGHOUSE", "20260910", "1405", "45", "X", "005010X222A1"], group.Header.Values);
        Assert.Equal("6789", group.Transactions[0].Header[2]);
        var shape = Assert.Single(structure.Claims);
        Assert.False(shape.HasPatientLoop);
        Assert.Equal($"{claim.ClaimId}-v1", shape.PatientControlNumber);
        Assert.Equal("11:B:1", shape.Clm05);
        Assert.Equal(["ABK:E119", "ABF:I10"], shape.Diagnoses);
        Assert.Contains(group.Transactions[0].Segments, s => s.ToString() == "SBR*P*18*******MB"); // MCR01: Medicare Part B by the payer rules
        Assert.Contains(group.Transactions[0].Segments, s => s.ToString() == "SV1*HC:99214*165*UN*1***1:2");
    }

    [Fact]
    public async Task DependentPatient_WritesPatientLoop_WithRelationship()
    {
        var claim = TestClaims.From(TestClaims.Dependent());
        var (interchange, structure) = await ParseSingleAsync(Write(claim));
        var shape = Assert.Single(structure.Claims);
        Assert.True(shape.HasPatientLoop);
        Assert.Equal("19", shape.PatientRelationship);
        var segments = interchange.Groups[0].Transactions[0].Segments;
        Assert.Contains(segments, s => s.ToString() == "HL*2*1*22*1");
        Assert.Contains(segments, s => s.ToString() == "HL*3*2*23*0");
        Assert.Contains(segments, s => s.ToString() == "SBR*P********MB");
        Assert.Equal(1, segments.Count(s => s.Id == "DMG")); // only the patient's
    }

    [Fact]
    public async Task MultipleLines_PointersModifiers_AndTotalComputedFromLines()
    {
        // The stated total is wrong on purpose: CLM02 is Σ SV102, never the stated total.
        var claim = TestClaims.From(TestClaims.MultiLine() with { TotalCharge = 1m });
        var (interchange, structure) = await ParseSingleAsync(Write(claim));
        var shape = Assert.Single(structure.Claims);
        Assert.Equal(405.75m, shape.Clm02);
        Assert.Equal(["HC:99214:25", "HC:20610:RT:59", "HC:J1030"], shape.Lines.Select(l => l[1]));
        Assert.Equal(["2:3:4", "1", "1:2"], shape.Lines.Select(l => l[7]));
        Assert.Equal(["1", "1", "2"], shape.Lines.Select(l => l[4]));
        Assert.Equal(4, shape.Diagnoses.Count);
        Assert.True(shape.HasRenderingProvider);
        Assert.Equal(["G1"], shape.Refs);
        Assert.Contains(interchange.Groups[0].Transactions[0].Segments, s => s.ToString() == "NM1*82*1*Quinn*Avery****XX*1987654328");
    }

    [Fact]
    public async Task ReplacementClaim_Frequency7_WithPayerClaimControlNumber()
    {
        // A corrected version of a claim the payer accepted (its 277CA gave REF*1K): CLM05-3 = 7, REF*F8.
        var claim = TestClaims.From(TestEncounters.Clean("E-R"), version: 2, payerClaimControlNumber: "PAYER-ICN-0042");
        var (_, structure) = await ParseSingleAsync(Write(claim));
        var shape = Assert.Single(structure.Claims);
        Assert.Equal("11:B:7", shape.Clm05);
        Assert.Equal(["F8"], shape.Refs);
        Assert.EndsWith("-v2", shape.PatientControlNumber);

        // Stated by the practice: frequency 8 (void) with the number it names.
        var voided = TestClaims.From(TestEncounters.Clean("E-V") with { ClaimFrequency = "8", PayerClaimControlNumber = "ICN-9", PriorAuthorization = "AUTH1" });
        var (_, voidStructure) = await ParseSingleAsync(Write(voided));
        Assert.Equal("11:B:8", voidStructure.Claims[0].Clm05);
        Assert.Equal(["G1", "F8"], voidStructure.Claims[0].Refs);
    }

    [Fact]
    public void ReplacementWithoutPayerClaimControlNumber_IsRejectedByValidation()
    {
        var claim = TestClaims.From(TestEncounters.Clean() with { ClaimFrequency = "7" });
        // The REF*F8 element the guide requires for CLM05-3 = 7 is empty: a syntax error the writer still catches
        // (scrub holds the claim first: PCCN-REQUIRED-OR-FORBIDDEN, see Claim837PRulesHeldAtScrubTests).
        var issue = Assert.Single(new Claim837PWriter(new X12Options()).Validate(claim));
        Assert.Equal("X12-REQUIRED-MISSING", issue.Code);
        Assert.Equal("2300.REF*F8", issue.Location);
    }

    [Fact]
    public async Task ManyClaims_TwoBillingProviders_TwoTransactionSets_HlNumberedAndCountsComputed()
    {
        var other = TestEncounters.Clean("E-B2") with { BillingProvider = TestEncounters.Clean().BillingProvider with { Npi = "1003000126", TaxId = "111111111" } };
        Claim[] first = [TestClaims.Clean("E-1"), TestClaims.From(other), TestClaims.Clean("E-2"), TestClaims.From(TestClaims.Dependent("E-3"))];
        Claim[] second = [TestClaims.From(TestClaims.MultiLine("E-4"))];
        var x12 = Write(new X12Options(), new Claim837PTransactionSet(10, first), new Claim837PTransactionSet(11, second));
        var parsed = await NodeX12.ParseTextAsync(x12);
        Assert.True(parsed.Ok, parsed.Error);
        var group = Assert.Single(Assert.Single(parsed.Interchanges).Groups);
        Assert.Equal(2, group.Transactions.Count);
        Assert.Equal("2", group.Trailer[1]);
        var one = Claim837PStructure.Check(group.Transactions[0]);
        Assert.Empty(one.Problems);
        Assert.Equal(4, one.Claims.Count);
        // Grouped under their billing provider: E-1, E-2, E-3 under the first 2000A, then the other.
        Assert.Equal(2, group.Transactions[0].Segments.Count(s => s.Id == "HL" && s[3] == "20"));
        Assert.Empty(Claim837PStructure.Check(group.Transactions[1]).Problems);
    }

    [Fact]
    public async Task ConfiguredSeparators_AreUsed_AndReadBackFromTheIsa()
    {
        var options = new X12Options { Separators = "|>^\n" };
        var x12 = Write(options, new Claim837PTransactionSet(5, [TestClaims.From(TestClaims.MultiLine())]));
        Assert.Equal('|', x12[3]);
        Assert.Equal('>', x12[104]);
        Assert.Equal('\n', x12[105]);
        var (_, structure) = await ParseSingleAsync(x12);
        Assert.Equal("HC>99214>25", structure.Claims[0].Lines[0][1]);

        var mine = X12Reader.Parse(x12);
        Assert.True(mine.Success, string.Join("; ", mine.Issues));
        Assert.Equal('|', mine.Value!.Delimiters.Element);
    }

    [Fact]
    public void DelimiterInData_IsRejected_NotEscaped_AndTheMessageDoesNotQuoteIt()
    {
        var writer = new Claim837PWriter(new X12Options());
        var claim = TestClaims.From(TestEncounters.Clean() with { Subscriber = TestEncounters.Clean().Subscriber with { LastName = "O*Brien~" } });
        var issue = Assert.Single(writer.Validate(claim));
        Assert.Equal("X12-CHARACTER-NOT-ALLOWED", issue.Code);
        Assert.Equal("2010BA.NM103", issue.Location);
        Assert.DoesNotContain("Brien", issue.Message);
        Assert.Throws<InvalidOperationException>(() => writer.Write(new Claim837PInterchange(1, 1, Created, [new Claim837PTransactionSet(1, [claim])])));

        var accented = TestClaims.From(TestEncounters.Clean() with { Subscriber = TestEncounters.Clean().Subscriber with { FirstName = "Zoë" } });
        Assert.Equal("X12-CHARACTER-NOT-ALLOWED", Assert.Single(writer.Validate(accented)).Code);
    }

    [Fact]
    public void Validation_LocatesMissingSituationalData()
    {
        var writer = new Claim837PWriter(new X12Options());
        var noPatient = TestClaims.From(TestEncounters.Clean() with { Subscriber = TestEncounters.Clean().Subscriber with { Relationship = "spouse" } });
        Assert.Contains(writer.Validate(noPatient), i => i.Code == "X12-PATIENT-MISSING" && i.Location == "2000C");
        var noStreet = TestClaims.From(TestEncounters.Clean() with { BillingProvider = TestEncounters.Clean().BillingProvider with { Address = new() { Line1 = " ", City = "X", State = "IL", PostalCode = "627011234" } } });
        Assert.Contains(writer.Validate(noStreet), i => i.Code == "X12-REQUIRED-MISSING" && i.Location == "2010AA.N301");
        var noPointer = TestClaims.From(TestEncounters.Clean() with { ServiceLines = [TestEncounters.Clean().ServiceLines[0] with { DiagnosisPointers = [] }] });
        Assert.Contains(writer.Validate(noPointer), i => i.Code == "X12-POINTER-INVALID" && i.Location == "2400[1].SV107");
        var noDob = TestClaims.From(TestEncounters.Clean() with { Subscriber = TestEncounters.Clean().Subscriber with { DateOfBirth = null } });
        Assert.Contains(writer.Validate(noDob), i => i.Code == "X12-REQUIRED-MISSING" && i.Location == "2010BA.DMG02");
    }

    // What X12 syntax allows is the writer's; what a payer or the code sets allow is scrub's (docs/rules.md). These
    // claims are well-formed X12, so the writer passes them; Claim837PRulesHeldAtScrubTests shows scrub holds each.
    [Fact]
    public void Validation_ChecksSyntaxOnly_NotBusinessRules()
    {
        var writer = new Claim837PWriter(new X12Options());
        var zip5 = TestClaims.From(TestEncounters.Clean() with { BillingProvider = TestEncounters.Clean().BillingProvider with { Address = new() { Line1 = "1 A St", City = "X", State = "IL", PostalCode = "62701" } } });
        Assert.Empty(writer.Validate(zip5));
        var pointerPastHi = TestClaims.From(TestEncounters.Clean() with { ServiceLines = [TestEncounters.Clean().ServiceLines[0] with { DiagnosisPointers = [3] }] });
        Assert.Empty(writer.Validate(pointerPastHi));
        var badNpi = TestClaims.From(TestEncounters.Clean() with { BillingProvider = TestEncounters.Clean().BillingProvider with { Npi = "1234567890" } });
        Assert.Empty(writer.Validate(badNpi));
    }

    [Theory]
    [InlineData("2010AA.N402", "ILL")]
    [InlineData("2010AA.N403", "1234567890123456")]
    public void Validation_ElementLongerThanTheGuideAllows_IsTooLong(string location, string value)
    {
        var bp = TestEncounters.Clean().BillingProvider;
        var address = location.EndsWith("N402", StringComparison.Ordinal) ? bp.Address! with { State = value } : bp.Address! with { PostalCode = value };
        var issue = Assert.Single(new Claim837PWriter(new X12Options()).Validate(TestClaims.From(TestEncounters.Clean() with { BillingProvider = bp with { Address = address } })));
        Assert.Equal(("X12-TOO-LONG", location), (issue.Code, issue.Location));
    }

    [Fact]
    public async Task WrittenValues_AreTrimmedAndUpperCased_AsScrubReadsThem()
    {
        var e = TestEncounters.Clean();
        var claim = TestClaims.From(e with
        {
            PlaceOfService = " 11 ",
            Subscriber = e.Subscriber with { Sex = " f ", Address = e.Subscriber.Address! with { State = "il" } },
            BillingProvider = e.BillingProvider with { TaxId = " " + e.BillingProvider.TaxId + " " },
            ServiceLines = [e.ServiceLines[0] with { Modifiers = [" 25 "] }],
        });
        Assert.Empty(new Claim837PWriter(new X12Options()).Validate(claim));
        var x12 = Write(claim);
        Assert.Matches(@"~DMG\*D8\*\d{8}\*F~", x12);
        Assert.Matches(@"~N4\*Springfield\*IL\*\d{5}~", x12);
        Assert.Contains("~REF*EI*" + e.BillingProvider.TaxId + "~", x12, StringComparison.Ordinal);
        Assert.Contains("~SV1*HC:" + e.ServiceLines[0].Procedure + ":25*", x12, StringComparison.Ordinal);
        var (_, structure) = await ParseSingleAsync(x12);
        Assert.Equal("11:B:1", structure.Claims[0].Clm05);
    }

    [Fact]
    public void WriterOutput_RoundTripsThroughOurReader_SegmentForSegment()
    {
        var x12 = Write(new X12Options(), new Claim837PTransactionSet(1, [TestClaims.From(TestClaims.MultiLine()), TestClaims.From(TestClaims.Dependent())]));
        var parsed = X12Reader.Parse(x12);
        Assert.True(parsed.Success, string.Join("; ", parsed.Issues));
        var rewritten = string.Concat(new[] { parsed.Value!.Header }
            .Concat(parsed.Value.Groups.SelectMany(g => new[] { g.Header }.Concat(g.TransactionSets.SelectMany(t => t.Segments)).Append(g.Trailer)))
            .Append(parsed.Value.Trailer).Select(s => s + "~"));
        Assert.Equal(x12, rewritten);
    }

    [Fact]
    public async Task LineDates_AreWrittenAsTheLinesDtp472_ARangeAsRd8()
    {
        var encounter = TestClaims.MultiLine();
        var dos = encounter.DateOfService;
        encounter = encounter with
        {
            DateOfServiceEnd = dos.AddDays(3),
            ServiceLines =
            [
                encounter.ServiceLines[0],
                encounter.ServiceLines[1] with { ServiceDate = dos.AddDays(1) },
                encounter.ServiceLines[2] with { ServiceDate = dos.AddDays(2), ServiceDateEnd = dos.AddDays(3) },
            ],
        };
        var (interchange, _) = await ParseSingleAsync(Write(TestClaims.From(encounter)));
        var dtp472 = interchange.Groups[0].Transactions[0].Segments.Select(s => s.ToString()).Where(s => s.StartsWith("DTP*472*", StringComparison.Ordinal)).ToList();
        string D(DateOnly d) => d.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([$"DTP*472*D8*{D(dos)}", $"DTP*472*D8*{D(dos.AddDays(1))}", $"DTP*472*RD8*{D(dos.AddDays(2))}-{D(dos.AddDays(3))}"], dtp472);
    }
}
