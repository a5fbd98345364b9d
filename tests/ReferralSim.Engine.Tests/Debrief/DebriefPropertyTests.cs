using ReferralSim.Engine.Debrief;
using ReferralSim.Engine.Runtime.Events;

namespace ReferralSim.Engine.Tests.Debrief;

/// <summary>Rules that must hold for every run, checked over many generated variants (fixed seed, so failures repeat).</summary>
public sealed class DebriefPropertyTests
{
    [Fact]
    public void AddingANoteOfATrueIndicatorNeverLowersTheIdentificationScore()
    {
        var random = new Random(20261122);
        var full = Playthrough.Expert().Events;
        var notes = full.OfType<ConcernNoted>().ToList();
        for (var variant = 0; variant < 60; variant++)
        {
            // Drop a random subset of the notes, then give one dropped note back.
            var dropped = notes.Where(_ => random.Next(3) == 0).ToHashSet();
            if (dropped.Count == 0)
            {
                continue;
            }

            var without = full.Where(e => e is not ConcernNoted n || !dropped.Contains(n)).ToList();
            var restored = dropped.ElementAt(random.Next(dropped.Count));
            var with = full.Where(e => e is not ConcernNoted n || !dropped.Contains(n) || ReferenceEquals(n, restored)).ToList();

            var before = Debriefer.Debrief(RepositoryScenarios.Reference, without).Scores.Identification.Points;
            var after = Debriefer.Debrief(RepositoryScenarios.Reference, with).Scores.Identification.Points;
            Assert.True(after >= before, $"variant {variant}: noting {restored.Indicator} lowered identification from {before} to {after}");
        }
    }

    [Fact]
    public void MovingTheReferralLaterNeverLowersTheDelayNorRaisesTimeliness()
    {
        var random = new Random(31);
        for (var variant = 0; variant < 12; variant++)
        {
            var earlier = random.Next(31, 118);
            var later = random.Next(earlier, 119);
            var first = Debriefer.Debrief(RepositoryScenarios.Reference, Playthrough.Expert(referralAt: earlier).Events);
            var second = Debriefer.Debrief(RepositoryScenarios.Reference, Playthrough.Expert(referralAt: later).Events);

            Assert.True(second.ReferralDelayMinutes >= first.ReferralDelayMinutes, $"referral at {earlier}m then {later}m");
            Assert.True(second.Scores.Timeliness.Points <= first.Scores.Timeliness.Points, $"referral at {earlier}m then {later}m");
        }
    }
}
