using ChatAssistant.Bench.Pipeline;

// dotnet run -c Release --project bench/ChatAssistant.Bench -- pipeline [concurrency] [seconds]
return args.FirstOrDefault() switch
{
    "pipeline" => await PipelineBench.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ChatAssistant.Bench pipeline [concurrency=64] [seconds=10]");
    return 2;
}
