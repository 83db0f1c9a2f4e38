namespace CseaHub.Web.Data;

/// <summary>The database's schema is older than this release and the operator asked to migrate it themselves.</summary>
public sealed class SchemaBehindException(IReadOnlyList<string> pending)
    : Exception($"The database schema is behind this release ({pending.Count} migrations pending: {string.Join(", ", pending)}). " +
        "Run the 'migrate' command, or start with Database:MigrateOnStart=true.")
{
}
