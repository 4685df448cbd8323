using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pelhrimov.Core.Modules;

namespace Pelhrimov.Core.Data;

/// <summary>A module's database, migrated at start-up in module dependency order.</summary>
public interface IModuleDatabase
{
    string ModuleId { get; }

    /// <summary>The context type modules resolve (for checks such as pending model changes).</summary>
    Type ContextType { get; }

    /// <summary>The table that records which of the module's migrations have been applied.</summary>
    string HistoryTable { get; }

    /// <summary>
    /// The ids of the module's migrations for the configured provider, found the way EF Core finds them (the
    /// <see cref="MigrationAttribute"/> of each migration whose <see cref="DbContextAttribute"/> names the provider's
    /// context) but without building the context's model, which is the costliest part of a start.
    /// </summary>
    IReadOnlyList<string> MigrationIds { get; }

    /// <summary>
    /// SQL that creates the module's tables on a database that has none of them (all its migrations, with their history
    /// rows), as <c>dotnet ef migrations script</c> writes it; null when the module ships none. Much cheaper than
    /// <see cref="MigrateAsync"/> for a new site (docs/adr/0011-start-up.md); MigrationScriptsTests keeps it current.
    /// </summary>
    string? CreateScript { get; }

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}

public static class ModuleDbContextRegistration
{
    /// <summary>Registers a module's context for the configured provider; <typeparamref name="TContext"/> resolves to it.</summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, ModuleContext context, string moduleId)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        var database = context.Database;
        services.TryAddScoped<ScopedConnection>();
        var providerContext = database.Provider == DatabaseProvider.Postgres ? typeof(TPostgres) : typeof(TSqlite);
        var model = CompiledModelOf(providerContext);
        // Pooled: a context instance is reused from scope to scope with its internal services, instead of resolving them
        // anew for every context in every scope; each lease gets the scope's shared connection (ADR 0060).
        void Configure(DbContextOptionsBuilder o)
        {
            database.Configure(o, moduleId);
            if (model is not null)
            {
                o.UseModel(model);
            }
        }
        // One registration per context, the module's type: the scope disposes whatever each factory registration made,
        // so a second one (the provider's type, forwarding) disposed the lease twice, and a second disposal returns it
        // to the pool again if another scope has leased it meanwhile. That scope then found it disposed under its feet,
        // or shared it with a third scope (a notifications bench run crashed so). Nothing resolves the provider's type.
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddPooledDbContextFactory<TSqlite>(Configure);
                services.AddScoped<TContext>(Lease<TSqlite>);
                break;
            case DatabaseProvider.Postgres:
                services.AddPooledDbContextFactory<TPostgres>(Configure);
                services.AddScoped<TContext>(Lease<TPostgres>);
                break;
        }
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TContext>(moduleId, providerContext));
        return services;
    }

    // A context from the pool, on the scope's connection; the scope disposes it, which returns it to the pool.
    private static TProvider Lease<TProvider>(IServiceProvider services)
        where TProvider : DbContext
    {
        var context = services.GetRequiredService<IDbContextFactory<TProvider>>().CreateDbContext();
        context.Database.SetDbConnection(services.GetRequiredService<ScopedConnection>().For(context), contextOwnsConnection: false);
        return context;
    }

    /// <summary>
    /// The context's compiled model (Data/CompiledModels, found as EF Core finds it: the assembly's
    /// <see cref="DbContextModelAttribute"/> naming the context), looked up once; null when it has none. Left to itself,
    /// EF Core repeats that reflection over the assembly's attributes for every context instance, in every scope: about a
    /// tenth of a workflow event's handling (docs/benchmarks.md).
    /// </summary>
    internal static IModel? CompiledModelOf(Type context) =>
        context.Assembly.GetCustomAttributes<DbContextModelAttribute>()
            .Where(a => a.ContextType == context)
            .Select(a => a.ModelType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IModel)
            .FirstOrDefault(m => m is not null);

    private sealed class ModuleDatabase<TContext>(string moduleId, Type providerContext) : IModuleDatabase
        where TContext : DbContext
    {
        private IReadOnlyList<string>? migrationIds;

        public string ModuleId => moduleId;

        public Type ContextType => typeof(TContext);

        public string HistoryTable => PortalDatabase.HistoryTable(moduleId);

        public IReadOnlyList<string> MigrationIds => migrationIds ??= providerContext.Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Migration))
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == providerContext)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

        public string? CreateScript
        {
            get
            {
                using var stream = providerContext.Assembly.GetManifestResourceStream($"migrations.{providerContext.Name}.sql");
                if (stream is null)
                {
                    return null;
                }
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }
        }

        public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            await using var scope = services.CreateAsyncScope();
            // Only called when the start found a migration missing from the module's history (SiteInitializer), so there
            // is no need to ask EF Core first. Its check for model changes without a migration is off at run time
            // (PortalDatabase.Configure); MigrationsTests makes it.
            await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync(cancellationToken);
        }
    }
}
