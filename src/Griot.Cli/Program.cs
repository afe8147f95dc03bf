using Griot.Cli;

return await GriotApp.RunAsync(args, CliEnvironment.FromProcess());
