using System.Collections.Concurrent;
using System.Diagnostics;

namespace AlertBot.Tests.Cluster;

/// <summary>
/// One AlertBot instance as an operating-system process: the built host (AlertBot.dll is copied beside this
/// test assembly, which references it) run by the dotnet host, killable hard like a crashed machine.
/// </summary>
internal sealed class AlertBotProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AlertBotProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public IEnumerable<string> Lines => _lines;

    public static AlertBotProcess Start(string name, string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, Action<string>? echo = null)
    {
        // The startup report says when the instance is up; everything else stays at warnings.
        var info = StartInfo(workingDirectory, [.. args, "--Logging:LogLevel:AlertBot.StartupReport=Information"], environment);
        var process = new AlertBotProcess(name, Process.Start(info)!);
        process.Attach(echo);
        return process;
    }

    /// <summary>The built AlertBot.dll run by the dotnet host with these arguments and environment, its output redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AlertBot.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        return info;
    }

    /// <summary>Waits for the startup report ("AlertBot ready"): migrations done, scheduler and sender running.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(_ready.Task, _process.WaitForExitAsync(), Task.Delay(timeout));
        if (!_ready.Task.IsCompleted)
        {
            throw new TimeoutException($"{Name} did not report ready (exited: {_process.HasExited}); its output:\n" + string.Join('\n', _lines.TakeLast(40)));
        }

        await finished;
    }

    /// <summary>Kills the process the way a crash or `kill -9` does: no shutdown, no cleanup.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited)
            return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private void Attach(Action<string>? echo)
    {
        // Drain both pipes so the host never blocks on a full one; keep the lines for a failure message.
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        void Keep(string? line)
        {
            if (line is null)
                return;
            _lines.Enqueue(line);
            if (line.Contains("AlertBot ready", StringComparison.Ordinal))
                _ready.TrySetResult();
            echo?.Invoke($"[{Name}] {line}");
        }
    }
}
