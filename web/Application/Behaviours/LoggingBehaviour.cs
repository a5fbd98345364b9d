using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Logging;

namespace ReferralSim.Web.Application.Behaviours;

/// <summary>Logs every request once, here: what was asked, by whom, and how it ended.</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse> where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> continuation, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var caller = request is IFacilitatorRequest f ? f.Caller.ToString() : request is IParticipantRequest p ? p.Caller.ToString() : "anonymous";
        try
        {
            var response = await continuation();
            Log.RequestHandled(logger, typeof(TRequest).Name, caller, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (AppException refused)
        {
            Log.RequestRefused(logger, typeof(TRequest).Name, caller, refused.Code);
            throw;
        }
    }
}
