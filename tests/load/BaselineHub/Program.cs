using Microsoft.AspNetCore.SignalR;
using ReferralSim.Load.BaselineHub;

// A bare SignalR hub for the load tool's baseline: the same route and push name as ReferralSim's
// hub, no authentication, no storage, no engine. Loopback only. With `--durable FILE` every
// message is first made durable in FILE (DurableLog), the least any durable server must do.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
builder.Services.AddSignalR();
// Created before the server listens, so a file that cannot be written stops it at once; disposed
// when it stops (the container does not dispose an instance it was given).
using var durableLog = builder.Configuration["durable"] is { Length: > 0 } durableFile ? new DurableLog(durableFile) : null;
if (durableLog is not null)
{
    builder.Services.AddSingleton(durableLog);
}

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapHub<BareHub>("/hubs/session");
await app.RunAsync();

namespace ReferralSim.Load.BaselineHub
{
    /// <summary>Join a group, then every <c>Message</c> goes to that group as an <c>events</c> push.</summary>
    public sealed class BareHub(DurableLog? durableLog = null) : Hub
    {
        private const string GroupKey = "group";
        private static long s_sequence;

        /// <summary>Joins <paramref name="group"/> (a connection belongs to one group at a time).</summary>
        public async Task<object> Join(string group)
        {
            if (Context.Items.TryGetValue(GroupKey, out var old) && old is string previous)
            {
                await Groups.RemoveFromGroupAsync(Context.ConnectionId, previous);
            }

            await Groups.AddToGroupAsync(Context.ConnectionId, group);
            Context.Items[GroupKey] = group;
            return new { ok = true };
        }

        /// <summary>Broadcasts <paramref name="payload"/> to the caller's group, shaped like ReferralSim's pushes.</summary>
        public async Task<object> Message(object? payload)
        {
            if (Context.Items.TryGetValue(GroupKey, out var value) is false || value is not string group)
            {
                return new { ok = false, code = "no-group" };
            }

            var sequence = Interlocked.Increment(ref s_sequence);
            durableLog?.Append(sequence);
            await Clients.Group(group).SendAsync("events", new[] { new { sequence, @event = payload } });
            return new { ok = true, data = new { sequence } };
        }
    }
}
