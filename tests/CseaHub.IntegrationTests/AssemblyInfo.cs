using CseaHub.IntegrationTests;

// One hub for the whole assembly: tests make their own rows with unique keys and never depend on each other's.
[assembly: AssemblyFixture(typeof(HubAppFactory))]
