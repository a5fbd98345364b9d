using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Sessions;

/// <summary>The rule for giving a participant a role, shared by taking one and being assigned one.</summary>
public static class RoleAssignment
{
    public static async Task AssignAsync(ISessionStore sessions, LiveSession session, ParticipantRecord participant, string? role,
        CancellationToken cancellationToken)
    {
        if (role is not null)
        {
            if (!session.Scenario.Scenario.Index.Roles.ContainsKey(role))
            {
                throw new AppException("unknown-role", $"there is no role '{role}' in this scenario");
            }

            var holders = await sessions.ListParticipantsAsync(session.Id, cancellationToken);
            if (holders.Any(p => p.Role == role && p.Id != participant.Id))
            {
                throw new AppException("role-taken", $"someone else already plays '{role}'");
            }
        }

        await sessions.AssignRoleAsync(participant.Id, role, cancellationToken);
    }
}
