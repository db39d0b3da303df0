namespace ClaimsFn.Core.Scrubbing.Diagnoses;

/// <summary>
/// The ICD-10-CM lists behind the first-listed, age and sex edits. CMS's own MCE tables (Definitions of
/// Medicare Code Edits) are longer; each list here keeps only ranges that a cited source places in the
/// category: the MCE definition text, an ICD-10-CM chapter or block title, a tabular instruction, or a
/// code title that names the age group or sex. docs/edits.md repeats every range with its source.
/// </summary>
public static class DiagnosisLists
{
    /// <summary>Chapter 20, External causes of morbidity (V00–Y99): never first-listed (MCE edit 2, I/OCE edit 5).</summary>
    public static DiagnosisCodeList ExternalCause { get; } = new("external cause of morbidity", "ICD-10-CM chapter 20; MCE edit 2", "V00-Y99");

    /// <summary>
    /// Codes the tabular list provides only as additional codes: B95–B97 ("for use as supplementary or
    /// additional codes to identify the infectious agent(s)"), Z3A weeks of gestation (maternal record,
    /// code first the pregnancy), Z37 outcome of delivery (an additional code on the mother's record),
    /// Z68 body mass index (reported only with an associated diagnosis, guideline I.B.14).
    /// </summary>
    public static DiagnosisCodeList SecondaryOnly { get; } = new("additional-code-only", "ICD-10-CM tabular notes at B95–B97, Z3A, Z37; guideline I.B.14 (Z68)",
        "B95-B97", "Z3A", "Z37", "Z68");

    /// <summary>MCE newborn diagnoses (age 0): tetanus neonatorum and the newborn exam are MCE's own examples; the rest are titled "newborn"/liveborn.</summary>
    public static DiagnosisCodeList Newborn { get; } = new("newborn", "MCE edit 4 examples (A33, Z00.11-); titles naming the newborn (P00–P04, Z05, Z38)",
        "A33", "P00-P04", "Z0011", "Z05", "Z38");

    /// <summary>MCE pediatric diagnoses (0–17): Reye's syndrome and the routine child exam are MCE's examples; Z76.1–Z76.2 are titled foundling/infant and child.</summary>
    public static DiagnosisCodeList Pediatric { get; } = new("pediatric", "MCE edit 4 examples (G93.7, Z00.12-); titles naming the child (Z76.1, Z76.2)",
        "G937", "Z0012", "Z761-Z762");

    /// <summary>MCE maternity diagnoses: chapter 15 (for use only on maternal records) and the Z30–Z39 pregnancy and delivery codes.</summary>
    public static DiagnosisCodeList Maternity { get; } = new("maternity", "ICD-10-CM chapter 15 (O00–O9A) note; pregnancy codes of block Z30–Z39",
        "O00-O9A", "Z331", "Z34", "Z36", "Z37", "Z39", "Z3A");

    /// <summary>MCE adult diagnoses (15–124): titles naming adults or age-related conditions, and BPH (MCE's own age-conflict example).</summary>
    public static DiagnosisCodeList Adult { get; } = new("adult", "titles naming adults or age-related conditions; MCE edit 4 example (N40)",
        "Z000", "H25", "R54", "R4181", "M800", "M810", "N40", "Z681-Z684");

    /// <summary>Diagnoses of male genital organs, by ICD-10-CM block and code titles.</summary>
    public static DiagnosisCodeList MaleOnly { get; } = new("male-only", "ICD-10-CM blocks and titles naming male genital organs",
        "C60-C63", "D074-D076", "D29", "D40", "E29", "N40-N53", "Q53-Q55", "R972", "Z125", "Z8545-Z8549");

    /// <summary>Diagnoses of female genital organs and pregnancy, by ICD-10-CM block and code titles.</summary>
    public static DiagnosisCodeList FemaleOnly { get; } = new("female-only", "ICD-10-CM blocks and titles naming female genital organs; chapter 15",
        "C51-C58", "D06", "D070-D073", "D25-D28", "D39", "E28", "N70-N77", "N80-N98", "O00-O9A", "Q50-Q52", "R87",
        "Z0141", "Z124", "Z331", "Z34", "Z36", "Z37", "Z39", "Z3A", "Z8540-Z8544", "Z854A");

    /// <summary>The list of each age category.</summary>
    public static IReadOnlyList<(AgeCategory Category, DiagnosisCodeList List)> ByAge { get; } =
    [
        (AgeCategory.Newborn, Newborn),
        (AgeCategory.Pediatric, Pediatric),
        (AgeCategory.Maternity, Maternity),
        (AgeCategory.Adult, Adult),
    ];
}
