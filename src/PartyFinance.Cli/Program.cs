using PartyFinance.Cli;

return await CliApp.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
