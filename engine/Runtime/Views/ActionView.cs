using ReferralSim.Engine.Runtime.Commands;

namespace ReferralSim.Engine.Runtime.Views;

/// <summary>An action of the role: its label, and when it cannot be taken now, why (a page words the code in its UI language).</summary>
public sealed record ActionView(string Id, string Label, bool Available, RejectionCode? Reason);
