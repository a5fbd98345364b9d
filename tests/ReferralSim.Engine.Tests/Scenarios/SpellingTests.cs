using ReferralSim.Engine.Scenarios.Yaml;

namespace ReferralSim.Engine.Tests.Scenarios;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("seen_bye", "seen_by")]
    [InlineData("doktor", "doctor")]
    [InlineData("nures", "nurse")]
    [InlineData("strnog", "strong")]
    public void ClosestFindsTheLikelyIntendedWord(string typo, string intended)
    {
        Assert.Equal(intended, Spelling.Closest(typo, ["nurse", "doctor", "seen_by", "strong", "weak", "medium"]));
    }

    [Fact]
    public void ClosestFindsNothingForAnUnrelatedWord()
    {
        Assert.Null(Spelling.Closest("xyz", ["nurse", "doctor"]));
    }

    [Fact]
    public void ClosestFindsNothingAmongNoCandidates()
    {
        Assert.Null(Spelling.Closest("nurse", []));
    }

    [Fact]
    public void ClosestPrefersTheNearestCandidate()
    {
        Assert.Equal("alone", Spelling.Closest("alon", ["along-with", "alone", "lone"]));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("nures", "nurse", 1)]
    [InlineData("same", "same", 0)]
    public void DistanceCountsEditsWithASwapAsOne(string a, string b, int distance)
    {
        Assert.Equal(distance, Spelling.Distance(a, b));
        Assert.Equal(distance, Spelling.Distance(b, a));
    }
}
