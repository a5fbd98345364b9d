namespace ReferralSim.Web.Cli;

/// <summary>An input the debrief verbs cannot use; its message is the one line printed before exit 1.</summary>
internal sealed class DebriefInputException(string message) : Exception(message);
