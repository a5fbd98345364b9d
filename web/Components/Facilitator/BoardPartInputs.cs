using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Web.Application.Facilitators;
using ReferralSim.Web.Components.Live;

namespace ReferralSim.Web.Components.Facilitator;

/// <summary>The run's phase, the simulated clock and the speed.</summary>
public sealed record BoardStatusInputs(RunPhase Phase, string Clock, double Speed)
{
    public static BoardStatusInputs Of(FacilitatorBoard board) => new(board.Phase, board.Clock, board.Speed);
}

/// <summary>What the run's controls offer: by phase, the speed, and the manual injects.</summary>
public sealed record BoardControlsInputs(Guid SessionId, RunPhase Phase, double Speed, string ScenarioLanguage, ValueList<InjectChoice> Injects)
{
    public static BoardControlsInputs Of(FacilitatorBoard board) =>
        new(board.SessionId, board.Phase, board.Speed, board.ScenarioLanguage, board.Injects.ToValueList());
}

/// <summary>Who joined, and the roles they may be given (by name).</summary>
public sealed record BoardPeopleInputs(ValueList<BoardPerson> People, ValueList<RoleLabel> Roles)
{
    public static BoardPeopleInputs Of(FacilitatorBoard board) =>
        new(board.People.ToValueList(), board.Roles.Select(r => new RoleLabel(r.Id, r.Name)).ToValueList());

    public string RoleName(string role) => Roles.FirstOrDefault(r => r.Id == role)?.Name ?? role;
}

/// <summary>A role's id and its name in the scenario's language.</summary>
public sealed record RoleLabel(string Id, string Name);

/// <summary>Every role's status.</summary>
public sealed record BoardRolesInputs(string ScenarioLanguage, ValueList<BoardRole> Roles)
{
    public static BoardRolesInputs Of(FacilitatorBoard board) => new(board.ScenarioLanguage, board.Roles.ToValueList());
}

/// <summary>Where the run is in the state graph: the current state and every state entered so far, in order.</summary>
public sealed record BoardGraphPositionInputs(string Current, ValueList<string> Path)
{
    public static BoardGraphPositionInputs Of(FacilitatorBoard board) => new(board.Graph.Current, board.Graph.Path.ToValueList());
}

/// <summary>
/// The board's events after sequence <paramref name="After"/> (0: all of them), read from the board
/// itself: the facilitator's groups differ only by language, so there is nothing to share between
/// them, and the board (a record) compared whole is exact.
/// </summary>
public sealed record BoardFeedEntriesInputs(FacilitatorBoard Board, long After)
{
    public static BoardFeedEntriesInputs Of(FacilitatorBoard board, long after) => new(board, after);
}
