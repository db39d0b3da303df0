using ClaimsFn.Core.Coding.Hcpcs;
using ClaimsFn.Core.Coding.Procedures;
using ClaimsFn.Core.Scrubbing.Diagnoses;
using ClaimsFn.Core.Scrubbing.Ncci;
using ClaimsFn.Core.Scrubbing.PlaceOfServiceCodes;

namespace ClaimsFn.Core.Scrubbing;

/// <summary>
/// The reference data the scrubber needs beside the ICD-10-CM code sets, loaded once per process from the
/// configured files (the user imports CMS's files; the product never needs anything outside its settings).
/// Unset paths fall back to what ships: the embedded Place of Service list, no HCPCS file (formats only),
/// no NCCI tables (the PTP and MUE edits find nothing).
/// </summary>
public sealed class ScrubReferenceData
{
    /// <summary>Only what ships in the assembly.</summary>
    public static ScrubReferenceData Starter { get; } = new();

    public HcpcsCodeSet? Hcpcs { get; init; }

    /// <summary>The user's licensed CPT list (<c>ClaimsFn:CptPath</c>); null when none is configured (then CPT codes are checked for format only).</summary>
    public CptCodeList? Cpt { get; init; }

    /// <summary>The procedure code lists (HCPCS and CPT) as the coding stage reads them: the same loaded sets.</summary>
    public ProcedureCodeSets Procedures => new(Hcpcs, Cpt);

    public NcciEdits Ncci { get; init; } = NcciEdits.None;

    public PlaceOfServiceCodeSet PlaceOfService { get; init; } = PlaceOfServiceCodeSet.Starter;

    /// <summary>The MCE diagnosis lists (age, manifestation); the embedded starter ranges when none are imported.</summary>
    public MceDiagnosisLists Mce { get; init; } = MceDiagnosisLists.Starter;

    /// <summary>One line per source for the startup log; counts and file names only.</summary>
    public IEnumerable<string> Describe()
    {
        yield return Hcpcs is null ? "HCPCS Level II: not loaded (ClaimsFn:HcpcsPath is not set); procedure codes and modifiers are checked for format only" : $"HCPCS Level II: {Hcpcs.Label}, {Hcpcs.CodeCount} codes, {Hcpcs.ModifierCount} modifiers";
        yield return Cpt is null ? "CPT list: not loaded (ClaimsFn:CptPath is not set); CPT codes are checked for format only" : $"CPT list: {Cpt.Label}, {Cpt.Count} codes";
        yield return Ncci.Label;
        yield return $"Place of Service: {PlaceOfService.Label}, {PlaceOfService.Count} codes";
        yield return Mce.Label;
    }

    /// <summary>Loads what the options name.</summary>
    /// <exception cref="IOException">A configured file or folder is missing or unreadable.</exception>
    /// <exception cref="InvalidDataException">A configured file holds no data of its kind.</exception>
    public static ScrubReferenceData Load(ClaimsFnOptions options) => new()
    {
        Hcpcs = string.IsNullOrWhiteSpace(options.HcpcsPath) ? null : HcpcsCodeSet.Load(options.HcpcsPath),
        Cpt = string.IsNullOrWhiteSpace(options.CptPath) ? null : CptCodeList.ReadFile(options.CptPath),
        Ncci = string.IsNullOrWhiteSpace(options.NcciPath) ? NcciEdits.None : NcciFileLoader.LoadFolder(options.NcciPath),
        PlaceOfService = string.IsNullOrWhiteSpace(options.PlaceOfServicePath) ? PlaceOfServiceCodeSet.Starter : PlaceOfServiceCodeSet.LoadFile(options.PlaceOfServicePath),
        Mce = string.IsNullOrWhiteSpace(options.MceListsPath) ? MceDiagnosisLists.Starter : MceDiagnosisLists.Load(options.MceListsPath),
    };
}
