using System.Diagnostics;
using BenchmarkDotNet.Running;
using Benchmarks;

// Modes: "--cold-start" (10 fresh processes per SDK), "--cold-once <sdk>" (one child), "--smoke" (each call once,
// results and first URLs checked), "--alloc" (bytes per stage), "--retained" (bytes a result keeps alive), "--loop <call> <n>" (n calls for a CPU profiler), "--probe-create" (client creation timings), "--parse-probe <call> [typed]" (reading the call's body), otherwise
// BenchmarkDotNet's switcher with its usual arguments (e.g. --filter '*'), on its default job; "--quick" first makes
// that a short in-process job for checking the harness. Every run but a cold-start child prints the load average
// before and after its figures.
var start = Stopwatch.GetTimestamp();
if (args is ["--cold-once", var sdk])
{
    return await ColdStart.RunOnceAsync(sdk, start);
}
Console.WriteLine($"load average at start: {LoadAverage.Read()}");
var exitCode = await RunAsync(args);
Console.WriteLine($"load average at end: {LoadAverage.Read()}");
return exitCode;

static async Task<int> RunAsync(string[] args)
{
    switch (args)
    {
        case ["--cold-start"]:
            return ColdStart.Compare();
        case ["--alloc-types", var which]:
            return await AllocProbe.SampleTypesAsync(which, 3000);
        case ["--loop", var which, var count]:
            return await AllocProbe.LoopAsync(which, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        case ["--parse-probe", var which]:
            return ParseProbe.Run(which);
        case ["--parse-probe", var which, "typed"]:
            return ParseProbe.Run(which, typedOnly: true);
        case ["--alloc-stages", var which]:
            return await StageProbe.RunAsync(which);
        case ["--alloc"]:
            return await AllocProbe.RunAsync();
        case ["--retained"]:
            return await RetainedProbe.RunAsync();
        case ["--smoke"]:
            return await Smoke.RunAsync();
        case ["--probe-create"]:
            return await CreationProbe.RunAsync("botosharp");
        case ["--probe-create", var sdk]:
            return await CreationProbe.RunAsync(sdk);
    }
    BenchConfig.Quick = args.Contains("--quick");
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--quick").ToArray()).ToList();
    SessionComparison.Print(summaries);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
