namespace ReferralSim.Web.Application.Dispatching;

/// <summary>
/// A command or query with its response type. The dispatcher has MediatR's shape (ISender,
/// IPublisher, pipeline behaviours) so the package can replace it; MediatR itself cannot be restored
/// here (its MediatR.Contracts dependency is missing, and 13+ is commercially licensed).
/// </summary>
public interface IRequest<out TResponse>;
