using System.Text;
using PartyFinance.Cli;

// UTF-8 without a byte-order mark whatever the terminal's locale: Vietnamese text and CSV files read the same everywhere.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await CliApp.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
