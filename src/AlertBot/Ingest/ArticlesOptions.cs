using System.ComponentModel.DataAnnotations;

namespace AlertBot.Ingest;

public sealed class ArticlesOptions : IValidatableObject
{
    public const string Section = "Articles";

    /// <summary>The folder store; created if missing. Subfolders are watched too.</summary>
    [Required]
    public string Path { get; set; } = "articles";

    /// <summary>Files larger than this are refused with a warning.</summary>
    [Range(1, 256 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// A file written in place is read once its size and time have not changed for this long, so a writer
    /// still at work is not read half-way. Files renamed into place are read at once.
    /// </summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Files read and ingested at once. An article spends most of its time waiting on the database, not on a
    /// core, so several per core keep both the cores and the (single, on SQLite) writer busy.
    /// </summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 4 * Environment.ProcessorCount;

    /// <summary>The safety net for file events the OS did not deliver.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Off by default: only regular files are read, never a symbolic link (a link to a file outside the folder
    /// would broadcast any file the service user can read). On: a link is read when it resolves to a regular
    /// file inside the folder; one resolving outside still is not. Linked directories are never entered.
    /// </summary>
    public bool FollowLinks { get; set; }

    /// <summary>
    /// Off (empty) by default. When set, a file is moved here (same relative path) once its article is stored
    /// — never before the database has it, and never a file that failed or was refused.
    /// </summary>
    public string? ArchivePath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ArchivePath))
            yield break;
        var archive = System.IO.Path.GetFullPath(ArchivePath).TrimEnd('/') + "/";
        var store = System.IO.Path.GetFullPath(Path).TrimEnd('/') + "/";
        if (archive.StartsWith(store, StringComparison.Ordinal) || store.StartsWith(archive, StringComparison.Ordinal))
            yield return new ValidationResult($"Articles:ArchivePath ({ArchivePath}) must be outside Articles:Path ({Path}), or the watcher would see archived files again.", [nameof(ArchivePath)]);
    }
}
