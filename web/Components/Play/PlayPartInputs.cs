using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Components.Live;

namespace ReferralSim.Web.Components.Play;

/// <summary>
/// What the status bar shows: the run's phase (null before a role is taken, when it shows nothing),
/// the clock as text and as the page's clock controller reads it, and how the run ended.
/// </summary>
public sealed record StatusBarInputs(RunPhase? Phase, string Clock, ClockReading Reading, string? Ending)
{
    public static StatusBarInputs Of(PlayPageView page) =>
        new(page.View?.Phase, page.View?.Clock ?? "", page.Clock, page.View?.Ending?.Text);
}

/// <summary>What the role has seen, and whether it may note concerns now (the run is running); no list before a role is taken.</summary>
public sealed record ObservationListInputs(ValueList<ObservationView>? Observations, bool CanNote)
{
    public static ObservationListInputs Of(PlayPageView page) =>
        new(page.View?.Observations.ToValueList(), page.View?.Phase == RunPhase.Running);
}

/// <summary>The role's actions, available or with the reason why not; no list before a role is taken.</summary>
public sealed record ActionListInputs(ValueList<ActionView>? Actions)
{
    public static ActionListInputs Of(PlayPageView page) => new(page.View?.Actions.ToValueList());
}
