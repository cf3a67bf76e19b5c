using Attribution.Fuzz;
using SharpFuzz;

// Under afl-fuzz (run-fuzz.sh): the SharpFuzz fork server, the target in a child process so a stack
// overflow or a corrupted state is reported as a crash too.
// `replay FILE|DIR...`: runs saved inputs (crashes, hangs, the corpus) directly and prints what each does.
if (args.Length > 0 && args[0] == "replay")
{
    return Replay.Run(args[1..]);
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
