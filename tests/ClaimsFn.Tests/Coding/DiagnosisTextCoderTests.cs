using ClaimsFn.Core.Coding;
using ClaimsFn.Core.Coding.Text;
using Xunit;

namespace ClaimsFn.Tests.Coding;

/// <summary>Text coding on the full FY2026 code set with the Alphabetic Index (shared data).</summary>
public sealed class DiagnosisTextCoderTests
{
    private static DiagnosisTextCoder Coder => SharedData.TextCoder2026;

    [Theory]
    [InlineData("T2DM with hyperglycemia", "E1165")]
    [InlineData("Type 2 diabetes mellitus without complications", "E119")]
    [InlineData("left knee pain", "M25562")]
    [InlineData("HTN", "I10")]
    [InlineData("GERD", "K219")]
    [InlineData("UTI", "N390")]
    [InlineData("Acute bronchitis (disorder)", "J209")]
    [InlineData("Sprain of right ankle, initial encounter", "S93401A")]
    [InlineData("Encounter for screening mammogram for malignant neoplasm of breast", "Z1231")]
    [InlineData("Flu shot", "Z23")]
    [InlineData("Long term use of insulin", "Z794")]
    public void Code_ConfidentStatements_AreAssigned(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {result.Question}");
        Assert.Equal(code, result.AssignedCode);
        Assert.InRange(result.Best!.Confidence, Coder.AutoCodeThreshold, 1.0);
        Assert.False(string.IsNullOrWhiteSpace(result.Best.Evidence));
    }

    [Theory]
    [InlineData("Diabetes with neuropathy", "E1140")]
    [InlineData("Diabetes mellitus", "E119")]
    public void DiabetesWithoutType_IsType2(string statement, string code) =>
        Assert.Equal(code, Coder.Code(statement).AssignedCode);

