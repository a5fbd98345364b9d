using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using ReferralSim.Engine.Runtime;
using ReferralSim.Engine.Runtime.Events;
using ReferralSim.Engine.Runtime.Serialization;
using ReferralSim.Engine.Scenarios.Model;
using ReferralSim.Web.Storage;
using ReferralSim.Web.Storage.Sql;

namespace ReferralSim.Web.Tests.Storage;

/// <summary>
/// The storage contracts, run unchanged against each provider (the derived classes below): the
/// same code path must behave the same on SQLite and PostgreSQL.
/// </summary>
public abstract class StorageContractTests<TFixture>(TFixture fixture) : IAsyncLifetime
    where TFixture : StorageFixture
{
    private SqlDatabase? database;

    protected TFixture Fixture { get; } = fixture;

    protected SqlDatabase Database => database ?? throw new InvalidOperationException("not initialised");

    private SqlEventStore Events => new(Database);

    private SqlSessionStore Sessions => new(Database);

    private SqlFacilitatorStore Facilitators => new(Database);

    private SqlScenarioVersionStore Scenarios => new(Database);

    public Task InitializeAsync()
    {
        database = Fixture.OpenDatabase();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    // ---- event streams ----

    [Fact]
    public async Task AppendedEventsReadBackInOrderWithTheSameJson()
    {
        var session = await CreateSessionAsync();
        RunEvent[] events =
        [
            new Narrated(SimTime.FromMinutes(3), Audience.All, "Η Άννα φτάνει στα επείγοντα."),
            new MessageSent(SimTime.FromMinutes(4), Audience.Of(["nurse", "police"]), "nurse", ["police"], "Σε παρακαλώ <b>έλα</b> & \"γρήγορα\" 'τώρα'"),
            new StateChanged(new SimTime(301), Audience.Facilitator, "triage", "interview", "nurse-asks-alone"),
        ];

        var version = await Events.AppendAsync(session.Id, 0, events);

        Assert.Equal(3, version);
        var stored = await Events.ReadAsync(session.Id);
        Assert.Equal([1L, 2L, 3L], stored.Select(e => e.Sequence));
        Assert.Equal(events.Select(RunEventJson.Serialize), stored.Select(e => RunEventJson.Serialize(e.Event)));
        var message = Assert.IsType<MessageSent>(stored[1].Event);
        Assert.Equal("Σε παρακαλώ <b>έλα</b> & \"γρήγορα\" 'τώρα'", message.Text);

        // The column holds exactly the engine's JSON, byte for byte, with its type and sim time.
        var rows = await QueryAsync(
            "SELECT type, payload, sim_seconds FROM session_events WHERE session_id = @session ORDER BY sequence;",
            ("@session", Database.Dialect.ToDb(session.Id)),
            reader => (reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        Assert.Equal(
            [("narrated", RunEventJson.Serialize(events[0]), 180), ("message-sent", RunEventJson.Serialize(events[1]), 240), ("state-changed", RunEventJson.Serialize(events[2]), 301)],
            rows);
    }

    [Fact]
    public async Task SequencesStartAtOneAndStayContiguousAcrossAppends()
    {
        var session = await CreateSessionAsync();

        Assert.Equal(2, await Events.AppendAsync(session.Id, 0, [Narrate(1), Narrate(2)]));
        Assert.Equal(3, await Events.AppendAsync(session.Id, 2, [Narrate(3)]));
        Assert.Equal(6, await Events.AppendAsync(session.Id, 3, [Narrate(4), Narrate(5), Narrate(6)]));

        var stored = await Events.ReadAsync(session.Id);
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], stored.Select(e => e.Sequence));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], stored.Select(e => ((Narrated)e.Event).Text));
    }

    [Fact]
    public async Task ReadingAfterASequenceReturnsOnlyTheLaterEvents()
    {
        var session = await CreateSessionAsync();
        await Events.AppendAsync(session.Id, 0, [Narrate(1), Narrate(2), Narrate(3), Narrate(4)]);

        Assert.Equal([3L, 4L], (await Events.ReadAsync(session.Id, afterSequence: 2)).Select(e => e.Sequence));
        Assert.Empty(await Events.ReadAsync(session.Id, afterSequence: 4));
        Assert.Empty(await Events.ReadAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task AWriterWithAStaleVersionLosesAndNoneOfItsBatchIsStored()
    {
        var session = await CreateSessionAsync();
        await Events.AppendAsync(session.Id, 0, [Narrate(1), Narrate(2)]);

        var error = await Assert.ThrowsAsync<EventStoreConcurrencyException>(
            () => Events.AppendAsync(session.Id, 1, [Narrate(99), Narrate(100), Narrate(101)]));
        Assert.Equal(session.Id, error.SessionId);
        Assert.Equal(1, error.ExpectedVersion);
        Assert.Equal(2, error.ActualVersion);
        await Assert.ThrowsAsync<EventStoreConcurrencyException>(() => Events.AppendAsync(session.Id, 0, [Narrate(99)]));
        await Assert.ThrowsAsync<EventStoreConcurrencyException>(() => Events.AppendAsync(session.Id, 5, [Narrate(99)]));

        Assert.Equal(["1", "2"], (await Events.ReadAsync(session.Id)).Select(e => ((Narrated)e.Event).Text));
    }

    [Fact]
    public async Task OfTwoConcurrentAppendsAtTheSameVersionExactlyOneWins()
    {
        // Each writer has its own store instance (its own connections), as two servers would.
        await using var other = Fixture.OpenDatabase();
        for (var round = 0; round < 10; round++)
        {
            var session = await CreateSessionAsync();
            await Events.AppendAsync(session.Id, 0, [Narrate(0)]);
            RunEvent[] first = [Narrate(100 + round), Narrate(200 + round)];
            RunEvent[] second = [Narrate(300 + round), Narrate(400 + round), Narrate(500 + round)];

            var outcomes = await Task.WhenAll(
                Task.Run(() => TryAppendAsync(new SqlEventStore(Database), session.Id, first)),
                Task.Run(() => TryAppendAsync(new SqlEventStore(other), session.Id, second)));

            Assert.Single(outcomes, o => o.Version is not null);
            var loser = Assert.Single(outcomes, o => o.Error is not null).Error;
            Assert.Equal(1, loser?.ExpectedVersion);
            var winner = outcomes[0].Version is not null ? first : second;
            var stored = await Events.ReadAsync(session.Id);
            Assert.Equal(winner.Length + 1, stored.Count);
            Assert.Equal(winner.Select(RunEventJson.Serialize), stored.Skip(1).Select(e => RunEventJson.Serialize(e.Event)));
        }
    }

    [Fact]
    public async Task AppendsSentTogetherEachCommitOrFailAloneThoughTheyShareACommit()
    {
        var sessions = new List<SessionRecord>();
        for (var i = 0; i < 8; i++)
        {
            sessions.Add(await CreateSessionAsync());
        }

        await Events.AppendAsync(sessions[3].Id, 0, [Narrate(0)]);

        // Started together, so the group-commit writer takes several into one transaction.
        var appends = sessions.Select(s => Events.AppendAsync(s.Id, 0, [Narrate(1), Narrate(2)])).ToList();
        var unknown = Events.AppendAsync(Guid.NewGuid(), 0, [Narrate(1)]);

        for (var i = 0; i < sessions.Count; i++)
        {
            if (i == 3)
            {
                var refused = await Assert.ThrowsAsync<EventStoreConcurrencyException>(() => appends[i]);
                Assert.Equal(1, refused.ActualVersion);
                Assert.Single(await Events.ReadAsync(sessions[i].Id));
            }
            else
            {
                Assert.Equal(2, await appends[i]);
                Assert.Equal(["1", "2"], (await Events.ReadAsync(sessions[i].Id)).Select(e => ((Narrated)e.Event).Text));
            }
        }

        await Assert.ThrowsAsync<KeyNotFoundException>(() => unknown);
    }

    [Fact]
    public async Task AnEmptyAppendStoresNothingAndReturnsTheVersion()
    {
        var session = await CreateSessionAsync();
        Assert.Equal(0, await Events.AppendAsync(session.Id, 0, []));
        await Events.AppendAsync(session.Id, 0, [Narrate(1)]);

        Assert.Equal(1, await Events.AppendAsync(session.Id, 1, []));
        await Assert.ThrowsAsync<EventStoreConcurrencyException>(() => Events.AppendAsync(session.Id, 0, []));
        Assert.Single(await Events.ReadAsync(session.Id));
    }

    [Fact]
    public async Task AppendingToASessionThatDoesNotExistIsRefused()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Events.AppendAsync(Guid.NewGuid(), 0, [Narrate(1)]));
    }

    [Fact]
    public async Task EventsSurviveClosingAndReopeningTheStore()
    {
        var session = await CreateSessionAsync();
        RunEvent[] events = [Narrate(1), new MessageSent(SimTime.FromMinutes(9), Audience.All, "police", ["nurse"], "Σε παρακαλώ <b>")];
        await using (var first = Fixture.OpenDatabase())
        {
            await new SqlEventStore(first).AppendAsync(session.Id, 0, events);
        }

        await using var reopened = Fixture.OpenDatabase();
        var stored = await new SqlEventStore(reopened).ReadAsync(session.Id);
        Assert.Equal(events.Select(RunEventJson.Serialize), stored.Select(e => RunEventJson.Serialize(e.Event)));
        Assert.Equal("Σε παρακαλώ <b>", Assert.IsType<MessageSent>(stored[1].Event).Text);
        Assert.Equal(2, await new SqlEventStore(reopened).AppendAsync(session.Id, 2, []));
    }

    [Fact]
    public async Task RecordedAtIsTheInjectedClockAtCommit()
    {
        var session = await CreateSessionAsync();
        var first = new DateTimeOffset(2025, 6, 1, 8, 0, 0, 123, TimeSpan.Zero);
        var second = new DateTimeOffset(2025, 6, 1, 8, 5, 30, 456, TimeSpan.Zero);

        Fixture.Time.Now = first;
        await Events.AppendAsync(session.Id, 0, [Narrate(1), Narrate(2)]);
        Fixture.Time.Now = second;
        await Events.AppendAsync(session.Id, 2, [Narrate(3)]);

        var stored = await Events.ReadAsync(session.Id);
        Assert.Equal([first, first, second], stored.Select(e => e.RecordedAt));
        Assert.All(stored, e => Assert.Equal(TimeSpan.Zero, e.RecordedAt.Offset));
    }

    // ---- schema ----

    [Fact]
    public async Task MigrationsApplyOnceAndAreIdempotent()
    {
        await using var dialect = await Fixture.CreateEmptyDatabaseAsync();

        Assert.Equal(SchemaMigrations.All.Count, await SchemaMigrations.ApplyAsync(dialect, Fixture.Time));
        Assert.Equal(0, await SchemaMigrations.ApplyAsync(dialect, Fixture.Time));

        // Two instances starting at once on the same database: both succeed, nothing is applied twice.
        await using var a = new SqlDatabase(Fixture.CreateDialect(), Fixture.Time);
        await using var b = new SqlDatabase(Fixture.CreateDialect(), Fixture.Time);
        await Task.WhenAll(Task.Run(() => a.InitializeAsync()), Task.Run(() => b.InitializeAsync()));
        await a.InitializeAsync();

        var versions = await QueryAsync("SELECT version FROM schema_version ORDER BY version;", null, reader => reader.GetInt32(0));
        Assert.Equal(SchemaMigrations.All.Select(m => m.Version), versions);
    }

    [Fact]
    public async Task TheHealthCheckNamesTheProviderAndRunsAQuery()
    {
        var health = await Database.CheckAsync();

        Assert.Equal(new StorageHealth(Fixture.Provider, true, null), health);
    }

    [Fact]
    public async Task RegistrationFromConfigurationGivesWorkingStores()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Fixture.Settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(Fixture.Time);
        services.AddReferralSimStorage(configuration, Path.Combine(Path.GetTempPath(), "referralsim-unused-" + Guid.NewGuid().ToString("N")));
        await using var provider = services.BuildServiceProvider();

        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.Equal(new StorageHealth(Fixture.Provider, true, null), await provider.GetRequiredService<IStorageHealthCheck>().CheckAsync());
        var session = NewSession();
        await provider.GetRequiredService<ISessionStore>().CreateAsync(session);
        Assert.Equal(1, await provider.GetRequiredService<IEventStore>().AppendAsync(session.Id, 0, [Narrate(1)]));
        Assert.Single(await Events.ReadAsync(session.Id));
    }

    // ---- sessions and participants ----

    [Fact]
    public async Task SessionsAreCreatedFoundListedAndChangeStatus()
    {
        var facilitator = Guid.NewGuid();
        var older = NewSession(facilitator) with { CreatedAt = new DateTimeOffset(2025, 1, 2, 10, 0, 0, TimeSpan.FromHours(2)), Language = "el" };
        var newer = NewSession(facilitator) with { CreatedAt = new DateTimeOffset(2025, 1, 3, 10, 0, 0, TimeSpan.Zero) };
        await Sessions.CreateAsync(older);
        await Sessions.CreateAsync(newer);
        await Sessions.CreateAsync(NewSession());

        Assert.Equal(older, await Sessions.FindAsync(older.Id));
        Assert.Equal(newer, await Sessions.FindByJoinCodeAsync(newer.JoinCode));
        Assert.Null(await Sessions.FindAsync(Guid.NewGuid()));
        Assert.Null(await Sessions.FindByJoinCodeAsync(newer.JoinCode.ToLowerInvariant()));
        Assert.Equal([newer, older], await Sessions.ListByFacilitatorAsync(facilitator));

        await Sessions.SetStatusAsync(older.Id, SessionStatus.Running);
        await Sessions.SetStatusAsync(newer.Id, SessionStatus.Paused);
        var live = await Sessions.ListLiveAsync();
        Assert.Contains(older with { Status = SessionStatus.Running }, live);
        Assert.Contains(newer with { Status = SessionStatus.Paused }, live);
        Assert.All(live, s => Assert.True(s.Status is SessionStatus.Running or SessionStatus.Paused));

        await Sessions.SetStatusAsync(older.Id, SessionStatus.Ended);
        Assert.Equal(SessionStatus.Ended, (await Sessions.FindAsync(older.Id))?.Status);
        Assert.DoesNotContain(await Sessions.ListLiveAsync(), s => s.Id == older.Id);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Sessions.SetStatusAsync(Guid.NewGuid(), SessionStatus.Ended));
    }

    [Fact]
    public async Task ATakenJoinCodeOrIdIsADuplicateKey()
    {
        var session = await CreateSessionAsync();

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Sessions.CreateAsync(NewSession() with { JoinCode = session.JoinCode }));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Sessions.CreateAsync(session with { JoinCode = NewJoinCode() }));
        Assert.Equal(session, await Sessions.FindByJoinCodeAsync(session.JoinCode));
    }

    [Fact]
    public async Task ParticipantsAreAddedFoundByTokenListedAndGivenRoles()
    {
        var session = await CreateSessionAsync();
        var eleni = new ParticipantRecord(Guid.NewGuid(), session.Id, "Ελένη <script>", null, "hash-" + Guid.NewGuid(), false, Fixture.Time.Now);
        var bot = new ParticipantRecord(Guid.NewGuid(), session.Id, "Bot 1", "police", "hash-" + Guid.NewGuid(), true, Fixture.Time.Now.AddMinutes(1));
        await Sessions.AddParticipantAsync(eleni);
        await Sessions.AddParticipantAsync(bot);

        Assert.Equal(eleni, await Sessions.FindParticipantByTokenHashAsync(eleni.TokenHash));
        Assert.Null(await Sessions.FindParticipantByTokenHashAsync("no-such-hash"));
        Assert.Equal([eleni, bot], await Sessions.ListParticipantsAsync(session.Id));
        Assert.Empty(await Sessions.ListParticipantsAsync(Guid.NewGuid()));

        await Sessions.AssignRoleAsync(eleni.Id, "nurse");
        Assert.Equal("nurse", (await Sessions.FindParticipantByTokenHashAsync(eleni.TokenHash))?.Role);
        await Sessions.AssignRoleAsync(bot.Id, null);
        Assert.Null((await Sessions.FindParticipantByTokenHashAsync(bot.TokenHash))?.Role);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Sessions.AssignRoleAsync(Guid.NewGuid(), "nurse"));
    }

    [Fact]
    public async Task AParticipantNeedsASessionAndAUniqueToken()
    {
        var session = await CreateSessionAsync();
        var participant = new ParticipantRecord(Guid.NewGuid(), session.Id, "A", null, "hash-" + Guid.NewGuid(), false, Fixture.Time.Now);
        await Sessions.AddParticipantAsync(participant);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Sessions.AddParticipantAsync(participant with { Id = Guid.NewGuid() }));
        await Assert.ThrowsAsync<KeyNotFoundException>(
            () => Sessions.AddParticipantAsync(participant with { Id = Guid.NewGuid(), SessionId = Guid.NewGuid(), TokenHash = "other" }));
    }

    // ---- facilitators ----

    [Fact]
    public async Task FacilitatorsAreCreatedCountedAndFoundByUserNameIgnoringCase()
    {
        var before = await Facilitators.CountAsync();
        var latin = new FacilitatorRecord(Guid.NewGuid(), "Maria.K-" + Guid.NewGuid().ToString("N")[..6], "pbkdf2$hash", Fixture.Time.Now);
        var greek = new FacilitatorRecord(Guid.NewGuid(), "ελένη-" + Guid.NewGuid().ToString("N")[..6], "pbkdf2$other", Fixture.Time.Now);
        await Facilitators.CreateAsync(latin);
        await Facilitators.CreateAsync(greek);

        Assert.Equal(before + 2, await Facilitators.CountAsync());
        Assert.Equal(latin, await Facilitators.FindByUserNameAsync(latin.UserName.ToUpperInvariant()));
        Assert.Equal(latin, await Facilitators.FindByUserNameAsync(latin.UserName.ToLowerInvariant()));
        Assert.Equal(greek, await Facilitators.FindByUserNameAsync(greek.UserName.ToUpperInvariant()));
        Assert.Equal(greek, await Facilitators.FindAsync(greek.Id));
        Assert.Null(await Facilitators.FindByUserNameAsync("nobody"));
        Assert.Null(await Facilitators.FindAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task ATakenUserNameInAnyCaseIsADuplicateKey()
    {
        var facilitator = new FacilitatorRecord(Guid.NewGuid(), "Nikos-" + Guid.NewGuid().ToString("N")[..6], "h", Fixture.Time.Now);
        await Facilitators.CreateAsync(facilitator);
        var count = await Facilitators.CountAsync();

        await Assert.ThrowsAsync<DuplicateKeyException>(
            () => Facilitators.CreateAsync(facilitator with { Id = Guid.NewGuid(), UserName = facilitator.UserName.ToUpperInvariant() }));
        Assert.Equal(count, await Facilitators.CountAsync());
    }

    // ---- scenario versions ----

    [Fact]
    public async Task ScenarioVersionsAreSavedOnceFoundAndListedNewestFirst()
    {
        var scenario = "gr-ed-lover-boy-" + Guid.NewGuid().ToString("N")[..6];
        var v1 = new ScenarioVersionRecord(scenario, "sha256:aaa", 1, "id: x\ntitle: Σενάριο <1>\n", Fixture.Time.Now);
        var v2 = new ScenarioVersionRecord(scenario, "sha256:bbb", 2, "id: x\ntitle: Σενάριο 2\n", Fixture.Time.Now.AddDays(1));

        await Scenarios.SaveAsync(v1);
        await Scenarios.SaveAsync(v1);
        await Scenarios.SaveAsync(v1 with { Yaml = "changed", SavedAt = Fixture.Time.Now.AddHours(1) });
        await Scenarios.SaveAsync(v2);

        Assert.Equal(v1, await Scenarios.FindAsync(scenario, "sha256:aaa"));
        Assert.Null(await Scenarios.FindAsync(scenario, "sha256:zzz"));
        Assert.Equal([v2, v1], (await Scenarios.ListAsync()).Where(v => v.ScenarioId == scenario));
    }

    // ---- helpers ----

    protected static Narrated Narrate(int n) => new(new SimTime(n), Audience.All, n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // Letters included, so a lower-cased code differs from it.
    private static string NewJoinCode() => "RS" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    private SessionRecord NewSession(Guid? facilitator = null) => new(
        Guid.NewGuid(), NewJoinCode(), facilitator ?? Guid.NewGuid(), "gr-ed-lover-boy", "sha256:abc", 42, "en", SessionStatus.Lobby, Fixture.Time.Now);

    protected async Task<SessionRecord> CreateSessionAsync()
    {
        var session = NewSession();
        await Sessions.CreateAsync(session);
        return session;
    }

    private static async Task<(long? Version, EventStoreConcurrencyException? Error)> TryAppendAsync(SqlEventStore store, Guid sessionId, RunEvent[] events)
    {
        try
        {
            return (await store.AppendAsync(sessionId, 1, events), null);
        }
        catch (EventStoreConcurrencyException error)
        {
            return (null, error);
        }
    }

    protected async Task<List<T>> QueryAsync<T>(string sql, (string Name, object Value)? parameter, Func<DbDataReader, T> read)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = SqlDatabase.Command(connection, sql);
        if (parameter is { } p)
        {
            SqlDatabase.AddParameter(command, p.Name, p.Value);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

public sealed class SqliteStorageTests(SqliteFixture fixture) : StorageContractTests<SqliteFixture>(fixture), IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task TheFileIsInWalModeWithFullSyncAndForeignKeys()
    {
        var pragmas = await QueryAsync("SELECT (SELECT journal_mode FROM pragma_journal_mode), (SELECT synchronous FROM pragma_synchronous), (SELECT foreign_keys FROM pragma_foreign_keys);", null,
            reader => (reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));

        Assert.Equal(("wal", 2, 1), Assert.Single(pragmas));
        Assert.True(File.Exists(Fixture.DatabaseFile));
    }

    [Fact]
    public async Task ByDefaultTheDatabaseIsCreatedInTheDataFolderOnFirstUse()
    {
        var dataFolder = Path.Combine(Fixture.Folder, "data-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection().AddLogging();
        services.AddReferralSimStorage(new ConfigurationBuilder().Build(), dataFolder);
        await using var provider = services.BuildServiceProvider();

        Assert.False(Directory.Exists(dataFolder));
        Assert.Equal(0, await provider.GetRequiredService<IFacilitatorStore>().CountAsync());
        Assert.True(File.Exists(Path.Combine(dataFolder, "referralsim.db")));
    }
}

public sealed class PostgresStorageTests(PostgresFixture fixture) : StorageContractTests<PostgresFixture>(fixture), IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task ARaceThePrimaryKeyCatchesIsAConcurrencyConflict()
    {
        // Another writer has passed its version check and inserted sequence 1, not yet committed:
        // this append also sees version 0, inserts sequence 1, and waits on the key.
        var session = await CreateSessionAsync();
        await using var connection = await Database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var insert = SqlDatabase.Command(
            connection,
            "INSERT INTO session_events (session_id, sequence, type, payload, sim_seconds, recorded_at) VALUES (@session, 1, 'narrated', @payload, 1, now());",
            transaction))
        {
            SqlDatabase.AddParameter(insert, "@session", session.Id);
            SqlDatabase.AddParameter(insert, "@payload", RunEventJson.Serialize(Narrate(1)));
            await insert.ExecuteNonQueryAsync();
        }

        var append = Task.Run(() => new SqlEventStore(Database).AppendAsync(session.Id, 0, [Narrate(2), Narrate(3)]));
        await WaitUntilAnAppendWaitsOnALockAsync(append);
        await transaction.CommitAsync();

        var error = await Assert.ThrowsAsync<EventStoreConcurrencyException>(() => append);
        Assert.Equal((0L, 1L), (error.ExpectedVersion, error.ActualVersion));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
        Assert.Equal([1L], (await new SqlEventStore(Database).ReadAsync(session.Id)).Select(e => e.Sequence));
    }

    private async Task WaitUntilAnAppendWaitsOnALockAsync(Task append)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!append.IsCompleted)
        {
            var waiting = await QueryAsync(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock';",
                null,
                reader => reader.GetInt64(0));
            if (waiting[0] > 0)
            {
                return;
            }

            await Task.Delay(10, timeout.Token);
        }
    }
}
