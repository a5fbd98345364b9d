namespace ReferralSim.Web.Resources;

/// <summary>The debrief report's and comparison's strings: <c>Debrief.resx</c> (en), <c>Debrief.el.resx</c>, <c>Debrief.it.resx</c>, read through <c>DebriefLocalizer</c> in the report's own language.</summary>
public sealed class Debrief;
