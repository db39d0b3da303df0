namespace ClaimsFn.Core.Scrubbing.History;

/// <summary>The <see cref="ClaimsFnOptions.FingerprintKey"/> setting: base64 of at least 32 bytes (HMAC-SHA-256 wants a key as long as its output).</summary>
public static class FingerprintKeys
{
    public const int MinimumBytes = 32;

    /// <summary>The key's bytes, or null when the setting is empty.</summary>
    /// <exception cref="FormatException">The setting is not base64 of at least <see cref="MinimumBytes"/> bytes (the message never repeats the value).</exception>
    public static byte[]? Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting)) return null;
        byte[] key;
        try
        {
            key = Convert.FromBase64String(setting.Trim());
        }
        catch (FormatException)
        {
            throw new FormatException("ClaimsFn:FingerprintKey is not base64.");
        }
        return key.Length >= MinimumBytes ? key : throw new FormatException($"ClaimsFn:FingerprintKey must decode to at least {MinimumBytes} bytes.");
    }

    /// <summary>True when the setting is empty or a valid key; for options validation.</summary>
    public static bool IsValid(string? setting)
    {
        try
        {
            Parse(setting);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
