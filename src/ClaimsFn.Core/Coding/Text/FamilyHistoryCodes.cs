namespace ClaimsFn.Core.Coding.Text;

/// <summary>
/// The family history code (Z80–Z84) for the code of the condition a relative had: the category follows the condition's chapter
/// and block ("family history of colon cancer": C18.9 is a digestive organ, Z80.0; "of premature coronary artery disease": I25.10
/// is a disease of the circulatory system, Z82.49). Null where the condition's block has no family history code of its own.
/// </summary>
public static class FamilyHistoryCodes
{
    public static string? For(string condition)
    {
        if (condition.Length < 3) return null;
        var c = condition[0];
        int n = int.TryParse(condition.AsSpan(1, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1;
        if (n < 0) return null;
        return c switch
        {
            'C' => n switch
            {
                >= 15 and <= 26 => "Z800",
                33 or 34 => "Z801",
                >= 30 and <= 39 => "Z802",
                50 => "Z803",
                56 => "Z8041",
                61 => "Z8042",
                62 => "Z8043",
                57 when condition.StartsWith("C570", StringComparison.Ordinal) => "Z8044",
                >= 51 and <= 63 => "Z8049",
                64 => "Z8051",
                67 => "Z8052",
                >= 65 and <= 68 => "Z8059",
                >= 91 and <= 95 => "Z806",
                >= 81 and <= 90 or 96 => "Z807",
                >= 77 and <= 80 => null,
                _ => "Z808",
            },
            'F' => n switch
            {
                10 => "Z811",
                17 => "Z812",
                >= 11 and <= 16 or 18 or 19 => "Z813",
                >= 70 and <= 79 => "Z810",
                _ => "Z818",
            },
            'G' => "Z820",
            'I' => n switch
            {
                >= 60 and <= 69 => "Z823",
                _ => "Z8249",
            },
            'J' => n >= 40 && n <= 47 ? "Z825" : "Z836",
            'M' => n switch
            {
                >= 5 and <= 19 => "Z8261",
                80 or 81 => "Z8262",
                _ => "Z8269",
            },
            'E' => n switch
            {
                >= 8 and <= 13 => "Z833",
                78 => condition.StartsWith("E7801", StringComparison.Ordinal) ? "Z8342" : "Z83438",
                _ => "Z8349",
            },
            'D' => n >= 50 && n <= 89 ? "Z832" : null,
            'K' => n >= 0 && n <= 95 && condition != "K635" ? "Z8379" : null,
            'L' => "Z840",
            'N' => n <= 29 ? "Z8419" : n <= 99 ? "Z842" : null,
            'H' => n switch
            {
                40 or 42 => "Z83511",
                54 => "Z821",
                90 or 91 => "Z822",
                < 60 => "Z83518",
                _ => "Z8352",
            },
            'B' => n >= 20 && n <= 24 ? "Z830" : "Z831",
            'A' => "Z831",
            _ => null,
        };
    }
}
