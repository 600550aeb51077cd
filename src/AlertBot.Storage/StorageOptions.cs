using System.ComponentModel.DataAnnotations;

namespace AlertBot.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (embedded default, one file under <see cref="DataPath"/>) or <c>Postgres</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder for the SQLite file when no connection string is given.</summary>
    [Required]
    public string DataPath { get; set; } = "data";
}
