using ClaimsFn.Cli;

return await CliCommands.RunAsync(args);
