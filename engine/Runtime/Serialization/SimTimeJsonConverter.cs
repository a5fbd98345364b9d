using System.Text.Json;
using System.Text.Json.Serialization;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Runtime.Serialization;

/// <summary>Simulated time on the wire as authors write it: "12m30s".</summary>
public sealed class SimTimeJsonConverter : JsonConverter<SimTime>
{
    public override SimTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        SimTime.TryParse(reader.GetString(), out var time) ? time : throw new JsonException($"'{reader.GetString()}' is not a simulated time such as 12m30s");

    public override void Write(Utf8JsonWriter writer, SimTime value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
