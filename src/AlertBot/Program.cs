using AlertBot;
using AlertBot.Cli;

if (args is [var verb, ..] && Commands.IsVerb(verb))
{
    // Console.Out flushes every line with a write(2) of its own: a preview of 10,000 files into a pipe or a
    // file is written in 64 KB blocks instead. A terminal still sees each line as it comes.
    await using var stdout = Console.IsOutputRedirected ? Commands.BufferedStandardOutput() : null;
    return await Commands.RunAsync(args, stdout ?? Console.Out, Console.Error);
}

try
{
    var app = AlertBotApp.Build(args);
    AlertBotApp.ValidateConfiguration(app.Services);
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (AlertBotApp.ConfigurationProblems(e) is { } problems)
{
    // A bad setting stops the host at start, naming every problem of every section.
    await Console.Error.WriteLineAsync("AlertBot cannot start; fix the configuration:");
    foreach (var problem in problems)
        await Console.Error.WriteLineAsync("  - " + problem);
    return 2;
}
