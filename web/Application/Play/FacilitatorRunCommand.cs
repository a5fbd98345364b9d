using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Play;

/// <summary>The facilitator drives the run: start, pause, resume, speed, fire an inject, end.</summary>
public sealed record FacilitatorRunCommand(Caller Caller, Guid SessionId, string Name, Func<SimTime, RunCommand> Command)
    : IRequest<CommandReply>, IFacilitatorRequest;
