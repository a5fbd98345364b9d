using ReferralSim.Web.Application.Dispatching;

namespace ReferralSim.Web.Application.Behaviours;

public sealed class ValidationBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse> where TRequest : notnull
{
    public Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> continuation, CancellationToken cancellationToken) =>
        request is IValidatedRequest validated && validated.Validate() is { } problem
            ? throw new AppException("invalid-request", problem)
            : continuation();
}
