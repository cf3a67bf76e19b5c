using Attribution.OrleansSample;
using Attribution.OrleansSample.Client;
using Attribution.OrleansSample.Silo;

const string Usage = """
    usage: Attribution.Orleans <verb> [options]

    silo   an Orleans silo that extracts batches with one shared extractor
      --port P              silo-to-silo port
      --gateway G           client gateway port
      --primary HOST:PORT   the primary silo's silo port (default: this silo is the primary)
      --address IP          address to listen on and advertise (default 127.0.0.1)
      --cluster-id ID       cluster name shared by silos and clients (default attribution)
      Prints a line with 'silo ready' once it accepts work; SIGTERM drains and stops it.

    run    stream a JSONL archive through the cluster; results in input order
      --gateway HOST:PORT[,HOST:PORT...]   gateways to send batches through
      --jsonl-input FILE    documents as JSON lines {"id","text","date"?} (- for standard input)
      --output FILE, -o     write the results to FILE instead of standard output
      --batch N             documents per batch (default 16)
      --in-flight N         batches in flight at most (default 4 per gateway)
      --date YYYY-MM-DD     publication date for documents without one
      --cluster-id ID       as for silo
      --verbose             Orleans warnings and the retry count on standard error
      Output: the contract of 'attribution extract --format jsonl'; exit code 0 only if every document got a result.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.Out.WriteLine(Usage);
    return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
}

try
{
    switch (args[0])
    {
        case "silo":
            return await SiloHost.RunAsync(SiloOptions.Parse(args[1..]), Console.Out).ConfigureAwait(false);
        case "run":
            var options = RunOptions.Parse(args[1..]);
            using (var stop = new CancellationTokenSource())
            {
                Console.CancelKeyPress += (_, e) =>
                {
                    e.Cancel = true;
                    stop.Cancel();
                };
                return await RunCommand.RunAsync(options, Console.Error, stop.Token).ConfigureAwait(false);
            }

        default:
            throw new UsageException($"unknown verb '{args[0]}'.");
    }
}
catch (UsageException e)
{
    Console.Error.WriteLine($"attribution: {e.Message}");
    Console.Error.WriteLine(Usage);
    return ExitCodes.Usage;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("attribution: stopped");
    return ExitCodes.SomeInputFailed;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"attribution: cannot write the output: {e.Message}");
    return ExitCodes.SomeInputFailed;
}
