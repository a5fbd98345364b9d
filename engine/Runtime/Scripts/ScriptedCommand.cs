using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios.Diagnostics;

namespace ReferralSim.Engine.Runtime.Scripts;

/// <summary>A command from a script, with the place of the step that asked for it.</summary>
public sealed record ScriptedCommand(RunCommand Command, SourceLocation Location);
