using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Tests.Scenarios;

public sealed class SimTimeTests
{
    [Theory]
    [InlineData("1h30m", 5400)]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("0m", 0)]
    [InlineData("1h0m30s", 3630)]
    [InlineData(" 15m ", 900)]
    public void ParsesDurationsAsAuthorsWriteThem(string text, int seconds)
    {
        Assert.True(SimTime.TryParse(text, out var time));

        Assert.Equal(seconds, time.Seconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5 minutes")]
    [InlineData("15")]
    [InlineData("m")]
    [InlineData("30m1h")]
    [InlineData("-5m")]
    [InlineData("1.5h")]
    [InlineData("99999999999h")]
    [InlineData(null)]
    public void RejectsWhatIsNotADuration(string? text)
    {
        Assert.False(SimTime.TryParse(text, out var time));

        Assert.Equal(SimTime.Zero, time);
    }

    [Fact]
    public void ParseThrowsAFormatExceptionNamingTheText()
    {
        var error = Assert.Throws<FormatException>(() => SimTime.Parse("soon"));

        Assert.Contains("'soon'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5400, "1h30m")]
    [InlineData(90, "1m30s")]
    [InlineData(0, "0m")]
    [InlineData(3600, "1h")]
    [InlineData(3601, "1h1s")]
    [InlineData(-90, "-1m30s")]
    public void FormatsAsAuthorsWriteDurations(int seconds, string text)
    {
        Assert.Equal(text, new SimTime(seconds).ToString());
    }

    [Theory]
    [InlineData("1h30m")]
    [InlineData("45s")]
    [InlineData("2h5m7s")]
    public void FormattingThenParsingGivesTheSameTime(string text)
    {
        var time = SimTime.Parse(text);

        Assert.Equal(time, SimTime.Parse(time.ToString()));
    }

    [Fact]
    public void ComparesAndAddsBySeconds()
    {
        var a = SimTime.FromMinutes(30);
        var b = SimTime.Parse("1h");

        Assert.True(a < b);
        Assert.Equal(SimTime.Parse("1h30m"), a + b);
        Assert.Equal(a, b - a);
        Assert.Equal(b, SimTime.Max(a, b));
    }
}