    [Theory]
    [InlineData("Hypertension with chronic kidney disease stage 3", "I129")]
    [InlineData("HTN and ESRD", "I120")]
    [InlineData("HTN with CHF", "I110")]
    [InlineData("Hypertensive heart and chronic kidney disease with heart failure and CKD stage 3", "I130")]
    public void HypertensionCombinations_FollowTheGuideline(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.Equal(code, result.AssignedCode);
        Assert.StartsWith("guideline I.C.9.a", result.Best!.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("knee pain", "M25569")]
    [InlineData("AOM", "H6690")]
    [InlineData("Tinnitus", "H9319")]
    public void MissingSide_IsTheUnspecifiedSide_GuidelineIB13(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.Equal(code, result.AssignedCode);
        Assert.Contains("guideline I.B.13", result.Best!.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSide_OnAHeaderCodeAUserEntered_StillAsks()
    {
        var result = Coder.ResolveHeader("M25.56", "pain");
        Assert.False(result.AutoAssigned);
        Assert.Contains("Which side", result.Question, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Right knee pain", "M25561")]
    [InlineData("Chronic DVT of left popliteal vein", "I82532")]
    [InlineData("Pressure ulcer of right heel, stage 2", "L89612")]
    public void DocumentedSideAcuityOrStage_RulesOutTheSiblingsThatSayOtherwise(string statement, string code) =>
        Assert.Equal(code, Coder.Code(statement).AssignedCode);

    [Theory]
    [InlineData("Hepatitis A", "B159")]                                                          // "A" names the virus, not an article
    [InlineData("Sepsis due to group A streptococcus", "A400")]                                  // not group B
    [InlineData("CKD stage 5, not on dialysis", "N185")]                                         // no N18.6, no Z99.2
    [InlineData("Acute on chronic respiratory failure with hypercapnia", "J9622")]               // not J96.20 "unspecified whether ..."
    [InlineData("Hypertensive heart and chronic kidney disease stage 4 without heart failure", "I1310,N184")]   // I.C.9.a.3
    public void SecondRoundRules_AssignWhatTheGuidelineSays(string statement, string codes)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, result.Question);
        Assert.Equal(codes.Split(','), result.ProposedCodes);
    }

    [Fact]
    public void AnemiaFoundAfterTheStage_StillAddsD631AfterIt() =>
        Assert.Equal(["N184", "D631"], Coder.Code("Anemia in CKD stage 4").ProposedCodes);   // proposed; the coder still asks (0.71)

    [Fact]
    public void PlainStemi_IsNeverASubsequentInfarction() =>
        Assert.StartsWith("I21", Coder.Code("STEMI of anterior wall").Best!.Code, StringComparison.Ordinal);

    [Fact]
    public void DocumentedOrganism_NeverLandsOnANoninfectiveCode()
    {
        var result = Coder.Code("E. coli enteritis");
        Assert.DoesNotContain("K529", result.ProposedCodes);
        Assert.False(result.AutoAssigned && result.Best!.Code == "K529");
    }

    [Fact]
    public void MissingEncounter_StillAsks_SeventhCharacterHasNoDefault()
    {
        var result = Coder.Code("Sprain of right ankle");
        Assert.False(result.AutoAssigned);
        Assert.Contains("Which encounter", result.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingEncounter_AsksForThe7thCharacter()
    {
        var result = Coder.Code("sprain of right ankle");
        Assert.False(result.AutoAssigned);
        Assert.Contains("7th character", result.Question, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rule out pneumonia")]
    [InlineData("probable strep throat")]
    [InlineData("suspected UTI")]
    public void UncertainDiagnoses_AreNotCoded(string statement)
    {
        var result = Coder.Code(statement);
        Assert.False(result.AutoAssigned);
        Assert.Contains("IV.H", result.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Negation_KeepsWithAndWithoutApart()
    {
        Assert.Equal("E1010", Coder.Code("T1DM with ketoacidosis without coma").AssignedCode);
        Assert.Equal("E1011", Coder.Code("Type 1 diabetes with ketoacidosis with coma").AssignedCode);
    }

    [Fact]
    public void ResolveHeader_PicksTheDescendantTheDocumentationSupports()
    {
        Assert.Equal("M25562", Coder.ResolveHeader("M25.56", "left").AssignedCode);
        var open = Coder.ResolveHeader("E11", "");
        Assert.False(open.AutoAssigned);
    }

    [Theory]
    [InlineData("B12 deficiency anemia", "D519")]     // not D51.0 "... due to intrinsic factor deficiency", which its index path names
    [InlineData("Influenza B", "J101")]               // the index's "identified influenza virus NEC", not "... with myocarditis"
    [InlineData("Gout of left ankle", "M10072")]      // idiopathic, the default; not "due to renal impairment"
    [InlineData("Acute diastolic heart failure", "I5031")]   // "Failure, heart (acute)" does not say acute the way I50.31 does
    public void PlainReading_LeadsANearTie_AndTheQualifiedCodeDoesNotCompete(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {result.Question}");
        Assert.Equal(code, result.AssignedCode);
    }

    [Fact]
    public void DocumentedQualifier_KeepsTheQualifiedCode() =>
        Assert.Equal("D510", Coder.Code("Pernicious anemia").AssignedCode);

    [Theory]
    [InlineData("Primary open-angle glaucoma of both eyes, moderate stage", "H401132")]
    [InlineData("Age-related nuclear cataract, both eyes", "H2513")]
    [InlineData("Osteoarthritis of knees", "M170")]    // a paired part in the plural, no side named: both sides
    [InlineData("Tinnitus, both ears", "H9313")]       // "ears" names the side: H93.13 "Tinnitus, bilateral" need not say it
    [InlineData("Pain in both eyes", "H5713")]         // and still leads the statement to the eye code
    [InlineData("Dry eyes", "H04123")]
    public void BothEyes_WhereTheCodeHasABilateralSibling_IsTheBilateralCode(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {result.Question}");
        Assert.Equal([code], result.AssignedCodes);
    }

    [Fact]
    public void BothEyes_AnsweredByACodeWithoutASide_WhereTheCategoryHasSides_Asks() =>
        Assert.False(Coder.Code("Conjunctivitis, both eyes").AutoAssigned);   // H10.9 says nothing of the documented sides

    [Fact]
    public void Bilateral_DoesNotPullInACodeThatStatesAnUndocumentedCause() =>
        Assert.NotEqual(["H26103"], Coder.Code("Cataract, bilateral").AssignedCodes);   // "traumatic" is not documented

    [Theory]
    [InlineData("CHF, chronic", "I509")]               // I50.22 says "chronic" only with "systolic", which is not documented
    [InlineData("Low back pain, chronic", "M5450")]    // no M54.5- code says chronic
    [InlineData("Acute hives", "L509")]
    [InlineData("Chronic urticaria", "L508")]          // where the index has the subterm ("Urticaria, chronic"), it decides
    [InlineData("Palpitations, intermittent", "R002")] // course words likewise
    [InlineData("Depression, recurrent", "F339")]      // a candidate of another category that says it decides (not F32.9)
    public void AnAcuityOrCourseWord_TheCategoryCannotState_DoesNotHoldTheCodeBack(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {result.Best?.Confidence} {result.Question}");
        Assert.Equal([code], result.AssignedCodes);
    }

    [Theory]
    [InlineData("Right-sided sciatica", "M5431")]      // "right-sided" is the right side
    [InlineData("Left sided colitis", "K5150")]        // and titles that say "left sided" read the same
    public void SidedIsASideWord(string statement, string code) =>
        Assert.Equal([code], Coder.Code(statement).AssignedCodes);

    // Issue 15 round 2: abbreviations in wide use and lay or SNOMED-style wording, read as the words titles and the Index use.
    [Theory]
    [InlineData("HCM", "I422")]
    [InlineData("PMR", "M353")]
    [InlineData("ITP", "D693")]
    [InlineData("POTS", "G90A")]
    [InlineData("Nosebleed", "R040")]
    [InlineData("Hives", "L509")]
    [InlineData("Mini stroke", "G459")]
    [InlineData("Sacral bed sore, stage 2", "L89152")]
    [InlineData("Ringing in right ear", "H9311")]
    [InlineData("Homeless", "Z5900")]
    [InlineData("Pancreatic cancer", "C259")]
    [InlineData("Cancer of pancreatic duct", "C253")]
    [InlineData("Laryngeal cancer", "C329")]
    [InlineData("Anal cancer", "C210")]
    [InlineData("Anal fissure", "K602")]
    public void WidelyUsedAbbreviations_AndLayWords_AreCoded(string statement, string code)
    {
        var result = SharedData.TextCoder2026.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal([code], result.AssignedCodes);
    }

    [Fact]
    public void Gibberish_Abstains()
    {
        var result = Coder.Code("zzqx blorf");
        Assert.False(result.AutoAssigned);
        Assert.NotNull(result.Question);
    }

    [Fact]
    public void TitlesAlone_StillCodeTitleLikeStatements()
    {
        var titlesOnly = new DiagnosisTextCoder(SharedData.CodeSet2026);
        Assert.Equal("E1165", titlesOnly.Code("Type 2 diabetes mellitus with hyperglycemia").AssignedCode);
        Assert.Equal("M25562", titlesOnly.Code("left knee pain").AssignedCode);
    }

    [Fact]
    public void StarterSubset_CodesTheDemoStatements()
    {
        var starter = new DiagnosisTextCoders(CodeSetCatalog.LoadStarterSubset(), null).ForFiscalYear(2026)!;
        Assert.Equal("E1165", starter.Code("T2DM with hyperglycemia").AssignedCode);
        Assert.Equal("I10", starter.Code("essential hypertension").AssignedCode);
    }
    [Theory]
    [InlineData("Hx DVT", "Z86718")]                          // "deep": no code of Z86 and no candidate says it
    [InlineData("History of DVT, on Xarelto", "Z86718")]
    [InlineData("Pinworm infection", "B80")]                   // "Infection, pinworm" leads to B80 itself; "infection" alone is B99.9
    [InlineData("Onychomycosis of toenails", "B351")]          // no candidate says "nail" without a qualifier the statement lacks
    public void AWordNoCodeCanSay_CostsTheBestCodeOnlyAShare(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal(code, result.AssignedCodes[0]);
    }

    [Theory]
    [InlineData("Wart of hand")]                                 // B07.9 unspecified: the site may mean a common wart (B07.8)
    [InlineData("Encounter for initial prescription of oral contraceptives")] // Z30.019: "oral" is Z30.011's "pills"
    [InlineData("Eustachian tube dysfunction, bilateral")]       // H69.93 unspecified: "dysfunction" may be H69.8-
    public void AnOpenWordBesideAnUnspecifiedCode_OrOneThatLeadsIntoTheCategory_StillAsks(string statement)
    {
        var result = Coder.Code(statement);
        Assert.False(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence}");
    }

    [Theory]
    [InlineData("Rosacea of face", "L719")]                    // no L71 code names a site
    [InlineData("Rash on arms", "R21")]
    [InlineData("Thrombocytopenia, mild", "D696")]              // no D69 code names a severity
    [InlineData("Croup, mild", "J050")]
    public void ASiteOrSeverityTheCategoryHasNoAxisFor_CannotChooseItsCode(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal(code, result.AssignedCodes[0]);
    }

    [Theory]
    [InlineData("Lipoma of back")]                              // D17 names sites (D17.1 trunk): the back may be one of them
    [InlineData("Wart of hand")]                                // B07.0 "plantar": B07 has a site axis
    public void ASiteInACategoryThatNamesSites_StillAsks(string statement)
    {
        var result = Coder.Code(statement);
        Assert.False(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence}");
    }

    [Theory]
    [InlineData("Cellulitis R hand", "L03113")]                 // "Cellulitis, hand (see Cellulitis, upper limb)": upper, not lower limb
    [InlineData("Cellulitis of left hand", "L03114")]
    [InlineData("cellulitis of right leg", "L03115")]
    public void ASeeReferenceToAHeader_ChoosesTheChildThatStatesTheTargetsWords(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal(code, result.AssignedCodes[0]);
    }

    [Theory]
    [InlineData("Peptic ulcer disease", "K279")]                // Z87.11 "Personal history of peptic ulcer disease" is no reading
    public void AHistoryCode_IsNoCandidateForAStatementWithoutAPastOrARelative(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.Equal(code, result.Best!.Code);
        Assert.DoesNotContain(result.Suggestions, s => s.Title.Contains("history", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Z8711", Coder.Code("History of peptic ulcer disease").Best!.Code);
    }

    [Theory]
    [InlineData("Abdominal pregnancy without intrauterine pregnancy", "O0000")] // "pregnancy" stated and negated: stated, as in the title
    [InlineData("Tubal pregnancy without intrauterine pregnancy", "O00109")]
    public void AWordTheStatementStatesAndNegates_IsStated(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal(code, result.AssignedCodes[0]);
    }

    [Theory]
    [InlineData("Cholelithiasis without cholecystitis", "K8020")]      // index: Cholelithiasis → K80.2-; the title says "without cholecystitis"
    [InlineData("Graves disease without thyrotoxic crisis", "E0500")]
    [InlineData("Coronary artery disease without angina", "I2510")]
    public void ANegationTheCodesTitleStates_IsExplainedWhenTheIndexLedThere(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal(code, result.AssignedCodes[0]);
    }

    [Theory]
    [InlineData("Shingles, right flank", "B029")]               // not R10.A1 "Flank pain, right side": it explains the site only
    [InlineData("Shingles, left chest wall", "B029")]
    public void ABestCodeThatExplainsOnlyTheSite_GivesWayToTheConditionCodedWithoutIt(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal(code, result.AssignedCodes[0]);
        // "Pain" beside a site the index names with it ("left calf pain") is not set aside: it is no condition without its site.
        Assert.NotEqual("R52", Coder.Code("No evidence of DVT; left calf pain").AssignedCode);
    }

    [Theory]
    [InlineData("Duodenal ulcer", "K269")]                      // K26.9 "unspecified as acute or chronic": not K26.3 "Acute duodenal ulcer"
    [InlineData("Gastric ulcer", "K259")]
    public void WordsAfterUnspecifiedAs_AreLeftOpen(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal(code, result.AssignedCodes[0]);
        // A documented acuity still chooses its code.
        Assert.Equal("K263", Coder.Code("Acute duodenal ulcer").Best!.Code);
    }

    [Theory]
    [InlineData("Fracture of right great toe, initial encounter", "S92401A")] // displaced (I.C.19.c.1) unspecified, not S92.491A "Other fracture"
    public void AFractureNotDocumentedAsDisplaced_TakesTheDisplacedDefault(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal(code, result.AssignedCodes[0]);
        Assert.Equal("S92404A", Coder.Code("Nondisplaced fracture of right great toe, initial encounter").Best!.Code);
    }

    [Fact]
    public void ACodeAnIndexPathChoseByAWordTheStatementLacks_Asks()
    {
        // "Disorder, tobacco use, cigarettes" has one coded subterm, "in remission" (F17.211); its sibling F17.210 "..., uncomplicated"
        // differs from it only by that word: the documentation has not chosen between them.
        var result = Coder.Code("Tobacco use disorder, cigarettes");
        Assert.False(result.AutoAssigned, $"{string.Join(",", result.ProposedCodes)} {result.Best?.Confidence}");
        Assert.Equal("F17211", Coder.Code("Tobacco use disorder, cigarettes, in remission").AssignedCode);
    }

    [Theory]
    [InlineData("Closed fracture of distal left radius, initial encounter", "S52502A")] // the side between position and bone
    [InlineData("Closed fracture of left distal radius, initial encounter", "S52502A")]
    [InlineData("Follow-up of healing left femoral neck fracture, routine healing", "S72002D")] // neck of femur, not M84.359D stress fracture
    public void TheEndOfALongBone_IsReadInTheWordsItsTitlesUse(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal(code, result.AssignedCodes[0]);
    }

    [Theory]
    [InlineData("Sepsis due to E. coli", "A4151")]              // A41.51 "Sepsis due to Escherichia coli [E. coli]"
    [InlineData("Discharged after treatment for sepsis due to E. coli UTI", "A4151")]
    public void ATitlesBracketedShortForm_StandsForTheWordsBeforeIt(string statement, string code)
    {
        var result = Coder.Code(statement);
        Assert.True(result.AutoAssigned, $"{statement}: {string.Join(",", result.ProposedCodes)} {result.Best?.Confidence} {result.Question}");
        Assert.Equal(code, result.AssignedCodes[0]);
    }
}
