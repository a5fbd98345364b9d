using ReferralSim.Engine.Runtime.Commands;
using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Web.Application;

/// <summary>The engine's refusals as the application's error codes, in one place.</summary>
public static class RejectionCodes
{
    public static string ToCode(RejectionCode code) => code switch
    {
        RejectionCode.Paused => "session-paused",
        RejectionCode.Ended => "session-ended",
        RejectionCode.NotStarted => "session-not-started",
        RejectionCode.AlreadyStarted => "session-already-started",
        _ => YamlNaming.EnumValue(code.ToString()),
    };

    public static AppException ToException(CommandRejection rejection) => new(ToCode(rejection.Code), rejection.Message);
}
