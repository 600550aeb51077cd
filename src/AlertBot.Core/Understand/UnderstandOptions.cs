using System.ComponentModel.DataAnnotations;

namespace AlertBot.Core.Understand;

public sealed class UnderstandOptions
{
    /// <summary>Files larger than this are refused with a clear error instead of being parsed.</summary>
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// The time one article may take to understand. Past it the article is refused with
    /// <see cref="ArticleRejectedException"/> ("took too long"), so that no input can hold a worker for long;
    /// a 2 MiB article of ordinary text takes well under a tenth of this (see Understand/README.md).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "MaxTime must be between 1 ms and 10 minutes.")]
    public TimeSpan MaxTime { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>Thrown when an input cannot be understood at all (too large, not text, too slow); the message says why.</summary>
public sealed class ArticleRejectedException(string message) : Exception(message);
