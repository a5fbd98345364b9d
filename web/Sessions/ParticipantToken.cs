using System.Security.Cryptography;
using System.Text;

namespace ReferralSim.Web.Sessions;

/// <summary>
/// A participant's secret: 32 random bytes, base64url. Only its SHA-256 hash is stored, so a copy of
/// the database does not let anyone act as a participant.
/// </summary>
public static class ParticipantToken
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
