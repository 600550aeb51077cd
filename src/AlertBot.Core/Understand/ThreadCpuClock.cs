using System.Runtime.InteropServices;

namespace AlertBot.Core.Understand;

/// <summary>
/// The CPU time the calling thread has used (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): what an article's
/// budget counts, so that a busy machine — a burst of files on two cores, a build beside the host — does not refuse
/// articles it would read in a few milliseconds of its own time. Null where the clock is not available.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    private static readonly bool Available = OperatingSystem.IsLinux() && Environment.Is64BitProcess && Probe();

    /// <summary>The calling thread's CPU time, or null on a system without the clock.</summary>
    public static TimeSpan? Now()
    {
        if (!Available || ClockGetTime(ClockThreadCpuTime, out var ts) != 0) return null;
        return TimeSpan.FromTicks(ts.Seconds * TimeSpan.TicksPerSecond + ts.Nanoseconds / 100);
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>struct timespec on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
