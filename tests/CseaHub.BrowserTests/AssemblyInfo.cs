using CseaHub.BrowserTests;

[assembly: AssemblyFixture(typeof(BrowserHub))]
