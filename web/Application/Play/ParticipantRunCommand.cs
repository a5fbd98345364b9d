using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Play;

/// <summary>
/// A participant acts for the role they claim to play. The claim is checked against the role the
/// session gave them: acting for another role is refused as <c>not-your-role</c>.
/// </summary>
/// <param name="Name">What is asked, for logs: "act", "note", "message", "refer".</param>
/// <param name="Command">Builds the engine command from the verified role and the session's simulated time.</param>
public sealed record ParticipantRunCommand(Caller Caller, string ClaimedRole, string Name, Func<string, SimTime, RunCommand> Command)
    : IRequest<CommandReply>, IParticipantRequest, IValidatedRequest
{
    public string? Validate() => string.IsNullOrWhiteSpace(ClaimedRole) ? "say which role you act for" : null;
}
