using ClaimsFn.Core.Coding.VisitLevels;
using Xunit;

namespace ClaimsFn.Tests.Coding;

public sealed class OfficeVisitLevelsTests
{
    // Every time boundary, one minute below and at it (CPT 2024 minimums: 15/30/45/60 new, 10/20/30/40 established;
    // 99417 per full 15 minutes beyond 60 / 40).
    [Theory]
    [InlineData(0, "NONE")]
    [InlineData(14, "NONE")]
    [InlineData(15, "99202")]
    [InlineData(29, "99202")]
    [InlineData(30, "99203")]
    [InlineData(44, "99203")]
    [InlineData(45, "99204")]
    [InlineData(59, "99204")]
    [InlineData(60, "99205")]
    [InlineData(74, "99205")]
    [InlineData(75, "99205+99417")]
    [InlineData(89, "99205+99417")]
    [InlineData(90, "99205+99417x2")]
    [InlineData(104, "99205+99417x2")]
    [InlineData(105, "99205+99417x3")]
    public void NewPatient_ByTime(int minutes, string expected) =>
        Assert.Equal(expected, OfficeVisitLevels.Select(PatientStatus.New, minutes, null).ToString());

    [Theory]
    [InlineData(0, "99211")]
    [InlineData(9, "99211")]
    [InlineData(10, "99212")]
    [InlineData(19, "99212")]
    [InlineData(20, "99213")]
    [InlineData(29, "99213")]
    [InlineData(30, "99214")]
    [InlineData(39, "99214")]
    [InlineData(40, "99215")]
    [InlineData(54, "99215")]
    [InlineData(55, "99215+99417")]
    [InlineData(69, "99215+99417")]
    [InlineData(70, "99215+99417x2")]
    public void EstablishedPatient_ByTime(int minutes, string expected) =>
        Assert.Equal(expected, OfficeVisitLevels.Select(PatientStatus.Established, minutes, null).ToString());

    [Theory]
    [InlineData(PatientStatus.New, 88, "99205")]
    [InlineData(PatientStatus.New, 89, "99205+G2212")]
    [InlineData(PatientStatus.New, 104, "99205+G2212x2")]
    [InlineData(PatientStatus.Established, 68, "99215")]
    [InlineData(PatientStatus.Established, 69, "99215+G2212")]
    [InlineData(PatientStatus.Established, 83, "99215+G2212")]
    [InlineData(PatientStatus.Established, 84, "99215+G2212x2")]
    [InlineData(PatientStatus.New, 74, "99205")]
    [InlineData(PatientStatus.New, 75, "99205")]
    [InlineData(PatientStatus.New, 103, "99205+G2212")]
    [InlineData(PatientStatus.Established, 55, "99215")]
    [InlineData(PatientStatus.Established, 54, "99215")]
    public void Medicare_UsesG2212FromTheTopOfTheRange(PatientStatus patient, int minutes, string expected) =>
        Assert.Equal(expected, OfficeVisitLevels.Select(patient, minutes, null, medicare: true).ToString());

    [Theory]
    [InlineData(PatientStatus.New, MedicalDecisionMaking.Straightforward, "99202")]
    [InlineData(PatientStatus.New, MedicalDecisionMaking.Low, "99203")]
    [InlineData(PatientStatus.New, MedicalDecisionMaking.Moderate, "99204")]
    [InlineData(PatientStatus.New, MedicalDecisionMaking.High, "99205")]
    [InlineData(PatientStatus.Established, MedicalDecisionMaking.Straightforward, "99212")]
    [InlineData(PatientStatus.Established, MedicalDecisionMaking.Low, "99213")]
    [InlineData(PatientStatus.Established, MedicalDecisionMaking.Moderate, "99214")]
    [InlineData(PatientStatus.Established, MedicalDecisionMaking.High, "99215")]
    public void ByDecisionMaking(PatientStatus patient, MedicalDecisionMaking mdm, string expected)
    {
        var level = OfficeVisitLevels.Select(patient, null, mdm);
        Assert.Equal(expected, level.ToString());
        Assert.Equal(VisitLevelBasis.MedicalDecisionMaking, level.Basis);
    }

    [Fact]
    public void TimeAndDecisionMaking_TheHigherWins_AndProlongedNeedsTime()
    {
        Assert.Equal("99214", OfficeVisitLevels.Select(PatientStatus.Established, 15, MedicalDecisionMaking.Moderate).ToString());
        Assert.Equal("99214", OfficeVisitLevels.Select(PatientStatus.Established, 35, MedicalDecisionMaking.Low).ToString());
        // High MDM alone never adds prolonged time; 80 minutes does.
        Assert.Equal("99215", OfficeVisitLevels.Select(PatientStatus.Established, 20, MedicalDecisionMaking.High).ToString());
        Assert.Equal("99215+99417x2", OfficeVisitLevels.Select(PatientStatus.Established, 80, MedicalDecisionMaking.High).ToString());
    }

