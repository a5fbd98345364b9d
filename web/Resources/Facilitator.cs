namespace ReferralSim.Web.Resources;

/// <summary>The facilitator console's strings: <c>Facilitator.resx</c> (en), <c>Facilitator.el.resx</c>, <c>Facilitator.it.resx</c>, read through <c>IStringLocalizer&lt;Facilitator&gt;</c>.</summary>
public sealed class Facilitator;
