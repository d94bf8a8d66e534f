using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

/// <summary>The services found among the model files, sorted by name, and the diagnostics grouping raised.</summary>
internal sealed record ServiceGroups(EquatableArray<ServiceFiles> Services, EquatableArray<DiagnosticInfo> Diagnostics);
