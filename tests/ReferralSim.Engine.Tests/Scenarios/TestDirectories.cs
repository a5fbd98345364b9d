using ReferralSim.Engine.Scenarios.Directories;
using ReferralSim.Engine.Scenarios.Model;

namespace ReferralSim.Engine.Tests.Scenarios;

/// <summary>An in-memory directory host with one tiny Greek directory of two services.</summary>
internal sealed class TestDirectories : IReferralDirectories
{
    public static TestDirectories Greece { get; } = new(new ReferralDirectory
    {
        Country = "GR",
        Name = LocalizedText.Of("Greece"),
        EmergencyNumber = "112",
        Services =
        [
            new ReferralService
            {
                Id = "gr-ekka-nrm",
                Name = LocalizedText.Of("National Referral Mechanism"),
                Kind = ServiceKind.NrmCoordinator,
                Description = LocalizedText.Of("Coordinates the identification and referral of victims."),
                Phone = "197",
                Serves = [ServedGroup.Adults, ServedGroup.Minors],
                Source = "test fixture",
            },
            new ReferralService
            {
                Id = "gr-a21-1109",
                Name = LocalizedText.Of("A21 hotline"),
                Kind = ServiceKind.Hotline,
                Description = LocalizedText.Of("A hotline for victims of trafficking."),
                Phone = "1109",
                Serves = [ServedGroup.Adults],
                Source = "test fixture",
            },
        ],
    });

    private readonly Dictionary<string, ReferralDirectory> _byCountry;

    public TestDirectories(params ReferralDirectory[] directories) =>
        _byCountry = directories.ToDictionary(d => d.Country, StringComparer.Ordinal);

    public ReferralDirectory? Find(string country) => _byCountry.GetValueOrDefault(country);
}
