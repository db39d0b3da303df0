namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// One row of the ICD-10-CM Alphabetic Index, flattened: a main term (level 0) or a subterm (level n
/// belongs to the nearest row above at level n-1), its nonessential modifiers (the parenthesised words
/// that do not change the code), a cross-reference ("see"), and the code, which may end in "-" when the
/// index leaves characters to the tabular list.
/// </summary>
public sealed record AlphabeticIndexEntry(int Level, string Term, string See, string NonEssentialModifiers, string Code);
