using System.Globalization;

namespace ClaimsFn.Core.Storage;

/// <summary>Table storage has no decimal type: money is stored as an invariant string ("945.00"), never as a double.</summary>
internal static class TableMoney
{
    public static string Write(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    public static decimal Read(string? text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : 0m;

    public static decimal? ReadOptional(string? text) => string.IsNullOrEmpty(text) ? null : Read(text);

    public static string? WriteDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ReadDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
