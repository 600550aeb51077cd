using System.ComponentModel.DataAnnotations;

namespace AlertBot.Ingest;

/// <summary>The push endpoint (<c>POST /articles</c>): off unless an API key is configured.</summary>
public sealed class PushOptions
{
    public const string Section = "Push";

    /// <summary>The key callers send in <c>X-Api-Key</c>. Empty: the endpoint is not mapped (404).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Larger bodies are refused with 413.</summary>
    [Range(1, 256 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// Pushes read and ingested at once; more get 429 with Retry-After. Each holds its body (at most
    /// <see cref="MaxBytes"/>) until it is stored, so this bounds the memory pushes can take: 400 concurrent
    /// 2 MB pushes, unbounded, took the process to 3.3 GB.
    /// </summary>
    [Range(1, 1024)]
    public int MaxConcurrent { get; set; } = 16;

    public bool Enabled => !string.IsNullOrEmpty(ApiKey);
}
