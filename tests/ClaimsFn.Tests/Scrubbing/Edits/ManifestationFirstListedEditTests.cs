using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Encounters;
using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class ManifestationFirstListedEditTests
{
    private readonly ManifestationFirstListedEdit edit = new();

    // Titles as in the FY2026 order file.
    private static readonly IcdCodeSet CodeSet = new(2026,
    [
        new IcdEntry("E11", false, "Type 2 diabetes mellitus"),
        new IcdEntry("E1142", true, "Type 2 diabetes mellitus with diabetic polyneuropathy"),
        new IcdEntry("G63", true, "Polyneuropathy in diseases classified elsewhere"),
        new IcdEntry("M14", false, "Arthropathies in other diseases classified elsewhere"),
        new IcdEntry("M146", false, "Charcot's joint"),
        new IcdEntry("M1461", false, "Charcot's joint, shoulder"),
        new IcdEntry("M14611", true, "Charcot's joint, right shoulder"),
        new IcdEntry("B9562", true, "Methicillin resistant Staphylococcus aureus infection as the cause of diseases classified elsewhere"),
    ], "test titles");

    private static ScrubContext In(Encounter encounter) => new(encounter, CodeSet);

    [Fact]
    public void EtiologyFirst_DoesNotTrip() => AssertClean(edit, In(Clean() with { Diagnoses = ["E11.42", "G63"] }));

    [Fact]
    public void InfectiousAgentFirst_IsNotAManifestation() => AssertClean(edit, In(Clean() with { Diagnoses = ["B95.62"] }));

    [Fact]
    public void ManifestationTitleFirst_Trips() => AssertTrips(edit, In(Clean() with { Diagnoses = ["G63", "E11.42"] }), location: "2300.HI[1]", messageContains: "G63");

    [Fact]
    public void CodeUnderAManifestationCategoryFirst_Trips() => AssertTrips(edit, In(Clean() with { Diagnoses = ["M14.611"] }));

    [Fact]
    public void RealFy2026CodeSet_FindsF0280AndNotE119()
    {
        var fy2026 = Reference.DiagnosisListsTests.Fy2026.Value;
        AssertTrips(edit, new ScrubContext(Clean() with { Diagnoses = ["F02.80", "G30.9"] }, fy2026));
        AssertClean(edit, new ScrubContext(Clean(), fy2026));
    }
}
