using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data.Sqlite;

public sealed class SqliteHubDbContext(DbContextOptions<SqliteHubDbContext> options) : HubDbContext(options);
