using System.Security.Cryptography;

namespace ReferralSim.Web.Sessions;

/// <summary>
/// Short codes participants type to join: 8 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L), shown as two groups of four. 31^8 ≈ 8.5 × 10^11 codes; with join attempts
/// rate-limited per address, guessing a live code is impractical.
/// </summary>
public static class JoinCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases and drops spaces and dashes, so "k7qm-x4rp" finds "K7QMX4RP"; null if it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var code = new string([.. typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    public static string Display(string code) => code.Length == Length ? $"{code[..4]}-{code[4..]}" : code;
}
