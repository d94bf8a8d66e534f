using BotoSharp.Generator.Diagnostics;

namespace BotoSharp.Generator.Model;

/// <summary>
/// The Model stage's result for one service: the spec (null when the service cannot be generated) and the
/// diagnostics, which the pipeline splits into separate outputs so located diagnostics never invalidate sources.
/// </summary>
internal sealed record ModelResult(ServiceSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics, string FilePath);
