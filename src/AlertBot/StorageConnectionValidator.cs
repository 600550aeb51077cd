using AlertBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AlertBot;

/// <summary>
/// The storage settings that only make sense together: <c>Storage:Provider</c> and <c>ConnectionStrings:AlertBot</c>
/// (which lives outside the section). Every problem is named at start, beside those of the other sections.
/// </summary>
internal sealed class StorageConnectionValidator(IConfiguration configuration) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        var configured = configuration.GetConnectionString("AlertBot");
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (options.Provider == StorageProvider.Postgres)
                failures.Add("ConnectionStrings:AlertBot is required when Storage:Provider is Postgres.");
        }
        else if (!Readable(options.Provider, configured))
        {
            // Only the keys are wrong, but the string may hold a password: it is not repeated.
            failures.Add(options.Provider == StorageProvider.Postgres
                ? "ConnectionStrings:AlertBot is not a PostgreSQL connection string (Storage:Provider is Postgres), e.g. Host=db;Database=alertbot;Username=alertbot;Password=…"
                : "ConnectionStrings:AlertBot is not a SQLite connection string (Storage:Provider is Sqlite); for PostgreSQL set Storage:Provider to Postgres, or leave it empty for a file under Storage:DataPath.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool Readable(StorageProvider provider, string connectionString)
    {
        try
        {
            _ = provider == StorageProvider.Postgres ? (System.Data.Common.DbConnectionStringBuilder)new NpgsqlConnectionStringBuilder(connectionString) : new SqliteConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
