using System.Diagnostics.CodeAnalysis;

namespace ReferralSim.Web.Application.Dispatching;

/// <summary>The rest of the pipeline, ending in the handler.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "MediatR's name, kept so the package can replace this dispatcher.")]
public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();

/// <summary>Cross-cutting work around every request (validation, authorization, logging), written once.</summary>
public interface IPipelineBehavior<in TRequest, TResponse> where TRequest : notnull
{
    Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> continuation, CancellationToken cancellationToken);
}
