using System.Text.Json;
using System.Text.Json.Serialization;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Debrief;

/// <summary>Simulated time in a debrief's JSON: a number of simulated minutes (12.5 for 12m30s), easy to chart.</summary>
public sealed class SimTimeMinutesJsonConverter : JsonConverter<SimTime>
{
    public override SimTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new((int)Math.Round(reader.GetDouble() * 60));

    public override void Write(Utf8JsonWriter writer, SimTime value, JsonSerializerOptions options) => writer.WriteNumberValue(value.TotalMinutes);
}
