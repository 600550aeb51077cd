namespace AlertBot.Core.Understand;

public sealed class UnderstandOptions
{
    /// <summary>Files larger than this are refused with a clear error instead of being parsed.</summary>
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;
}

/// <summary>Thrown when an input cannot be understood at all (too large, not text); the message says why.</summary>
public sealed class ArticleRejectedException(string message) : Exception(message);
