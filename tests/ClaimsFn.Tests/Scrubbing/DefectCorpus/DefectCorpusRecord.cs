using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Tests.Scrubbing.DefectCorpus;

/// <summary>
/// One claim of the defect corpus (defects.jsonl): clean, or carrying exactly one defect of <see cref="Kind"/>, named
/// after the edit in <see cref="Source"/>. <see cref="NotCatchable"/> says why a defect cannot be caught with the data
/// ClaimsFn has (it still counts in the overall figure).
/// </summary>
public sealed record DefectCorpusRecord(string Id, bool ExpectDefect, string Kind, string Source, Encounter Encounter, string? NotCatchable = null);
