using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Data.Postgres;
using CseaHub.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data;

public static class HubData
{
    /// <summary>
    /// Chooses the provider from <c>Database:Provider</c> (<c>Sqlite</c> by default) and the connection string from
    /// <c>ConnectionStrings:Hub</c>; without one, SQLite uses <c>hub.db</c> in the data directory.
    /// </summary>
    public static WebApplicationBuilder AddHubData(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = new HubDataOptions
        {
            Provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite),
            DataDirectory = configuration["DataDirectory"] is { Length: > 0 } configured
                ? Path.GetFullPath(configured)
                : HubDataOptions.DefaultDataDirectory,
            DatasetPath = configuration["Dataset:Path"] is { Length: > 0 } datasetPath
                ? Path.GetFullPath(datasetPath)
                : Path.Combine(AppContext.BaseDirectory, "data"),
            LoadDatasetOnStart = configuration.GetValue("Dataset:LoadOnStart", true),
        };
        builder.Services.AddSingleton(options);

        // Profiles load several collections at once; split queries avoid the cartesian blow-up of one big join.
        var connectionString = configuration.GetConnectionString("Hub");
        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Hub is empty; set ConnectionStrings__Hub.");
            }

            builder.Services.AddDbContext<PostgresHubDbContext>(db => db.UseNpgsql(
                connectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
            builder.Services.AddScoped<HubDbContext>(services => services.GetRequiredService<PostgresHubDbContext>());
        }
        else
        {
            connectionString ??= $"Data Source={Path.Combine(options.DataDirectory, "hub.db")}";
            builder.Services.AddDbContext<SqliteHubDbContext>(db => db.UseSqlite(
                connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
            builder.Services.AddScoped<HubDbContext>(services => services.GetRequiredService<SqliteHubDbContext>());
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DatasetImporter>();
        builder.Services.AddScoped<DatasetLoad>();
        builder.Services.AddScoped<DatasetExporter>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }
}
