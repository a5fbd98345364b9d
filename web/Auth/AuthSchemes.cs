namespace ReferralSim.Web.Auth;

public static class AuthSchemes
{
    /// <summary>Facilitators: a sign-in cookie.</summary>
    public const string Facilitator = "facilitator";

    /// <summary>Participants: their token, from a bearer header, the hub's access_token, or an HttpOnly cookie.</summary>
    public const string Participant = "participant";

    public const string ParticipantCookie = "rs_participant";

    public const string FacilitatorCookie = "rs_facilitator";

    /// <summary>The policy every hub method requires: a facilitator or a participant.</summary>
    public const string AnyUserPolicy = "any-user";
}
