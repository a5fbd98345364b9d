using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace ReferralSim.Web.Application.Dispatching;

/// <summary>
/// Sends each request through the registered pipeline behaviours (outermost first) to its one
/// handler, and publishes notifications to every handler in registration order.
/// </summary>
public sealed class Dispatcher(IServiceProvider services) : ISender, IPublisher
{
    private static readonly ConcurrentDictionary<(Type Request, Type Response), RequestInvoker> Invokers = new();

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var invoker = Invokers.GetOrAdd((request.GetType(), typeof(TResponse)),
            key => (RequestInvoker)Activator.CreateInstance(typeof(RequestInvoker<,>).MakeGenericType(key.Request, key.Response))!);
        return ((RequestInvoker<TResponse>)invoker).Invoke(request, services, cancellationToken);
    }

    public async Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        foreach (var handler in services.GetServices<INotificationHandler<TNotification>>())
        {
            await handler.Handle(notification, cancellationToken);
        }
    }

    private abstract class RequestInvoker;

    private abstract class RequestInvoker<TResponse> : RequestInvoker
    {
        public abstract Task<TResponse> Invoke(IRequest<TResponse> request, IServiceProvider services, CancellationToken cancellationToken);
    }

    private sealed class RequestInvoker<TRequest, TResponse> : RequestInvoker<TResponse> where TRequest : IRequest<TResponse>
    {
        public override Task<TResponse> Invoke(IRequest<TResponse> request, IServiceProvider services, CancellationToken cancellationToken)
        {
            var typed = (TRequest)request;
            var handler = services.GetRequiredService<IRequestHandler<TRequest, TResponse>>();
            RequestHandlerDelegate<TResponse> next = () => handler.Handle(typed, cancellationToken);
            foreach (var behavior in services.GetServices<IPipelineBehavior<TRequest, TResponse>>().Reverse())
            {
                var inner = next;
                next = () => behavior.Handle(typed, inner, cancellationToken);
            }

            return next();
        }
    }
}
