using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReferralSim.Engine.Runtime.Serialization;
using ReferralSim.Web.Application.Behaviours;
using ReferralSim.Web.Application.Dispatching;
using ReferralSim.Web.Auth;
using ReferralSim.Web.Components;
using ReferralSim.Web.Components.Facilitator;
using ReferralSim.Web.Components.Live;
using ReferralSim.Web.Endpoints;
using ReferralSim.Web.Hubs;
using ReferralSim.Web.Library;
using ReferralSim.Web.Logging;
using ReferralSim.Web.Sessions;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Hosting;

/// <summary>Composes the server: services, authentication, the hub, the endpoints. One place, read top to bottom.</summary>
public static class ServerHost
{
    /// <summary>Largest hub message accepted; a participant's message is at most 2,000 characters.</summary>
    public const long MaxHubMessageBytes = 16 * 1024;

    public static WebApplication Build(ServerSettings settings, string[] configurationArgs)
    {
        Directory.CreateDirectory(settings.DataFolder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configurationArgs, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(settings.Urls);
        // Serves wwwroot from the project folder when run from the build output (the build's
        // static-asset manifest); a no-op for a published app, whose wwwroot is beside it.
        builder.WebHost.UseStaticWebAssets();
        AddServices(builder.Services, builder.Configuration, settings);
        var app = builder.Build();
        app.UseReferralSimPages();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        app.MapReferralSimPages();
        app.MapFacilitatorPages();
        app.MapHealth();
        app.MapFacilitatorApi();
        app.MapSessionApi();
        app.MapAuthorPages();
        app.MapHub<SessionHub>("/hubs/session", options => options.ApplicationMaxBufferSize = MaxHubMessageBytes);
        return app;
    }

    public static void AddServices(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, ServerSettings settings)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddReferralSimStorage(configuration, settings.DataFolder);
        services.AddSingleton(provider => LoadLibrary(settings.ScenariosFolder, provider.GetRequiredService<ILoggerFactory>().CreateLogger("ReferralSim.Library")));
        services.AddSingleton<LiveSessionRegistry>();
        services.AddHostedService<SessionRecoveryService>();
        services.AddHostedService<SessionClockDriver>();
        services.AddDispatcher(typeof(ServerHost).Assembly);
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddSingleton<IPasswordHasher<FacilitatorRecord>, PasswordHasher<FacilitatorRecord>>();
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataFolder, "keys")));
        services.AddReferralSimRateLimits(configuration);
        AddAuthentication(services);
        services.AddReferralSimPages();
        services.AddFacilitatorPages();
        services.AddReferralSimAuthoring(settings);
        services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = MaxHubMessageBytes;
                options.AddFilter<FragmentGroupsFilter>();
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions = new JsonSerializerOptions(RunEventJson.Options));
    }

    private static void AddAuthentication(IServiceCollection services)
    {
        services.AddAuthentication(AuthSchemes.Facilitator)
            .AddCookie(AuthSchemes.Facilitator, options =>
            {
                options.Cookie.Name = AuthSchemes.FacilitatorCookie;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.LoginPath = "/sign-in";
                options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ParticipantAuthenticationHandler>(AuthSchemes.Participant, _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthSchemes.AnyUserPolicy, policy => policy
                .AddAuthenticationSchemes(AuthSchemes.Facilitator, AuthSchemes.Participant)
                .RequireAuthenticatedUser());
    }

    /// <summary>API and hub callers get a status code; pages get the sign-in redirect.</summary>
    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static ScenarioLibrary LoadLibrary(string folder, ILogger logger)
    {
        var library = ScenarioLibrary.Load(folder, (file, diagnostics) =>
            Log.ScenarioRejected(logger, file, string.Join("\n", diagnostics)));
        Log.ScenariosLoaded(logger, library.Scenarios.Count, folder);
        return library;
    }
}
