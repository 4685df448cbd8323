using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Pelhrimov.Tests.Core.Data;

/// <summary>
/// A new database is created by running each module's migration script (Data/Migrations/{Provider}/{Context}.sql, all
/// its migrations and their history rows, as <c>dotnet ef migrations script</c> writes it) instead of migrating through
/// EF Core, which costs a new site about a second (docs/adr/0011-start-up.md). The scripts are generated here again from
/// the migrations and compared with the committed ones; <c>bash scripts/database-code.sh</c> writes them.
/// </summary>
public sealed class MigrationScriptsTests
{
    public static TheoryData<string> ProviderContexts() => GeneratedDatabaseCode.FactoryNames();

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void The_committed_migration_script_is_the_one_EF_Core_generates(string factoryName)
    {
        var (contextType, provider) = GeneratedDatabaseCode.Describe(factoryName);
        var folder = Path.Combine(GeneratedDatabaseCode.ProjectFolder(contextType.Assembly), "Data", "Migrations", provider);
        string script;
        using (var context = GeneratedDatabaseCode.Create(factoryName))
        {
            script = context.GetService<IMigrator>().GenerateScript();
        }

        var name = contextType.Name + ".sql";
        var stale = GeneratedDatabaseCode.Compare(new Dictionary<string, string> { [name] = script }, folder, "*.sql", text => text,
            owned: file => file == name);

        Assert.True(stale.Count == 0,
            $"The migration script of {contextType.Name} in {folder} does not match its migrations. " +
            "Run `bash scripts/database-code.sh` and commit the result.");
        // Each module records its migrations in its own history table (PortalDatabase.HistoryTable).
        Assert.Matches("INSERT INTO \"?__migrations_[a-z_]+\"?", script);
    }
}
