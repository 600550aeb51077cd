using AlertBot;
using AlertBot.Cli;
using Microsoft.Extensions.Options;

if (args is [var verb, ..] && Commands.IsVerb(verb))
{
    // Console.Out flushes every line with a write(2) of its own: a preview of 10,000 files into a pipe or a
    // file is written in 64 KB blocks instead. A terminal still sees each line as it comes.
    await using var stdout = Console.IsOutputRedirected ? Commands.BufferedStandardOutput() : null;
    return await Commands.RunAsync(args, stdout ?? Console.Out, Console.Error);
}

try
{
    await AlertBotApp.Build(args).RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    // A bad setting stops the host at start, naming every problem.
    await Console.Error.WriteLineAsync("AlertBot cannot start; fix the configuration:");
    foreach (var failure in e.Failures)
        await Console.Error.WriteLineAsync("  - " + failure);
    return 2;
}
