using ClaimsFn.Core.Encounters;

namespace ClaimsFn.Tests.Scrubbing.DefectCorpus;

/// <summary>One claim of the defect corpus (defects.jsonl): clean, or carrying exactly one defect of <see cref="Kind"/>, named after the edit in <see cref="Source"/>.</summary>
public sealed record DefectCorpusRecord(string Id, bool ExpectDefect, string Kind, string Source, Encounter Encounter);
