namespace ReferralSim.Engine.Runtime.Commands;

/// <summary>Why a command was refused. Stable, kebab-case on the wire: clients switch on them.</summary>
public enum RejectionCode
{
    NotStarted,
    AlreadyStarted,
    Paused,
    NotPaused,
    Ended,
    TimeGoesBackwards,
    UnknownRole,
    UnknownAction,
    NotYourAction,
    NotAvailableInState,
    GuardUnmet,
    AlreadyDone,
    RoleBusy,
    UnknownIndicator,
    NotSeenByRole,
    AlreadyNoted,
    UnknownInject,
    InjectNotManual,
    InjectAlreadyFired,
    InjectConditionUnmet,
    UnknownService,
    ReferralNotAllowed,
    EmptyMessage,
    MessageTooLong,
    NoRecipients,
    InvalidSpeed,
    AlreadyABot,
}
