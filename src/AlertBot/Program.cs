using AlertBot;
using AlertBot.Cli;
using Microsoft.Extensions.Options;

if (args is [var verb, ..] && Commands.IsVerb(verb))
    return await Commands.RunAsync(args, Console.Out, Console.Error);

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
