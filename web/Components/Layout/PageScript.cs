namespace ReferralSim.Web.Components.Layout;

/// <summary>
/// The script bundle a page loads besides app.js (which every page loads: Turbo, Stimulus, SignalR
/// and the participant's controllers). The heavy libraries stay off the participants' phones:
/// cytoscape only in <see cref="Facilitator"/> and <see cref="Author"/>, CodeMirror only in
/// <see cref="Author"/>.
/// </summary>
public enum PageScript
{
    /// <summary>app.js only.</summary>
    Common,

    /// <summary>facilitator.js: the live board, its state graph, the debrief's frame.</summary>
    Facilitator,

    /// <summary>author.js: the workbench's editor and scenario graph.</summary>
    Author,
}
