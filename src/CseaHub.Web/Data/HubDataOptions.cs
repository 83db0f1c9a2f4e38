namespace CseaHub.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the hub keeps its state and which database it uses (configuration section <c>Database</c>).</summary>
public sealed class HubDataOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Runtime state (the SQLite file, later the search index) lives here.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>The bundled dataset, loaded at start-up when <see cref="LoadDatasetOnStart"/> is set.</summary>
    public string DatasetPath { get; set; } = string.Empty;

    public bool LoadDatasetOnStart { get; set; } = true;

    /// <summary>Whether <c>serve</c> applies pending migrations; when not, it refuses to start on an older schema.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary><c>ConnectionStrings:Hub</c>, or for SQLite a file in <see cref="DataDirectory"/>.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.Create), "cseahub");
}
