using CseaHub.Web.Api;
using CseaHub.Web.Commands;
using CseaHub.Web.Data;
using CseaHub.Web.Discovery;
using CseaHub.Web.Infrastructure;
using CseaHub.Web.Infrastructure.Malloc;
using CseaHub.Web.Pages;
using CseaHub.Web.Search;

MallocSettings.Apply();

var command = HubCommand.Parse(args);
if (command.Name == HubCommandName.Help)
{
    return await HubCommands.PrintHelpAsync(command);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command.HostArgs,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddHubInfrastructure();
builder.AddHubData();
builder.AddHubSearch();
builder.AddHubPages();
builder.AddHubApi();
builder.AddHubDiscovery();

var app = builder.Build();
app.UseHubInfrastructure();
app.MapHubPages();
app.MapHubApi();
app.MapHubDiscovery();
app.MapHubHealth();
return await app.RunCommandAsync(command);

/// <summary>Visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the integration tests.</summary>
public partial class Program;
