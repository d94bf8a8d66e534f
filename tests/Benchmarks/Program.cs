using System.Diagnostics;
using BenchmarkDotNet.Running;
using Benchmarks;

// Modes: "--cold-start" (10 fresh processes per SDK), "--cold-once <sdk>" (one child), "--smoke" (each call once,
// results checked), "--alloc" (bytes per stage), otherwise BenchmarkDotNet's switcher with its usual arguments (e.g. --filter '*').
var start = Stopwatch.GetTimestamp();
switch (args)
{
    case ["--cold-once", var sdk]:
        return await ColdStart.RunOnceAsync(sdk, start);
    case ["--cold-start"]:
        return ColdStart.Compare();
    case ["--alloc-types", var which]:
        return await AllocProbe.SampleTypesAsync(which, 3000);
    case ["--alloc"]:
        return await AllocProbe.RunAsync();
    case ["--smoke"]:
        return await Smoke.RunAsync();
}
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
SessionComparison.Print(summaries);
return 0;
