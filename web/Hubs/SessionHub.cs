using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Web.Application;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Application.Play;
using ReferralSim.Web.Application.Sessions;
using ReferralSim.Web.Auth;
using ReferralSim.Web.Components.Live;

namespace ReferralSim.Web.Hubs;

/// <summary>
/// The live channel at <c>/hubs/session</c>. Thin by design: each method turns a call into an
/// application request (where validation and authorization happen) and answers with a
/// <see cref="HubReply{T}"/>. Pushes: <c>events</c> (role-scoped, sequenced; to clients that read
/// JSON), <c>fragments</c> (to live pages, which ask for HTML) and <c>roleAssigned</c>.
/// </summary>
[Authorize(Policy = AuthSchemes.AnyUserPolicy)]
public sealed class SessionHub(ISender sender) : Hub
{
    private const string GroupsKey = "groups";

    // Participants

    /// <summary>Joins the caller's role group, then answers with their view and the events after <paramref name="afterSequence"/>.
    /// Joining before reading means nothing falls between the two; a client drops sequences it already has.</summary>
    public async Task<HubReply<ParticipantSnapshot>> JoinSession(long afterSequence) => await Reply(async () =>
    {
        var first = await sender.Send(new ParticipantSnapshotQuery(CurrentCaller, afterSequence));
        await MoveToGroupAsync(first.Role is null ? null : SessionGroups.Role(first.SessionId, first.Role));
        return await sender.Send(new ParticipantSnapshotQuery(CurrentCaller, afterSequence));
    });

    public Task<HubReply<string>> TakeRole(string? role) => Reply(() => sender.Send(new TakeRoleCommand(CurrentCaller, role ?? "")));

    public Task<HubReply<CommandReply>> Act(ActRequest? request) =>
        Participant(request?.Role, "act", (role, at) => new PerformAction(at, role, request?.Action ?? ""));

    public Task<HubReply<CommandReply>> Note(NoteRequest? request) =>
        Participant(request?.Role, "note", (role, at) => new NoteConcern(at, role, request?.Indicator ?? ""));

    public Task<HubReply<CommandReply>> Message(MessageRequest? request) =>
        Participant(request?.From, "message", (role, at) => new SendMessage(at, role, request?.To ?? [], request?.Text ?? ""));

    public Task<HubReply<CommandReply>> Refer(ReferRequest? request) =>
        Participant(request?.Role, "refer", (role, at) => new MakeReferral(at, role, request?.Service ?? ""));

    // Facilitators

    public async Task<HubReply<FacilitatorSnapshot>> WatchSession(Guid sessionId, long afterSequence) => await Reply(async () =>
    {
        await sender.Send(new FacilitatorSnapshotQuery(CurrentCaller, sessionId, long.MaxValue));
        await MoveToGroupAsync(SessionGroups.Facilitator(sessionId));
        return await sender.Send(new FacilitatorSnapshotQuery(CurrentCaller, sessionId, afterSequence));
    });

    public async Task<HubReply<string?>> AssignRole(Guid sessionId, Guid participantId, string? role) => await Reply(async () =>
    {
        var assigned = await sender.Send(new AssignRoleCommand(CurrentCaller, sessionId, participantId, role));
        await Clients.User(participantId.ToString()).SendAsync("roleAssigned", assigned);
        return assigned;
    });

    public Task<HubReply<IReadOnlyList<string>>> FillWithBots(Guid sessionId) =>
        Reply(() => sender.Send(new FillWithBotsCommand(CurrentCaller, sessionId)));

    public Task<HubReply<CommandReply>> Start(Guid sessionId) => Facilitate(sessionId, "start", at => new StartRun(at));

    public Task<HubReply<CommandReply>> Pause(Guid sessionId) => Facilitate(sessionId, "pause", at => new PauseRun(at));

    public Task<HubReply<CommandReply>> Resume(Guid sessionId) => Facilitate(sessionId, "resume", at => new ResumeRun(at));

    public Task<HubReply<CommandReply>> SetSpeed(Guid sessionId, double speed) => Facilitate(sessionId, "speed", at => new SetSpeed(at, speed));

    public Task<HubReply<CommandReply>> FireInject(Guid sessionId, string? inject) =>
        Facilitate(sessionId, "fire", at => new FireInject(at, inject ?? ""));

    public Task<HubReply<CommandReply>> End(Guid sessionId) => Facilitate(sessionId, "end", at => new EndRun(at));

    private Caller CurrentCaller => Caller.From(Context.User);

    private Task<HubReply<CommandReply>> Participant(string? claimedRole, string name, Func<string, Engine.Scenarios.Model.SimTime, RunCommand> command) =>
        Reply(() => sender.Send(new ParticipantRunCommand(CurrentCaller, claimedRole ?? "", name, command)));

    private Task<HubReply<CommandReply>> Facilitate(Guid sessionId, string name, Func<Engine.Scenarios.Model.SimTime, RunCommand> command) =>
        Reply(() => sender.Send(new FacilitatorRunCommand(CurrentCaller, sessionId, name, command)));

    /// <summary>
    /// A connection watches one session as one audience; joining another leaves the old group. A live
    /// page, which asked for HTML fragments, is pushed those through its fragment group
    /// (<see cref="FragmentGroupsFilter"/>) and never reads the JSON events, so it is not in an events
    /// group: sent both, every browser got every update twice.
    /// </summary>
    private async Task MoveToGroupAsync(string? group)
    {
        if (FragmentGroupsFilter.WantsFragments(Context))
        {
            group = null;
        }

        if (Context.Items.TryGetValue(GroupsKey, out var old) && old is string previous && previous != group)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, previous);
        }

        if (group is not null)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }

        Context.Items[GroupsKey] = group;
    }

    private static async Task<HubReply<T>> Reply<T>(Func<Task<T>> work)
    {
        try
        {
            return HubReply.Success(await work());
        }
        catch (AppException refused)
        {
            return HubReply.Failure<T>(refused.Code, refused.Message);
        }
    }
}
