using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Data.Postgres;
using CseaHub.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace CseaHub.Web.Data;

public static class HubData
{
    private static readonly ComplexValuesByColumn ComplexValues = new();

    /// <summary>
    /// Chooses the provider from <c>Database:Provider</c> (<c>Sqlite</c> by default) and the connection string from
    /// <c>ConnectionStrings:Hub</c>; without one, SQLite uses <c>hub.db</c> in the data directory.
    /// </summary>
    /// <remarks>
    /// Settings are read when the services are first resolved, not while the builder runs, so configuration added
    /// late (test hosts, <c>--Database:Provider=…</c>) is honoured.
    /// </remarks>
    public static WebApplicationBuilder AddHubData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HubDataOptions>().Configure<IConfiguration>(ReadSettings);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<HubDataOptions>>().Value);

        // Profiles load several collections at once; split queries avoid the cartesian blow-up of one big join.
        // A list in a query (slugs.Contains(…)) goes as one parameter (SQLite json_each, PostgreSQL an array), as before
        // EF Core 10: one parameter per value fails past SQLite's 32,766 variables, which a 100,000-document import reaches.
        services.AddDbContext<SqliteHubDbContext>((provider, db) => db.UseSqlite(
            provider.GetRequiredService<HubDataOptions>().ConnectionString,
            sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(ComplexValues).ConfigureWarnings(LogFailuresOnce),
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddDbContext<PostgresHubDbContext>((provider, db) => db.UseNpgsql(
            provider.GetRequiredService<HubDataOptions>().ConnectionString,
            npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(ComplexValues).ConfigureWarnings(LogFailuresOnce),
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<HubDbContext>(provider =>
            provider.GetRequiredService<HubDataOptions>().Provider == DatabaseProvider.Postgres
                ? provider.GetRequiredService<PostgresHubDbContext>()
                : provider.GetRequiredService<SqliteHubDbContext>());

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DatasetImporter>();
        services.AddScoped<DatasetLoad>();
        services.AddScoped<Exchange.DatasetExchange>();
        services.AddScoped<Commands.SyntheticCorpus>();
        services.AddScoped<Commands.AccountCommands>();
        services.AddHostedService<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication MapHubHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = Infrastructure.HealthReportJson.WriteAsync });
        return app;
    }

    /// <summary>
    /// EF logs a failed command, save or query at Error before the exception reaches the hub, which then either handles
    /// it (a save that lost a race is a 412 conflict; the first probe of the migrations history on a new PostgreSQL
    /// database fails by design) or lets it reach the exception handler, which logs it with its request. So EF's line
    /// goes at Information: the operator's error log holds each failure once and no handled one.
    /// </summary>
    private static void LogFailuresOnce(WarningsConfigurationBuilder warnings) => warnings.Log(
        (RelationalEventId.CommandError, LogLevel.Information),
        (CoreEventId.SaveChangesFailed, LogLevel.Information),
        (CoreEventId.QueryIterationFailed, LogLevel.Information));

    private static void ReadSettings(HubDataOptions options, IConfiguration configuration)
    {
        options.Provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        options.DataDirectory = configuration["DataDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : HubDataOptions.DefaultDataDirectory;
        options.DatasetPath = configuration["Dataset:Path"] is { Length: > 0 } datasetPath
            ? Path.GetFullPath(datasetPath)
            : Path.Combine(AppContext.BaseDirectory, "data");
        options.LoadDatasetOnStart = configuration.GetValue("Dataset:LoadOnStart", true);
        options.MigrateOnStart = configuration.GetValue("Database:MigrateOnStart", true);
        options.ConnectionString = configuration.GetConnectionString("Hub") is { Length: > 0 } connectionString
            ? connectionString
            : options.Provider == DatabaseProvider.Postgres
                ? throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Hub is empty; set ConnectionStrings__Hub.")
                : $"Data Source={Path.Combine(options.DataDirectory, "hub.db")}";
    }
}
