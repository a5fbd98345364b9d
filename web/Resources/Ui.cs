namespace ReferralSim.Web.Resources;

/// <summary>The UI's strings: <c>Ui.resx</c> (en), <c>Ui.el.resx</c>, <c>Ui.it.resx</c>, read through <c>IStringLocalizer&lt;Ui&gt;</c>.</summary>
public sealed class Ui;
