using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace ReferralSim.Web.Application.Dispatching;

public static class DispatchingServiceCollectionExtensions
{
    /// <summary>Registers the dispatcher and every request and notification handler in <paramref name="assembly"/>.</summary>
    public static IServiceCollection AddDispatcher(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<Dispatcher>();
        services.AddScoped<ISender>(sp => sp.GetRequiredService<Dispatcher>());
        services.AddScoped<IPublisher>(sp => sp.GetRequiredService<Dispatcher>());
        var handlerInterfaces = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>) };
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && handlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddScoped(contract, type);
            }
        }

        return services;
    }
}
