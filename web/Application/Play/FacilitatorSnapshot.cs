using ReferralSim.Engine.Runtime.Views;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Application.Play;

/// <summary>The facilitator's whole picture of a session: people, roles, clock, state, and every event missed.</summary>
public sealed record FacilitatorSnapshot(
    SessionRecord Session,
    IReadOnlyList<ParticipantRecord> Participants,
    RunPhase Phase,
    SimTime Now,
    double Speed,
    string CurrentState,
    IReadOnlyList<SequencedEvent> Missed,
    long Version);
