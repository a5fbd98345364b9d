namespace ReferralSim.Engine.Runtime.Views;

/// <summary>Something the role has seen and may note as a concern. Distractors look the same: telling them apart is the exercise.</summary>
public sealed record ObservationView(string Id, string Text, bool Noted);
