using ChatAssistant.Bench.Pipeline;

// dotnet run -c Release --project bench/ChatAssistant.Bench -- pipeline [--rate 3000] [--concurrency 8] [--seconds 10] [--runs 3] [--allocations] [--in-memory]
// tests/postgres/cluster.sh run dotnet run -c Release --project bench/ChatAssistant.Bench -- stores [--seconds 10] [--runs 3] [--litedb-rate 1000] [--postgresql-rate 750]
return args.FirstOrDefault() switch
{
    "pipeline" => await PipelineBench.RunAsync(args.Skip(1).ToArray()),
    "stores" => await StoreComparison.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ChatAssistant.Bench pipeline [--rate 3000] [--concurrency 8] [--seconds 10] [--runs 3] [--allocations] [--in-memory]");
    Console.Error.WriteLine("       ChatAssistant.Bench stores [--seconds 10] [--runs 3] [--litedb-rate 1000] [--postgresql-rate 750]  (needs CHATASSISTANT_TEST_POSTGRES)");
    return 2;
}
