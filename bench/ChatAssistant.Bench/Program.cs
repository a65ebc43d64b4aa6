using ChatAssistant.Bench.Pipeline;

// dotnet run -c Release --project bench/ChatAssistant.Bench -- pipeline [--rate 3000] [--concurrency 8] [--seconds 10] [--runs 3] [--allocations] [--in-memory]
return args.FirstOrDefault() switch
{
    "pipeline" => await PipelineBench.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ChatAssistant.Bench pipeline [--rate 3000] [--concurrency 8] [--seconds 10] [--runs 3] [--allocations] [--in-memory]");
    return 2;
}