    [Fact]
    public void Minimal99211_IsForEstablishedPatientsOnly_AndNeverChosenByDecisionMaking()
    {
        // No time threshold: any documented time under 99212's 10 minutes, or no time and no MDM, is 99211.
        Assert.Equal(VisitLevelBasis.Minimal, OfficeVisitLevels.Select(PatientStatus.Established, 5, null).Basis);
        Assert.Equal("99211", OfficeVisitLevels.Select(PatientStatus.Established, null, null).ToString());
        // Straightforward MDM is 99212, never 99211, whatever the time.
        Assert.Equal("99212", OfficeVisitLevels.Select(PatientStatus.Established, 3, MedicalDecisionMaking.Straightforward).ToString());
        Assert.Equal("99212", OfficeVisitLevels.Select(PatientStatus.Established, null, MedicalDecisionMaking.Straightforward).ToString());
        // A new patient has no 99211 (nor 99201 since 2021).
        Assert.Equal("NONE", OfficeVisitLevels.Select(PatientStatus.New, 5, null).ToString());
        Assert.Equal("NONE", OfficeVisitLevels.Select(PatientStatus.New, null, null).ToString());
    }

    [Theory]
    [InlineData(PatientStatus.Established, 5, null, "99211")]
    [InlineData(PatientStatus.Established, 25, null, "99211")]                                  // staff time never counts toward 99212+
    [InlineData(PatientStatus.Established, 70, MedicalDecisionMaking.Moderate, "99211")]        // nor MDM, nor prolonged time
    [InlineData(PatientStatus.Established, null, null, "99211")]
    [InlineData(PatientStatus.New, 20, null, "NONE")]                                           // 99211 is established only
    public void VisitByClinicalStaff_Is99211ForEstablishedPatients(PatientStatus patient, int? minutes, MedicalDecisionMaking? mdm, string expected)
    {
        var level = OfficeVisitLevels.Select(patient, minutes, mdm, clinicalStaffOnly: true);
        Assert.Equal(expected, level.ToString());
        Assert.Equal(expected == "NONE" ? VisitLevelBasis.None : VisitLevelBasis.Minimal, level.Basis);
    }

    [Theory]
    [InlineData(PatientStatus.New, 14, MedicalDecisionMaking.Straightforward, "99202")]
    [InlineData(PatientStatus.New, 29, MedicalDecisionMaking.Low, "99203")]
    [InlineData(PatientStatus.New, 30, MedicalDecisionMaking.Straightforward, "99203")]
    [InlineData(PatientStatus.New, 44, MedicalDecisionMaking.Moderate, "99204")]
    [InlineData(PatientStatus.New, 59, MedicalDecisionMaking.High, "99205")]
    [InlineData(PatientStatus.New, 60, MedicalDecisionMaking.Low, "99205")]
    [InlineData(PatientStatus.Established, 9, MedicalDecisionMaking.Low, "99213")]
    [InlineData(PatientStatus.Established, 19, MedicalDecisionMaking.Straightforward, "99212")]
    [InlineData(PatientStatus.Established, 20, MedicalDecisionMaking.Straightforward, "99213")]
    [InlineData(PatientStatus.Established, 29, MedicalDecisionMaking.Moderate, "99214")]
    [InlineData(PatientStatus.Established, 39, MedicalDecisionMaking.High, "99215")]
    [InlineData(PatientStatus.Established, 40, MedicalDecisionMaking.Straightforward, "99215")]
    public void AtEachBoundary_TheHigherOfTimeAndDecisionMakingWins(PatientStatus patient, int minutes, MedicalDecisionMaking mdm, string expected) =>
        Assert.Equal(expected, OfficeVisitLevels.Select(patient, minutes, mdm).ToString());

    [Fact]
    public void EmCommand_ClinicalStaffFlag_Prints99211()
    {
        var output = new StringWriter();
        Assert.Equal(0, ClaimsFn.Cli.EmCommand.Run(new() { ["patient"] = "established", ["clinical-staff"] = "true" }, output));
        Assert.Equal("99211", output.ToString().Trim());
    }

    [Fact]
    public void NegativeMinutes_Throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OfficeVisitLevels.Select(PatientStatus.New, -1, null));
}
