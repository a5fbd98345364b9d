namespace ReferralSim.Web.Storage;

/// <summary>Configuration section <c>Storage</c>: SQLite in the data folder by default, or PostgreSQL.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>For postgres: an Npgsql connection string. For sqlite: optional; default is <c>{data}/referralsim.db</c>.</summary>
    public string? ConnectionString { get; set; }
}
