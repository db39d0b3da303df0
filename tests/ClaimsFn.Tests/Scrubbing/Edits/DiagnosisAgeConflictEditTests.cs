using ClaimsFn.Core.Scrubbing;
using ClaimsFn.Core.Scrubbing.Diagnoses;
using ClaimsFn.Core.Scrubbing.Edits;
using Xunit;
using static ClaimsFn.Tests.Scrubbing.ScrubTestClaims;

namespace ClaimsFn.Tests.Scrubbing.Edits;

public sealed class DiagnosisAgeConflictEditTests
{
    private readonly DiagnosisAgeConflictEdit edit = new();

    private static readonly DateOnly Dos = new(2026, 9, 2);

    [Fact]
    public void AdultDiagnosesOnAnAdult_DoNotTrip() => AssertClean(edit, Clean() with { Diagnoses = ["E11.9", "Z00.00", "H25.9"] });

    [Theory]
    [InlineData("Z38.00", 0)]        // newborn, age 0
    [InlineData("Z00.129", 17)]      // pediatric, 0-17
    [InlineData("O09.511", 9)]       // maternity, 9-64 since 2019-10-01
    [InlineData("O09.511", 64)]
    [InlineData("N40.0", 15)]        // adult, 15-124
    public void DiagnosisInsideItsRange_DoesNotTrip(string code, int age) =>
        AssertClean(edit, WithDependent(Dos.AddYears(-age).AddDays(-1)) with { Diagnoses = [code] });

    [Theory]
    [InlineData("Z38.00", 1, "newborn")]
    [InlineData("Z00.129", 18, "pediatric")]
    [InlineData("O09.511", 8, "maternity")]
    [InlineData("O09.511", 65, "maternity")]
    [InlineData("N40.0", 5, "adult")]
    public void DiagnosisOutsideItsRange_Trips(string code, int age, string category) =>
        AssertTrips(edit, WithDependent(Dos.AddYears(-age).AddDays(-1)) with { Diagnoses = ["E11.9", code] }, location: "2300.HI[2]", messageContains: category);

    [Fact]
    public void MaternityRangeBefore2019_10_01_Is12To55() =>
        AssertTrips(edit, WithDependent(new DateOnly(2009, 1, 1)) with { DateOfService = new DateOnly(2019, 9, 30), Diagnoses = ["O09.511"] }, messageContains: "12–55");

    [Fact]
    public void WithoutABirthDate_NothingIsJudged() => AssertClean(edit, WithDependent(null) with { Diagnoses = ["Z38.00"] });

    [Fact]
    public void ImportedMceLists_AreJudgedFirst_AndTheStarterRangesCoverWhatTheyLeaveOut()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mce-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "edit,code,short_description\nage_pediatric,F843,Other childhood disintegrative disorder\nage_newborn,Z3800,Single liveborn\n");
        try
        {
            var mce = MceDiagnosisLists.Load(file);
            ScrubContext On(Core.Encounters.Encounter e) => new(e, CodeSets.ForDateOfService(e.DateOfService)) { Mce = mce, Today = Today };
            // F84.3 is only in the imported pediatric list; P00.0 only in the starter's newborn range.
            AssertTrips(edit, On(Clean() with { Diagnoses = ["F84.3"] }), messageContains: "pediatric");
            AssertTrips(edit, On(Clean() with { Diagnoses = ["P00.0"] }), messageContains: "newborn");
            AssertClean(edit, On(Clean() with { Diagnoses = ["E11.9", "I10"] }));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
