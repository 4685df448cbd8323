using Pelhrimov.Core.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();
await app.UsePortalAsync();
await app.RunAsync();

/// <summary>The host; every capability lives in a module referenced by the project file.</summary>
public partial class Program;
