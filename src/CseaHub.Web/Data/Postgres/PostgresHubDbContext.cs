using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data.Postgres;

public sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options) : HubDbContext(options);
