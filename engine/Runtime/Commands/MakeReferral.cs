using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>A participant refers to a service of the country directory.</summary>
public sealed record MakeReferral(SimTime At, string Role, string Service) : RunCommand(At);
