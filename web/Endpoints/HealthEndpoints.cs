using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReferralSim.Web.Library;
using ReferralSim.Web.Storage;

namespace ReferralSim.Web.Endpoints;

public static class HealthEndpoints
{
    /// <summary><c>GET /healthz</c>: storage reachable, scenarios loaded, and those left out with their first error.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (IStorageHealthCheck storage, ScenarioLibrary library, CancellationToken cancellationToken) =>
        {
            var health = await storage.CheckAsync(cancellationToken);
            var body = new
            {
                status = health.Healthy ? "ok" : "unhealthy",
                storage = new { provider = health.Provider, healthy = health.Healthy, error = health.Error },
                scenarios = new
                {
                    loaded = library.Scenarios.Select(s => new { id = s.Id, version = s.Scenario.Definition.Version }),
                    rejected = library.Rejected.Select(d => d.ToString()),
                },
            };
            return Results.Json(body, statusCode: health.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
