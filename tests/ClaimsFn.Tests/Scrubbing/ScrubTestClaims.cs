using ClaimsFn.Core.Claims;
using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Hcpcs;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.Ncci;
using ClaimsFn.Core.Scrubbing.PayerRules;
using Xunit;

namespace ClaimsFn.Tests.Scrubbing;

/// <summary>
/// A claim that passes every edit (with the test fixtures loaded), contexts to check it in, and the
/// assertions every edit test makes. Today is fixed at <see cref="Today"/>.
/// </summary>
internal static class ScrubTestClaims
{
    public static readonly DateOnly Today = new(2026, 10, 15);

    public static CodeSetCatalog CodeSets { get; } = CodeSetCatalog.LoadStarterSubset();

    public static NcciEdits Ncci => NcciFixture.Value;

    public static HcpcsCodeSet Hcpcs => HcpcsFixture.Value;

    private static readonly Lazy<NcciEdits> NcciFixture = new(() => NcciFileLoader.LoadFolder(ScrubTestPaths.Fixture("ncci")));
    private static readonly Lazy<HcpcsCodeSet> HcpcsFixture = new(() => HcpcsCodeSet.Load(ScrubTestPaths.Fixture("hcpcs", "hcpcs-fixture.csv")));

    /// <summary>The name, member id and birth date of <see cref="Clean"/>'s patient: no message may contain them.</summary>
    public static readonly string[] PatientData = ["Quillon", "Verity", "1EG4TE5MK72", "1950-01-01", "01/01/1950"];

    /// <summary>An office visit for a 76-year-old woman, FY2026, Medicare demo payer: passes every edit.</summary>
    public static Encounter Clean() => new()
    {
        Source = "test-clinic",
        EncounterId = "E-1",
        DateOfService = new DateOnly(2026, 9, 2),
        PlaceOfService = "11",
        Payer = new Payer { Id = "MCR01", Name = "Medicare" },
        Subscriber = new Subscriber
        {
            MemberId = "1EG4TE5MK72",
            FirstName = "Verity",
            LastName = "Quillon",
            DateOfBirth = new DateOnly(1950, 1, 1),
            Sex = "F",
            Relationship = "self",
            Address = new Address { Line1 = "12 Elm St", City = "Springfield", State = "IL", PostalCode = "62702" },
        },
        BillingProvider = new Provider { Npi = "1234567893", TaxId = "741234567", Taxonomy = "207Q00000X", Name = "Clinic", Address = new Address { Line1 = "100 Main St", City = "Springfield", State = "IL", PostalCode = "627011234" } },
        RenderingProvider = new Provider { Npi = "1987654328", Taxonomy = "207Q00000X", Name = "Dr" },
        Diagnoses = ["E11.9", "I10"],
        ServiceLines = [new ServiceLine { Procedure = "99214", Units = 1, Charge = 165.00m, DiagnosisPointers = [1, 2] }],
        TotalCharge = 165.00m,
    };

    /// <summary>A clean claim with these service lines (pointing at diagnosis 1) and a matching total.</summary>
    public static Encounter WithLines(params ServiceLine[] lines) => Clean() with
    {
        ServiceLines = [.. lines.Select(l => l.DiagnosisPointers.Count == 0 ? l with { DiagnosisPointers = [1] } : l)],
        TotalCharge = lines.Sum(l => l.Charge),
    };

    public static ServiceLine Line(string procedure, decimal units = 1, params string[] modifiers) =>
        new() { Procedure = procedure, Units = units, Charge = 100m, Modifiers = modifiers, DiagnosisPointers = [1] };

    /// <summary>A patient other than the subscriber (relationship child), with these details.</summary>
    public static Encounter WithDependent(DateOnly? dateOfBirth, string sex = "F") => Clean() with
    {
        Subscriber = Clean().Subscriber with { Relationship = "child" },
        Patient = new Person { FirstName = "Ada", LastName = "Quillon", DateOfBirth = dateOfBirth, Sex = sex },
    };

    /// <summary>The context the scrubber would build, with the test fixtures loaded and <see cref="Today"/>.</summary>
    public static ScrubContext Context(Encounter encounter, PayerRule? payerRule = null, string frequency = ScrubContext.OriginalClaim, string? duplicateOf = null, DateOnly? today = null) =>
        new(encounter, CodeSets.ForDateOfService(encounter.DateOfService))
        {
            Ncci = Ncci,
            Hcpcs = Hcpcs,
            PayerRule = payerRule ?? PayerRuleBook.Embedded.For(encounter.Payer?.Id),
            Today = today ?? Today,
            ClaimFrequencyCode = frequency,
            PayerClaimControlNumber = string.IsNullOrWhiteSpace(encounter.PayerClaimControlNumber) ? null : encounter.PayerClaimControlNumber.Trim(),
            DuplicateOfClaimId = duplicateOf,
        };

    public static IReadOnlyList<ClaimIssue> Check(ClaimEdit edit, Encounter encounter) => [.. edit.Check(Context(encounter))];

    public static IReadOnlyList<ClaimIssue> Check(ClaimEdit edit, ScrubContext context) => [.. edit.Check(context)];

    /// <summary>The edit found nothing.</summary>
    public static void AssertClean(ClaimEdit edit, ScrubContext context) => Assert.Empty(Check(edit, context));

    public static void AssertClean(ClaimEdit edit, Encounter encounter) => AssertClean(edit, Context(encounter));

    /// <summary>The edit tripped, <paramref name="count"/> times, each finding carrying the edit's id, severity and a hint, and no patient data.</summary>
    public static IReadOnlyList<ClaimIssue> AssertTrips(ClaimEdit edit, ScrubContext context, int count = 1, string? location = null, string? messageContains = null)
    {
        var issues = Check(edit, context);
        Assert.Equal(count, issues.Count);
        foreach (var issue in issues)
        {
            Assert.Equal(edit.Id, issue.Code);
            Assert.Equal(edit.Severity, issue.Severity);
            Assert.False(string.IsNullOrWhiteSpace(issue.Message));
            Assert.False(string.IsNullOrWhiteSpace(issue.FixHint));
            foreach (var phi in PatientData) Assert.DoesNotContain(phi, issue.Message, StringComparison.OrdinalIgnoreCase);
        }
        if (location is not null) Assert.Equal(location, issues[0].Location);
        if (messageContains is not null) Assert.Contains(messageContains, issues[0].Message, StringComparison.Ordinal);
        return issues;
    }

    public static IReadOnlyList<ClaimIssue> AssertTrips(ClaimEdit edit, Encounter encounter, int count = 1, string? location = null, string? messageContains = null) =>
        AssertTrips(edit, Context(encounter), count, location, messageContains);
}
